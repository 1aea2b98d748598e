/**
 * Runs inside csp-page.html, a page served with a strict Content-Security-Policy and Trusted
 * Types enforced (no 'unsafe-inline', no 'unsafe-eval'). It loads the library — the sources
 * through the dev server (`?mode=src`) or the CDN bundle (`?mode=bundle`) — renders every
 * element of ELEMENTS with the demo provider, visits every section of <account-settings>, opens
 * (and cancels) a confirmation dialog in each section that has one, and reports to the parent
 * every CSP / Trusted Types violation, error and unhandled rejection, plus every <style> element
 * found (Lit should adopt constructable stylesheets instead).
 *
 * `?inject=…` adds one deliberate violation (the parent checks that the probe sees it):
 * `inner-html` (a string assigned to innerHTML), `style-element` (a <style> in a shadow root),
 * `style-attribute` (an inline style attribute), `inline-script`.
 */

export {};

interface ProbeResult {
  type: 'csp-probe';
  mode: string;
  violations: string[];
  errors: string[];
  styleElements: string[];
  visited: string[];
  tabs: string[];
  dialogs: string[];
  rendered: string[];
  /** The tags of the loaded module's ELEMENTS. */
  elements: string[];
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'src';
const inject = params.get('inject');
const result: ProbeResult = {
  type: 'csp-probe',
  mode,
  violations: [],
  errors: [],
  styleElements: [],
  visited: [],
  tabs: [],
  dialogs: [],
  rendered: [],
  elements: [],
};

const describeViolation = (v: {
  violatedDirective?: string;
  effectiveDirective?: string;
  blockedURL?: string;
  blockedURI?: string;
  sourceFile?: string;
  lineNumber?: number;
  sample?: string;
}) =>
  `${v.effectiveDirective ?? v.violatedDirective}: blocked ${v.blockedURL ?? v.blockedURI ?? '?'} at ${v.sourceFile ?? '?'}:${v.lineNumber ?? '?'}${v.sample ? ` (${v.sample})` : ''}`;

const seen = new Set<string>();
/** From the ReportingObserver: the same violations as the events, without the element. */
const reported: string[] = [];
function addViolation(text: string) {
  if (seen.has(text)) return;
  seen.add(text);
  result.violations.push(text);
}
/** `<div.body> in <call-log-table>`: where in the page a violation happened. */
function where(target: EventTarget | undefined): string {
  if (!(target instanceof Element)) return '';
  const hosts: string[] = [];
  for (let root = target.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.push(`<${root.host.localName}>`);
  const cls = target.getAttribute('class');
  return ` on <${target.localName}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}>${hosts.length ? ` in ${hosts.join(' in ')}` : ''}`;
}
document.addEventListener('securitypolicyviolation', (e) => addViolation(describeViolation(e) + where(e.composedPath()[0])), true);
if ('ReportingObserver' in window) {
  const RO = (
    window as unknown as {
      ReportingObserver: new (cb: (reports: Array<{ type: string; body: unknown }>) => void, o: object) => { observe(): void };
    }
  ).ReportingObserver;
  new RO(
    (reports) => {
      for (const r of reports)
        if (r.type === 'csp-violation') reported.push(describeViolation(r.body as Parameters<typeof describeViolation>[0]));
    },
    { types: ['csp-violation'], buffered: true },
  ).observe();
}
window.addEventListener('error', (e) => result.errors.push(`error: ${e.message} at ${e.filename}:${e.lineno}`));
window.addEventListener('unhandledrejection', (e) =>
  result.errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`),
);
const originalConsoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  result.errors.push(`console.error: ${args.map(String).join(' ')}`);
  originalConsoleError(...args);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(condition: () => unknown, what: string, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Every element below `root`, through open shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
const deepQuery = (root: ParentNode, selector: string) => [...deep(root)].filter((el) => el.matches(selector));
/** Still loading: not rendered yet, or a loading state somewhere inside. */
const busy = (host: Element) => host.shadowRoot === null || deepQuery(host.shadowRoot, '[part~="loading"]').length > 0;

/** Opens a confirmation in `host` (a section) if it has one: destructive buttons, with "1" in number fields. */
async function tryConfirmDialog(host: Element, label: string): Promise<void> {
  const root = host.shadowRoot;
  if (!root) return;
  for (const input of deepQuery(root, 'input[inputmode="numeric"]') as HTMLInputElement[]) {
    input.value = '1';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await sleep(0);
  const candidates = (deepQuery(root, 'button') as HTMLButtonElement[]).filter((b) =>
    /^(Buy|Remove|Delete|Unblock|Block)$/.test(b.textContent?.trim() ?? ''),
  );
  for (const button of candidates) {
    button.click();
    try {
      await until(() => deepQuery(root, 'dialog[open]').length > 0, 'a dialog', 1500);
    } catch {
      continue;
    }
    const dialog = deepQuery(root, 'dialog[open]')[0] as HTMLDialogElement;
    result.dialogs.push(`${label}: ${button.textContent?.trim()} → ${dialog.querySelector('h2')?.textContent?.trim() ?? 'dialog'}`);
    (dialog.querySelector('[data-cancel]') as HTMLButtonElement).click();
    await until(() => deepQuery(root, 'dialog[open]').length === 0, 'the dialog to close', 2000);
    return;
  }
}

function collectStyleElements() {
  if (document.querySelectorAll('style').length) result.styleElements.push(`document: ${document.querySelectorAll('style').length}`);
  for (const el of deep(document)) {
    const count = el.shadowRoot?.querySelectorAll('style').length ?? 0;
    if (count) result.styleElements.push(`<${el.localName}> shadow root: ${count} <style>`);
  }
}

function injectViolation(into: Element) {
  const root = into.shadowRoot ?? into;
  try {
    switch (inject) {
      case 'inner-html': {
        const div = document.createElement('div');
        root.append(div);
        div.innerHTML = '<b>not trusted</b>';
        break;
      }
      case 'style-element': {
        const style = document.createElement('style');
        style.textContent = ':host { outline: 1px solid red; }';
        root.append(style);
        break;
      }
      case 'style-attribute': {
        const span = document.createElement('span');
        span.setAttribute('style', 'color: red');
        root.append(span);
        break;
      }
      case 'eval': {
        new Function('return 1')();
        break;
      }
      case 'inline-script': {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.body.append(script);
        break;
      }
    }
  } catch (error) {
    result.errors.push(`inject ${inject}: ${String(error)}`);
  }
}

type Api = {
  ELEMENTS: Record<string, CustomElementConstructor>;
  createDemoProvider(options: object): unknown;
};

async function probe(): Promise<void> {
  const api = (
    mode === 'bundle' ? await import(/* @vite-ignore */ '/dist/pbx-account-widgets.bundle.js' as string) : await import('../../src/all.js')
  ) as Api;
  result.elements = Object.keys(api.ELEMENTS);
  const provider = api.createDemoProvider({ seed: 3, now: '2026-11-27T12:00:00Z', size: 'small', latency: 5 });

  // Every element on its own (account-menu opened), with the demo provider.
  const main = document.getElementById('main')!;
  for (const tag of Object.keys(api.ELEMENTS)) {
    if (tag === 'account-settings') continue;
    const el = document.createElement(tag) as HTMLElement & { provider: unknown };
    el.provider = provider;
    (tag === 'account-menu' ? document.getElementById('header')! : main).append(el);
    await until(() => el.shadowRoot && !busy(el), `<${tag}> to load`).catch((e: Error) => result.errors.push(e.message));
    const trigger = el.shadowRoot?.querySelector<HTMLButtonElement>('[aria-haspopup]');
    if (trigger) {
      trigger.click();
      await sleep(50);
      trigger.click();
    }
    result.rendered.push(tag);
  }

  // The shell, every section, a confirmation where there is one.
  const settings = document.createElement('account-settings') as HTMLElement & {
    provider: unknown;
    section: string;
    sectionElement?: HTMLElement;
  };
  settings.provider = provider;
  main.append(settings);
  await until(() => settings.shadowRoot?.querySelector('[role="tab"]'), 'the tabs');
  const tabs = [...settings.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  for (const tab of tabs) {
    const id = tab.id.replace(/^tab-/, '');
    result.tabs.push(id);
    tab.click();
    await until(() => settings.section === id && settings.sectionElement && !busy(settings.sectionElement), `section ${id}`).catch(
      (e: Error) => result.errors.push(e.message),
    );
    const section = settings.sectionElement;
    if (!section) continue;
    const rows = section.shadowRoot ? deepQuery(section.shadowRoot, '[role="row"]').length : 0;
    result.visited.push(`${id}: <${section.localName}>${rows ? ` (${rows} rows)` : ''}`);
    await tryConfirmDialog(section, id);
  }

  if (inject) injectViolation(settings.sectionElement ?? settings);
  collectStyleElements();
  // Violation events are dispatched asynchronously: let them arrive.
  await sleep(300);
  // Reports the events missed (e.g. before this module ran).
  for (const text of reported) if (![...seen].some((s) => s.startsWith(text))) addViolation(text);
}

probe()
  .catch((error: Error) => result.errors.push(`probe failed: ${error.stack ?? error}`))
  .finally(() => parent.postMessage(result, location.origin));
