/**
 * The benchmark page (built by `bench/run.mjs` in production mode and driven by Puppeteer):
 * `<call-log-table>` on the demo provider with a million calls in range. Each measurement is a
 * function on `window.bench`; times are `performance.now()` milliseconds.
 */
import { dayRangeToInstants } from '../src/core/dates.js';
import { defineElement } from '../src/core/define.js';
import type { CallQuery } from '../src/core/provider.js';
import { CallLogTable } from '../src/elements/call-log-table/call-log-table.js';
import { createDemoProvider, type DemoProvider } from '../src/providers/demo/index.js';

const NOW = '2026-11-27T12:00:00Z';
const ZONE = 'America/Chicago';

export interface BenchOptions {
  calls: number;
  latency: number;
  from: string;
  to: string;
}

interface Counter {
  requests: number;
  maxLimit: number;
}

let el: CallLogTable | undefined;
let counter: Counter = { requests: 0, maxLimit: 0 };

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const root = () => el!.shadowRoot!;
const scroller = () => root().querySelector<HTMLElement>('.table-scroller')!;
const dataRow = () => root().querySelector('[role="rowheader"]:not(.placeholder)');

function counted(provider: DemoProvider): DemoProvider {
  const original = provider.listInternationalCalls.bind(provider);
  counter = { requests: 0, maxLimit: 0 };
  provider.listInternationalCalls = (q: CallQuery) => {
    counter.requests += 1;
    counter.maxLimit = Math.max(counter.maxLimit, q.limit ?? 0);
    return original(q);
  };
  return provider;
}

/** Resolves when `test()` holds, checked on every DOM change in the table (and every frame). */
function when(test: () => boolean, timeout = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (test()) finish();
    });
    const tick = () => {
      if (test()) finish();
      else if (!done) raf = requestAnimationFrame(tick);
    };
    let done = false;
    let raf = requestAnimationFrame(tick);
    const timer = setTimeout(() => {
      finish();
      reject(new Error('timed out'));
    }, timeout);
    function finish() {
      done = true;
      observer.disconnect();
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      resolve();
    }
    observer.observe(el!.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

function provider(o: BenchOptions): DemoProvider {
  return counted(createDemoProvider({ seed: 42, now: NOW, size: { calls: o.calls }, latency: o.latency }));
}

function mount(p: DemoProvider, o: BenchOptions): CallLogTable {
  el?.remove();
  const table = document.createElement('call-log-table');
  table.setAttribute('time-zone', ZONE);
  table.setAttribute('locale', 'en-US');
  table.setAttribute('from', o.from);
  table.setAttribute('to', o.to);
  table.provider = p;
  el = table;
  document.body.append(table);
  return table;
}

/** Provider-only time for the first page (a fresh provider: its totals are not memoised yet). */
async function providerFirstPage(o: BenchOptions): Promise<number> {
  const p = createDemoProvider({ seed: 42, now: NOW, size: { calls: o.calls }, latency: 0 });
  const t0 = performance.now();
  await p.listInternationalCalls({ range: dayRangeToInstants(o.from, o.to, ZONE), limit: 200 });
  return performance.now() - t0;
}

/** Mounts the table and times the first data row: in the DOM, and painted (the next frame). */
async function firstRows(o: BenchOptions, warm = false): Promise<{ dom: number; painted: number; total: number; requests: number }> {
  const p = warm && el?.provider ? (el.provider as DemoProvider) : provider(o);
  counter = { requests: 0, maxLimit: 0 };
  const t0 = performance.now();
  mount(p, o);
  await el!.updateComplete;
  await when(() => dataRow() !== null);
  const dom = performance.now() - t0;
  await frame();
  const painted = performance.now() - t0;
  const total = Number(root().querySelector('[role="grid"]')!.getAttribute('aria-rowcount')) - 1;
  return { dom, painted, total, requests: counter.requests };
}

/** Scrolls `rows` rows, `perFrame` rows per animation frame, recording every frame's duration. */
async function scrollRows(rows: number, perFrame: number) {
  const box = scroller();
  const rowHeight = root().querySelector<HTMLElement>('.layer > .row')!.offsetHeight;
  const head = root().querySelector<HTMLElement>('.head')!.offsetHeight;
  const total = Number(root().querySelector('[role="grid"]')!.getAttribute('aria-rowcount')) - 1;
  const viewport = box.clientHeight - head;
  const ratio = (total * rowHeight - viewport) / (box.scrollHeight - box.clientHeight);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // No Long Tasks API: the frame times still tell.
  }
  // The element's own work per update (render, commit, row layer), timed around performUpdate.
  const updates: number[] = [];
  const table = el! as unknown as { performUpdate(): void };
  const performUpdate = table.performUpdate;
  table.performUpdate = function (this: unknown) {
    const t0 = performance.now();
    performUpdate.call(this);
    updates.push(performance.now() - t0);
  };
  const requestsBefore = counter.requests;
  const frames: number[] = [];
  let placeholderFrames = 0;
  let maxRowsInDom = 0;
  let last = await frame();
  const start = box.scrollTop;
  for (let moved = perFrame; moved <= rows; moved += perFrame) {
    box.scrollTop = start + (moved * rowHeight) / ratio;
    const now = await frame();
    frames.push(now - last);
    last = now;
    if (root().querySelector('.placeholder')) placeholderFrames++;
    maxRowsInDom = Math.max(maxRowsInDom, root().querySelectorAll('.layer > .row').length);
  }
  await when(() => !root().querySelector('.placeholder'));
  observer.disconnect();
  table.performUpdate = performUpdate;
  const firstShown = Math.min(...[...root().querySelectorAll('.layer > [role="row"]')].map((r) => Number(r.getAttribute('aria-rowindex'))));
  return { frames, updates, placeholderFrames, longTasks, requests: counter.requests - requestsBefore, maxRowsInDom, firstShown, ratio, rowHeight };
}

