/**
 * The benchmark page (built by `bench/run.mjs` in production mode and driven by Puppeteer):
 * `<call-log-table>` on the demo provider with a million calls in range, the same work on the
 * peer `<vaadin-grid>` (bench/peer.ts), and `<account-settings>` per section. Each measurement is
 * a function on `window.bench`; times are `performance.now()` milliseconds.
 */
import type { Grid } from '@vaadin/grid';
import { dayRangeToInstants } from '../src/core/dates.js';
import { defineElement } from '../src/core/define.js';
import type { SectionId } from '../src/core/events.js';
import type { CallQuery } from '../src/core/provider.js';
import type { AccountSettings } from '../src/elements/account-settings/account-settings.js';
import { SECTIONS } from '../src/elements/account-settings/sections.js';
import { CallLogTable } from '../src/elements/call-log-table/call-log-table.js';
import { ELEMENTS } from '../src/elements/registry.js';
import { createDemoProvider, type DemoProvider } from '../src/providers/demo/index.js';
import { CallPages, createPeerGrid } from './peer.js';

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
  /** performance.now() when the first request was made, and when its answer came. */
  firstAsked?: number;
  firstAnswered?: number;
}

let el: CallLogTable | undefined;
/** The control's element (see `controlFirstRows`). */
let control: HTMLElement | undefined;
let counter: Counter = { requests: 0, maxLimit: 0 };

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/**
 * Waits a random 0–16.7 ms (one frame at 60 Hz) before a first-rows run starts. Each run ends on an
 * animation frame and the next one starts a fixed time later, so without it every run of an
 * invocation would meet the display's frames at the same phase, and the wait for the next frame
 * (up to a whole frame) would be the same for all of them: medians that differ by up to a frame
 * from one invocation to the next.
 */
const dephase = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 16.7));
const root = () => el!.shadowRoot!;
const scroller = () => root().querySelector<HTMLElement>('.table-scroller')!;
const dataRow = () => root().querySelector('[role="rowheader"]:not(.placeholder)');

function counted(provider: DemoProvider): DemoProvider {
  const original = provider.listInternationalCalls.bind(provider);
  counter = { requests: 0, maxLimit: 0 };
  provider.listInternationalCalls = (q: CallQuery) => {
    counter.requests += 1;
    counter.maxLimit = Math.max(counter.maxLimit, q.limit ?? 0);
    const c = counter;
    c.firstAsked ??= performance.now();
    const answer = original(q);
    if (c.requests === 1) void answer.then(() => (c.firstAnswered ??= performance.now()), () => undefined);
    return answer;
  };
  return provider;
}

