/**
 * The fault matrix's machinery: which elements to test, how to mount one on an `HttpProvider`
 * behind msw, what it shows, and the checks every fault scenario shares.
 *
 * Subjects come from ELEMENTS (so elements added later are covered): every element that reports
 * a failed load (`provider-error`) is a data element; `<account-settings>` itself is covered
 * through its first section. Expectations are generic: the text an element shows is read through
 * its shadow roots and compared with what it shows on healthy data (a reference render), so no
 * per-element knowledge is needed.
 */
import { expect } from '@open-wc/testing';
import { getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import '../../src/all.js';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { OPTIONAL_PROVIDER_METHODS, REQUIRED_PROVIDER_METHODS } from '../../src/core/provider-check.js';
import { ELEMENTS } from '../../src/elements/registry.js';
import { createDemoProvider, type DemoMethod } from '../../src/providers/demo/index.js';
import { HttpProvider, type HttpProviderOptions } from '../../src/providers/http/index.js';
import { createHandlers } from '../../mocks/handlers.js';
import { API_BASE, override, useApi } from '../support/msw.js';
import { PATIENCE_MS } from '../support/patience.js';

export { API_BASE, override, useApi, http, HttpResponse, getResponse };

export const NOW = '2026-11-27T12:00:00Z';
export const demo = (seed = 21) => createDemoProvider({ seed, now: NOW, size: 'small' });
/** msw handlers serving `provider` (to answer from inside an override). */
export const handlersFor = (provider: AccountDataProvider): HttpHandler[] => createHandlers({ provider, baseUrl: API_BASE });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Requests the elements make (through the HttpProvider's `fetch` option)

export interface Fetch {
  method: string;
  path: string;
  signal: AbortSignal | undefined;
  settled: boolean;
}
export const fetches: Fetch[] = [];
let scenarioStart = 0;
/** Forgets the requests of earlier scenarios (a request a known bug leaves hanging must not stall this one). */
export function newScenario(): void {
  scenarioStart = fetches.length;
}
export const inFlight = () => fetches.slice(scenarioStart).filter((f) => !f.settled).length;

function recordingFetch(options: { ignoreAbort?: boolean } = {}): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const record: Fetch = {
      method: init?.method ?? 'GET',
      path: url.pathname.slice(API_BASE.length),
      signal: init?.signal ?? undefined,
      settled: false,
    };
    fetches.push(record);
    // A provider that ignores aborts (out-of-order tests): the request carries on regardless.
    const request = globalThis.fetch(input, options.ignoreAbort ? { ...init, signal: null } : init);
    request.then(
      () => (record.settled = true),
      () => (record.settled = true),
    );
    return request;
  };
}

/** The HttpProvider under test: no retries unless asked, short backoff. */
export function httpProvider(options: Partial<HttpProviderOptions> & { ignoreAbort?: boolean } = {}): HttpProvider {
  const { ignoreAbort, ...rest } = options;
  return new HttpProvider({
    baseUrl: API_BASE,
    retries: 0,
    retryDelayMs: 10,
    timeoutMs: 8000,
    fetch: recordingFetch({ ignoreAbort }),
    ...rest,
  });
}

// ---------------------------------------------------------------------------------------------
// Subjects

export interface Subject {
  /** What the test names. */
  name: string;
  /** The tag to mount. */
  tag: string;
  /** Asks the provider for the user or account (e.g. the display time zone, src/core/time-zone.ts). */
  usesZoneLookup?: boolean;
}

/** Every method of the contract: the probe provider fails them all. */
const ALL_METHODS: DemoMethod[] = [...REQUIRED_PROVIDER_METHODS, ...OPTIONAL_PROVIDER_METHODS];
/** The user and the account: the shared time-zone look-up (src/core/time-zone.ts) asks for them. */
const TIME_ZONE_LOOKUP = new Set(['getCurrentUser', 'getAccount']);

export interface Discovery {
  subjects: Subject[];
  /** Elements that call the provider but never report a failure, with the methods they call. */
  silent: Array<{ tag: string; methods: string[] }>;
}

