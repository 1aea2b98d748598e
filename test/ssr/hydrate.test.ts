// First import: Lit's hydration support must be installed before LitElement is evaluated.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { commonStrings } from '../../src/core/strings.js';

/**
 * Every element server-rendered by the built package with @lit-labs/ssr in Node (no DOM;
 * scripts/render-ssr.mjs, served by the test runner), parsed into this page with its declarative
 * shadow root, then defined by the built package (`dist/all.js`): each hydrates — keeps the
 * server's nodes, logs no error or mismatch — and works afterwards (a provider set loads data; a
 * click on a section tab switches the section).
 */
type Api = typeof import('../../src/index.js');
type Demo = typeof import('../../src/providers/demo/index.js');
type Rendered = Record<string, { html?: string; error?: string }>;
type DefineAll = typeof import('../../src/define-all.js');
/** The shell under a tag prefix, server-rendered by scripts/render-ssr.mjs. */
const PREFIXED = 'acme-account-settings';

/** Loaded data, a translation chunk: on a busy 2-core CI machine these take seconds, not 1 s (waitUntil's default). */
const WAIT = { timeout: 15000 };
const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('server-rendered elements hydrate (@lit-labs/ssr → @lit-labs/ssr-client)', () => {
  const problems = new Map<string, string[]>();
  const serverNodes = new Map<string, Element>();
  const hosts = new Map<string, HTMLElement>();
  /** <account-settings>' section element as the server rendered it (inside its shadow root). */
  let serverSection: Element | null | undefined;
  /** The same for <acme-account-settings>: its <acme-user-panel>. */
  let serverPrefixedSection: Element | null | undefined;
  let api: Api;
  let demo: Demo;
  let rendered: Rendered;
  let prefixed: Rendered;

  before(async function () {
    // The server render runs once per test run, in a Node child process (seconds on a busy machine).
    this.timeout(120000);
    ({ elements: rendered, prefixed } = (await (await fetch('/__ssr/elements.json')).json()) as { elements: Rendered; prefixed: Rendered });
    const global: string[] = [];
    problems.set('*', global);
    const record =
      (kind: string) =>
      (...args: unknown[]) =>
        global.push(`${kind}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
    const originalError = console.error;
    const originalWarn = console.warn;
    console.error = record('console.error');
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes('Lit is in dev mode')) record('console.warn')(...args);
    };
    const onError = (event: ErrorEvent) => global.push(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      global.push(`unhandled rejection: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const [tag, { html, error }] of Object.entries({ ...rendered, ...prefixed })) {
        problems.set(tag, html ? [] : [`not server-rendered: ${error}`]);
        if (!html) continue;
        const container = document.createElement('div');
        document.body.append(container);
        // Parses the declarative shadow roots (innerHTML would not); the tags are not defined yet.
        container.setHTMLUnsafe(html);
        const host = container.querySelector<HTMLElement>(tag)!;
        hosts.set(tag, host);
        const first = host.shadowRoot?.querySelector('[part]');
        if (first) serverNodes.set(tag, first);
        if (tag === 'account-settings') serverSection = host.shadowRoot?.querySelector('#panel > user-panel');
        if (tag === PREFIXED) serverPrefixedSection = host.shadowRoot?.querySelector('#panel > acme-user-panel');
      }
      // Defining the elements upgrades them: each hydrates its server-rendered shadow root.
      api = (await import(/* @vite-ignore */ DIST_ALL)) as Api;
      demo = (await import(/* @vite-ignore */ DIST_DEMO)) as Demo;
      // The prefixed tags are defined as a host page would: defineAccountWidgets({ prefix }).
      ((await import(/* @vite-ignore */ DIST_DEFINE_ALL)) as DefineAll).defineAccountWidgets({ prefix: 'acme' });
      for (const [tag, host] of hosts) {
        try {
          await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        } catch (error) {
          problems.get(tag)!.push(`update: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      // Nested sections hydrate when their parent lets them (defer-hydration); rejections arrive in a task.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      console.error = originalError;
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('renders every element on the server', () => {
    expect(Object.keys(rendered)).to.have.members(Object.keys(api.ELEMENTS));
    for (const [tag, { html }] of Object.entries(rendered)) expect(html, tag).to.match(/<template shadowroot/);
  });

  it('hydrates with no error, warning or mismatch', () => {
    const failing = Object.fromEntries([...problems].filter(([, found]) => found.length));
    expect(failing).to.deep.equal({});
  });

  it("keeps the server's nodes (hydration, not a fresh render)", () => {
    for (const [tag, host] of hosts) {
      if (tag === PREFIXED) expect(customElements.get(tag), tag).to.exist;
      else expect(customElements.get(tag), tag).to.equal(api.ELEMENTS[tag as keyof Api['ELEMENTS']]);
      const node = serverNodes.get(tag);
      expect(node, `<${tag}> server shadow root has a part`).to.exist;
      expect(node!.isConnected && node!.getRootNode() === host.shadowRoot, `<${tag}> replaced the server's nodes`).to.equal(true);
      expect(host.hasAttribute('defer-hydration'), `<${tag}> still defers hydration`).to.equal(false);
    }
  });

  it("<account-settings> keeps the server's section element, hydrated", () => {
    const shell = hosts.get('account-settings') as InstanceType<Api['AccountSettings']>;
    expect(serverSection, 'the server rendered the User section').to.exist;
    expect(shell.sectionElement, 'the section element is the server-rendered one').to.equal(serverSection);
    expect(serverSection!.hasAttribute('defer-hydration'), '<user-panel> still defers hydration').to.equal(false);
    expect(serverSection!.getAttribute('exportparts')).to.include('user__title');
  });

  it('<acme-account-settings> (a tag prefix) keeps its server-rendered <acme-user-panel>, hydrated, and loads it', async () => {
    const shell = hosts.get(PREFIXED) as InstanceType<Api['AccountSettings']> | undefined;
    expect(shell, 'the prefixed shell was server-rendered').to.exist;
    expect(serverPrefixedSection, 'the server rendered <acme-user-panel>').to.exist;
    expect(shell!.sectionElement, 'the section element is the server-rendered one').to.equal(serverPrefixedSection);
    expect(serverPrefixedSection!.hasAttribute('defer-hydration'), '<acme-user-panel> still defers hydration').to.equal(false);
    expect(customElements.get('acme-user-panel'), '<acme-user-panel> is defined').to.exist;
    const provider = demo.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
    shell!.provider = provider;
    const user = await provider.getCurrentUser();
    await waitUntil(() => text(shell!.sectionElement).includes(user.username), 'user never shown in <acme-user-panel>', WAIT);
    expect(shell!.sectionElement).to.equal(serverPrefixedSection);
  });

  it('works after hydration: a provider set loads each data element', async function () {
    this.timeout(120000);
    for (const [tag, host] of hosts) {
      if (tag === 'date-range-field' || tag === 'account-settings' || tag === PREFIXED) continue;
      (host as HTMLElement & { provider?: unknown }).provider = demo.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
      await waitUntil(
        () => {
          const t = text(host);
          return !t.includes(commonStrings.noProvider) && !t.includes(commonStrings.loading) && t.length > 20;
        },
        `<${tag}> never loaded after hydration`,
        WAIT,
      );
      expect(text(host)).not.to.include(commonStrings.errorTitle);
    }
  });

  it('works after hydration: <account-settings> switches section on a tab click', async () => {
    const shell = hosts.get('account-settings') as InstanceType<Api['AccountSettings']>;
    const provider = demo.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
    shell.provider = provider;
    const user = await provider.getCurrentUser();
    await waitUntil(() => text(shell.sectionElement).includes(user.username), 'user never shown', WAIT);
    const tabs = [...shell.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tab"]')];
    const accountTab = tabs.find((tab) => tab.getAttribute('aria-controls')?.includes('account') || /account/i.test(tab.id));
    expect(accountTab, 'an Account tab').to.exist;
    accountTab!.click();
    const account = await provider.getAccount();
    await waitUntil(
      () => shell.section === 'account' && text(shell.sectionElement).includes(account.realm),
      'account never shown after the click',
      WAIT,
    );
  });
});

const DIST_ALL = '/dist/all.js';
const DIST_DEMO = '/dist/providers/demo/index.js';
const DIST_DEFINE_ALL = '/dist/define-all.js';