/** Resolves when `test()` holds, checked on every DOM change under `target` (default: the table's shadow root) and every frame. */
function when(test: () => boolean, timeout = 60_000, target?: Node): Promise<void> {
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
    observer.observe(target ?? el!.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

function provider(o: BenchOptions): DemoProvider {
  return counted(createDemoProvider({ seed: 42, now: NOW, size: { calls: o.calls }, latency: o.latency }));
}

/** Removes whatever a measurement mounted (ours, the peer, the shell). */
function clear(): void {
  el?.remove();
  control?.remove();
  peer?.grid.remove();
  shell?.remove();
}

function mount(p: DemoProvider, o: BenchOptions): CallLogTable {
  clear();
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

/** Provider-only time for the first page (a fresh provider). */
async function providerFirstPage(o: BenchOptions): Promise<number> {
  const p = createDemoProvider({ seed: 42, now: NOW, size: { calls: o.calls }, latency: 0 });
  const t0 = performance.now();
  await p.listInternationalCalls({ range: dayRangeToInstants(o.from, o.to, ZONE), limit: 200 });
  return performance.now() - t0;
}

/** Times from creating the element (ms): first row in the DOM, painted; first request made, answered. */
interface FirstRows {
  dom: number;
  painted: number;
  total: number;
  requests: number;
  asked: number;
  answered: number;
}

/** Mounts the table and times the first data row: in the DOM, and painted (the next frame). */
async function firstRows(o: BenchOptions, warm = false): Promise<FirstRows> {
  const p = warm && el?.provider ? (el.provider as DemoProvider) : provider(o);
  counter = { requests: 0, maxLimit: 0 };
  // The previous element leaves before the clock starts, as for the peer and the control (its
  // removal, 1–3 ms here, is neither element's first rows).
  clear();
  await dephase();
  const t0 = performance.now();
  mount(p, o);
  await el!.updateComplete;
  await when(() => dataRow() !== null);
  const dom = performance.now() - t0;
  await frame();
  const painted = performance.now() - t0;
  const total = Number(root().querySelector('[role="grid"]')!.getAttribute('aria-rowcount')) - 1;
  return { dom, painted, total, requests: counter.requests, asked: (counter.firstAsked ?? NaN) - t0, answered: (counter.firstAnswered ?? NaN) - t0 };
}

/**
 * The control for first rows: the least any element can do. A bare `<div>` that asks for the
 * first page the moment it is in the page and, when the answer comes, writes the first call's
 * start into itself; no columns, styles or formatting. Timed by the same script as ours and the
 * peer (in the DOM, then one frame): no element on this provider can show rows sooner.
 */
async function controlFirstRows(o: BenchOptions): Promise<FirstRows> {
  clear();
  const p = provider(o);
  await dephase();
  const t0 = performance.now();
  const box = document.createElement('div');
  control = box;
  document.body.append(box);
  void p.listInternationalCalls({ range: dayRangeToInstants(o.from, o.to, ZONE), limit: 200 }).then((page) => {
    const row = document.createElement('div');
    row.textContent = page.items[0]?.startedAt ?? '';
    box.append(row);
  });
  await when(() => box.firstChild !== null, 60_000, box);
  const dom = performance.now() - t0;
  await frame();
  const painted = performance.now() - t0;
  return { dom, painted, total: NaN, requests: counter.requests, asked: (counter.firstAsked ?? NaN) - t0, answered: (counter.firstAnswered ?? NaN) - t0 };
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

// ---------------------------------------------------------------------------------------------
// The peer: <vaadin-grid> with a lazy dataProvider over the same demo provider (bench/peer.ts).

let peer: ReturnType<typeof createPeerGrid> | undefined;
let peerPages: CallPages | undefined;
let peerProvider: DemoProvider | undefined;

const peerRows = () => [...peer!.grid.shadowRoot!.querySelectorAll<HTMLTableRowElement>('#items > tr')].filter((r) => !r.hidden);
/** The text of the first cell of the top row on screen (by aria-rowindex), or null while loading. */
function peerTopText(): string | null {
  let top: HTMLTableRowElement | undefined;
  let best = Infinity;
  for (const row of peerRows()) {
    const index = Number(row.getAttribute('aria-rowindex'));
    if (index < best) {
      best = index;
      top = row;
    }
  }
  if (!top || top.hasAttribute('loading')) return null;
  const slot = top.querySelector('td slot') as HTMLSlotElement | null;
  const text = slot?.assignedElements()[0]?.textContent?.trim();
  return text ? text : null;
}
const peerFirstRow = () => peer!.grid.querySelector('.peer-date');

async function peerFirstRows(o: BenchOptions): Promise<FirstRows & { rowHeight: number; viewport: number }> {
  clear();
  // Counted the same way as ours (the same wrapper around the provider).
  const p = provider(o);
  peerProvider = p;
  const pages = new CallPages(p, dayRangeToInstants(o.from, o.to, ZONE));
  peerPages = pages;
  await dephase();
  const t0 = performance.now();
  peer = createPeerGrid();
  peer.setSource(pages);
  document.body.append(peer.grid);
  await when(() => peerFirstRow() !== null, 60_000, peer.grid);
  const dom = performance.now() - t0;
  await frame();
  const painted = performance.now() - t0;
  const row = peerRows()[0]!;
  const table = peer.grid.shadowRoot!.querySelector<HTMLElement>('#table')!;
  const head = peer.grid.shadowRoot!.querySelector<HTMLElement>('thead')!;
  return {
    dom,
    painted,
    total: pages.total ?? 0,
    requests: pages.requests,
    asked: (counter.firstAsked ?? NaN) - t0,
    answered: (counter.firstAnswered ?? NaN) - t0,
    rowHeight: row.offsetHeight,
    viewport: table.clientHeight - head.offsetHeight,
  };
}

/** The same scroll script as `scrollRows`: the top row moves `perFrame` rows per frame (here through `scrollToIndex`). */
async function peerScrollRows(rows: number, perFrame: number) {
  const grid = peer!.grid as Grid & { scrollToIndex(i: number): void };
  const requestsBefore = peerPages!.requests;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // No Long Tasks API.
  }
  const frames: number[] = [];
  let placeholderFrames = 0;
  let maxRowsInDom = 0;
  let last = await frame();
  for (let moved = perFrame; moved <= rows; moved += perFrame) {
    grid.scrollToIndex(moved);
    const now = await frame();
    frames.push(now - last);
    last = now;
    const shown = peerRows();
    if (shown.some((r) => r.hasAttribute('loading'))) placeholderFrames++;
    maxRowsInDom = Math.max(maxRowsInDom, shown.length);
  }
  await when(() => !peerRows().some((r) => r.hasAttribute('loading')), 60_000, grid);
  observer.disconnect();
  const firstShown = Math.min(...peerRows().map((r) => Number(r.getAttribute('aria-rowindex'))));
  return { frames, updates: [] as number[], placeholderFrames, longTasks, requests: peerPages!.requests - requestsBefore, maxRowsInDom, firstShown };
}

/** Changes the range (a new dataProvider over the new query) and times the new range's first row on screen. */
async function peerRangeChange(from: string, to: string): Promise<number> {
  const before = peerTopText();
  const pages = new CallPages(peerProvider!, dayRangeToInstants(from, to, ZONE));
  const t0 = performance.now();
  peerPages = pages;
  peer!.setSource(pages);
  await when(
    () => {
      const text = peerTopText();
      return text !== null && text !== before;
    },
    60_000,
    peer!.grid,
  );
  return performance.now() - t0;
}

function peerDomStats() {
  let nodes = 0;
  const walker = document.createTreeWalker(peer!.grid.shadowRoot!, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes++;
  const light = peer!.grid.querySelectorAll('*').length;
  return { shadowNodes: nodes, lightElements: light, rowElements: peerRows().length };
}

// ---------------------------------------------------------------------------------------------
// <account-settings>: first render per section, and opening every section many times.

let shell: AccountSettings | undefined;

/** Ready: the section element rendered, and nothing in its shadow root is loading or busy. */
async function sectionReady(s: AccountSettings): Promise<void> {
  await s.updateComplete;
  const section = () => s.sectionElement as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
  await when(() => section() !== undefined, 60_000, s.shadowRoot!);
  await section()!.updateComplete;
  const r = section()!.shadowRoot!;
  await when(() => r.childElementCount > 0 && !r.querySelector('.state.loading, [aria-busy="true"], .placeholder'), 60_000, r);
}

function createShell(p: DemoProvider, section: SectionId): AccountSettings {
  const s = document.createElement('account-settings') as AccountSettings;
  s.setAttribute('time-zone', ZONE);
  s.setAttribute('locale', 'en-US');
  s.section = section;
  s.provider = p;
  return s;
}

/** A fresh provider and a fresh `<account-settings section=…>`: time to the section's data on screen. */
async function sectionFirstRender(section: SectionId, o: Pick<BenchOptions, 'calls' | 'latency'>): Promise<number> {
  clear();
  const p = createDemoProvider({ seed: 42, now: NOW, size: { calls: o.calls }, latency: o.latency });
  const t0 = performance.now();
  shell = createShell(p, section);
  document.body.append(shell);
  await sectionReady(shell);
  await frame();
  return performance.now() - t0;
}

function sectionIds(): SectionId[] {
  return SECTIONS.map((s) => s.id);
}

/** Mounts the shell on the first section (for the memory baseline). */
async function shellMount(o: Pick<BenchOptions, 'calls' | 'latency'>): Promise<void> {
  clear();
  shell = createShell(createDemoProvider({ seed: 42, now: NOW, size: { calls: o.calls }, latency: o.latency }), 'user');
  document.body.append(shell);
  await sectionReady(shell);
}

/** Opens every section `times` times (each waited until ready), then goes back to the first. */
async function openEverySection(times: number): Promise<number> {
  const t0 = performance.now();
  const ids = sectionIds();
  for (let i = 0; i < times; i++) {
    for (const id of ids) {
      shell!.section = id;
      await sectionReady(shell!);
    }
  }
  shell!.section = ids[0]!;
  await sectionReady(shell!);
  return performance.now() - t0;
}

function shellRemove(): void {
  shell?.remove();
  shell = undefined;
}

const api = {
  providerFirstPage,
  firstRows,
  controlFirstRows,
  scrollRows,
  rangeChange,
  jumpToEnd,
  domStats,
  peerFirstRows,
  peerScrollRows,
  peerRangeChange,
  peerDomStats,
  sectionIds,
  sectionFirstRender,
  shellMount,
  openEverySection,
  shellRemove,
  clear,
};

declare global {
  interface Window {
    bench: typeof api;
  }
}

// Defined here, not through define.ts: package.json's "sideEffects" (written for dist/) would
// let the bundler drop a bare side-effect import of a source file.
for (const [tag, ctor] of Object.entries(ELEMENTS)) defineElement(tag, ctor);
void CallLogTable;
window.bench = api;
document.body.dataset.ready = 'true';