/** Mounts each tag of ELEMENTS on a provider whose every method fails: who reports it? */
async function discover(): Promise<Discovery> {
  const subjects: Subject[] = [];
  const silent: Discovery['silent'] = [];
  for (const tag of Object.keys(ELEMENTS)) {
    if (tag === 'account-settings') continue;
    const failing = createDemoProvider({
      seed: 21,
      now: NOW,
      size: 'small',
      failures: Object.fromEntries(ALL_METHODS.map((m) => [m, { code: 'unavailable', message: 'probe' }])),
    });
    const methods = new Set<string>();
    let zoneLookup = false;
    const provider = new Proxy(failing, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string') return value;
        return (...args: unknown[]) => {
          methods.add(key);
          if (TIME_ZONE_LOOKUP.has(key)) zoneLookup = true;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const el = document.createElement(tag) as HTMLElement & { provider?: AccountDataProvider };
    let reported = false;
    el.addEventListener('provider-error', () => (reported = true));
    el.provider = provider;
    document.body.append(el);
    const end = performance.now() + 1500;
    while (!reported && performance.now() < end) await sleep(20);
    el.remove();
    if (reported) subjects.push({ name: `<${tag}>`, tag, usesZoneLookup: zoneLookup });
    else if ([...methods].some((m) => !TIME_ZONE_LOOKUP.has(m))) silent.push({ tag, methods: [...methods] });
  }
  // <account-settings> through its first section.
  subjects.push({ name: '<account-settings> (first section)', tag: 'account-settings' });
  return { subjects, silent };
}

export const discovery = await discover();
export const subjects = discovery.subjects;

// ---------------------------------------------------------------------------------------------
// Reading the screen

/** The text an element shows, through every shadow root, whitespace collapsed. */
export function deepText(root: Node): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    const shadow = (node as Element).shadowRoot;
    for (const child of (shadow ?? node).childNodes) visit(child);
  };
  visit(root);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements matching `selector` anywhere inside `host` (shadow roots included). */
export function deepQueryAll<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  const found: E[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el as E);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

const busy = (el: Element) => !el.shadowRoot || deepQueryAll(el, '[part~="loading"], [aria-busy="true"]').length > 0;

/** Waits until no request is in flight, nothing is loading, and the text stopped changing. */
export async function settle(el: Element, timeout = PATIENCE_MS): Promise<string> {
  const end = performance.now() + timeout;
  let last = '';
  let stable = 0;
  while (performance.now() < end) {
    await sleep(40);
    // Cheap checks first: reading every shadow root's text is the costly part.
    if (inFlight() > 0 || busy(el)) {
      stable = 0;
      last = '';
      continue;
    }
    const text = deepText(el);
    if (text === last) {
      if (++stable >= 2) return text;
    } else {
      stable = 0;
    }
    last = text;
  }
  throw new Error(`<${el.localName}> never settled (in flight: ${inFlight()}, busy: ${busy(el)}): ${deepText(el).slice(0, 300)}`);
}

export async function waitForText(el: Element, expected: string | RegExp, timeout = PATIENCE_MS): Promise<string> {
  const end = performance.now() + timeout;
  for (;;) {
    const text = deepText(el);
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
    if (performance.now() > end) throw new Error(`<${el.localName}> never showed ${String(expected)}; it shows: ${text.slice(0, 400)}`);
    await sleep(30);
  }
}

// ---------------------------------------------------------------------------------------------
// Mounting

export type Mounted = HTMLElement & { provider?: AccountDataProvider };

/**
 * Mounts `subject` in its own fixed-size box at the top left of the viewport (boxes overlap when
 * several scenarios run at once), so a virtual table renders the same rows every time. Removing
 * the element removes its box.
 */
export function mount(subject: Subject, provider: AccountDataProvider | undefined, attributes: Record<string, string> = {}): Mounted {
  const box = document.createElement('div');
  box.style.cssText =
    'position: fixed; inset-block-start: 0; inset-inline-start: 0; inline-size: 960px; block-size: 720px; overflow: auto; background: white;';
  const el = document.createElement(subject.tag) as Mounted;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (provider) el.provider = provider;
  box.append(el);
  document.body.append(box);
  const remove = el.remove.bind(el);
  el.remove = () => {
    remove();
    box.remove();
  };
  return el;
}

const references = new Map<string, Promise<{ text: string; titles: string[] }>>();

/**
 * What a subject shows on healthy data — a fresh `demo(seed)` over HTTP — the reference the
 * scenarios compare with (cached: the demo data is deterministic).
 */
export function referenceText(
  subject: Subject,
  seed = 21,
  attributes: Record<string, string> = {},
): Promise<{ text: string; titles: string[] }> {
  const key = `${subject.tag}|${seed}|${JSON.stringify(attributes)}`;
  let reference = references.get(key);
  if (!reference) {
    reference = (async () => {
      newScenario();
      useApi(demo(seed));
      const el = mount(subject, httpProvider(), attributes);
      try {
        const text = await settle(el);
        const titles = deepQueryAll(el, '[part~="title"]')
          .map((t) => deepText(t))
          .filter(Boolean);
        return { text, titles };
      } finally {
        el.remove();
      }
    })();
    references.set(key, reference);
  }
  return reference;
}

// ---------------------------------------------------------------------------------------------
// Watching for trouble: unhandled rejections, console.error, provider-error events

export interface Watch {
  rejections: string[];
  consoleErrors: string[];
  stop(): void;
}

export function watchForTrouble(): Watch {
  const rejections: string[] = [];
  const consoleErrors: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(String((event.reason as Error)?.stack ?? event.reason));
  window.addEventListener('unhandledrejection', onRejection);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    rejections,
    consoleErrors,
    stop() {
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = original;
    },
  };
}