/** Changes the range and times the new range's first row on screen. */
async function rangeChange(from: string, to: string): Promise<number> {
  const before = dataRow()?.textContent;
  const t0 = performance.now();
  el!.from = from;
  el!.to = to;
  await when(() => !root().querySelector('.body.stale') && dataRow() !== null && dataRow()!.textContent !== before);
  return performance.now() - t0;
}

/** Jumps to the bottom and times the last row on screen. */
async function jumpToEnd(): Promise<{ ms: number; requests: number }> {
  const box = scroller();
  const total = Number(root().querySelector('[role="grid"]')!.getAttribute('aria-rowcount'));
  const before = counter.requests;
  const t0 = performance.now();
  box.scrollTop = box.scrollHeight;
  await when(() => root().querySelector(`[aria-rowindex="${total}"] [role="rowheader"]:not(.placeholder)`) !== null);
  return { ms: performance.now() - t0, requests: counter.requests - before };
}

function domStats() {
  let nodes = 0;
  const walker = document.createTreeWalker(root(), NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes++;
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    shadowNodes: nodes,
    rowElements: root().querySelectorAll('.layer > .row').length,
    documentElements: document.getElementsByTagName('*').length,
    heapMB: memory ? memory.usedJSHeapSize / 1_048_576 : undefined,
    maxLimit: counter.maxLimit,
  };
}

declare global {
  interface Window {
    bench: {
      providerFirstPage: typeof providerFirstPage;
      firstRows: typeof firstRows;
      scrollRows: typeof scrollRows;
      rangeChange: typeof rangeChange;
      jumpToEnd: typeof jumpToEnd;
      domStats: typeof domStats;
    };
  }
}

// Defined here, not through define.ts: package.json's "sideEffects" (written for dist/) would
// let the bundler drop a bare side-effect import of a source file.
defineElement('call-log-table', CallLogTable);
window.bench = { providerFirstPage, firstRows, scrollRows, rangeChange, jumpToEnd, domStats };
document.body.dataset.ready = 'true';