export function expectNoTrouble(watch: Watch): void {
  expect(watch.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(watch.consoleErrors, 'console.error calls').to.deep.equal([]);
}

/**
 * The controls that retry a failed load: `::part(retry-button)` (on <transaction-table> it also
 * retries totals that failed with the rows), and "Calculate totals", the totals' own retry when
 * only a later totals page failed.
 */
const RETRY_CONTROLS = '[part~="retry-button"], [part~="calculate-totals-button"]';

/** Clicks Retry (every Retry shown, until none is left or `rounds` ran out), settling in between. */
export async function retryUntilClean(el: Element, rounds = 4): Promise<string> {
  let text = deepText(el);
  for (let i = 0; i < rounds; i++) {
    const buttons = deepQueryAll<HTMLButtonElement>(el, RETRY_CONTROLS);
    if (buttons.length === 0) break;
    buttons[0]!.click();
    text = await settle(el);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// The load-failure scenario every fault file runs

export interface LoadFault {
  name: string;
  /** Answers every GET of the API while the fault is on. */
  handler: HttpHandler;
  /** The text that must appear: the server's (or the provider's) message. */
  message: string | RegExp;
  /** HttpProvider options for this fault (e.g. a short timeout). */
  provider?: Partial<HttpProviderOptions>;
}

/** Any GET under the API answered by `resolver`. */
export const anyGet = (resolver: Parameters<typeof http.get>[1]) => http.get(`${API_BASE}/*`, resolver);

/** A JSON error body as openapi.yaml documents it. */
export const errorBody = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  anyGet(() => HttpResponse.json({ code, message }, { status, headers }));

export interface Outcome {
  error?: unknown;
}

/** Turns a check into an outcome a test can report later. */
export async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    await run();
    return {};
  } catch (error) {
    return { error };
  }
}

/** Fails the current test with the outcome's error, if any. */
export function report(result: Outcome | undefined): void {
  expect(result, 'the scenario ran').to.exist;
  if (result!.error) throw result!.error;
}

/**
 * Mounts every subject at once on a failing API (the subjects' scenarios are independent; the
 * fault applies to all of them): each shows the fault's message with its headings still on
 * screen, fires `provider-error` with it and offers Retry; once the fault is gone, Retry shows
 * exactly what healthy data shows. Nothing is logged as an error or left as an unhandled
 * rejection meanwhile (reported under the key `trouble`). Returns an outcome per subject name.
 */
export async function runLoadFault(list: readonly Subject[], fault: LoadFault): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  const references = new Map(await Promise.all(list.map(async (subject) => [subject.name, await referenceText(subject)] as const)));
  const backend = demo();
  const watch = watchForTrouble();
  const mounted = new Map<string, Mounted>();
  try {
    newScenario();
    useApi(backend);
    override(fault.handler);
    const failed = await Promise.all(
      list.map(async (subject) => {
        const el = mount(subject, httpProvider(fault.provider));
        mounted.set(subject.name, el);
        const errors: string[] = [];
        el.addEventListener('provider-error', (e) => errors.push((e as CustomEvent<{ error: { message: string } }>).detail.error.message));
        const result = await outcome(async () => {
          // A timeout's message shows once the provider's timeout ran out for each request made one
          // after the other: the time-zone look-up's user, then account (src/core/time-zone.ts),
          // then the data.
          const shown = await waitForText(el, fault.message, PATIENCE_MS + 3 * (fault.provider?.timeoutMs ?? 0));
          for (const title of references.get(subject.name)!.titles)
            expect(shown, `heading "${title}" still shown beside the error`).to.include(title);
          const matches = (m: string) => (typeof fault.message === 'string' ? m.includes(fault.message) : fault.message.test(m));
          expect(errors.some(matches), `provider-error with the message (got ${JSON.stringify(errors)})`).to.equal(true);
          expect(deepQueryAll(el, '[part~="retry-button"]').length, 'a Retry button').to.be.greaterThan(0);
        });
        results.set(subject.name, result);
        return !result.error;
      }),
    );

    useApi(backend); // the fault is gone
    await Promise.all(
      list.map(async (subject, i) => {
        if (!failed[i]) return;
        results.set(
          subject.name,
          await outcome(async () => {
            const after = await retryUntilClean(mounted.get(subject.name)!);
            expect(after, 'after Retry: exactly what healthy data shows').to.equal(references.get(subject.name)!.text);
          }),
        );
      }),
    );
    results.set('trouble', await outcome(() => expectNoTrouble(watch)));
  } finally {
    watch.stop();
    for (const el of mounted.values()) el.remove();
    useApi(backend);
  }
  return results;
}
