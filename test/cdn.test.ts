import { expect, waitUntil } from '@open-wc/testing';
import { commonStrings } from '../src/core/strings.js';
import deBlockList from '../src/elements/block-list/i18n/de.js';
import { ELEMENT_TAGS } from './support/tags.js';

/**
 * The CDN build as shipped (`dist/cdn/`, built by `npm run build`): minified templates, the
 * production console messages, one core chunk. Only the expected texts come from src/; every
 * element and provider in this page is the built code.
 */
type Cdn = typeof import('../src/index.js');
type Demo = typeof import('../src/providers/demo/index.js');

const CDN = '/dist/cdn/';
const TAGS = ELEMENT_TAGS;
/** Loaded data, a translation chunk: on a busy 2-core CI machine these take seconds, not 1 s (waitUntil's default). */
const WAIT = { timeout: 15000 };
const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('dist/cdn/ (the CDN build)', () => {
  let cdn: Cdn;
  let demo: Demo;
  before(async () => {
    cdn = (await import(/* @vite-ignore */ CDN + 'index.js')) as Cdn;
    demo = (await import(/* @vite-ignore */ CDN + 'demo.js')) as Demo;
  });
  afterEach(() => {
    for (const el of document.body.querySelectorAll(TAGS.join(','))) el.remove();
  });

  it('index.js registers every element and exports the API', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(cdn.ELEMENTS[tag as keyof Cdn['ELEMENTS']]);
    expect(cdn.ProviderError).to.be.a('function');
  });

  for (const tag of TAGS.filter((t) => t !== 'date-range-field')) {
    it(`<${tag}> loads and shows its data from the demo provider`, async () => {
      const el = document.createElement(tag) as HTMLElement & { provider?: unknown };
      el.provider = demo.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
      document.body.append(el);
      const shown = () => {
        const root = el.shadowRoot?.querySelector('user-panel') ?? el;
        const t = text(root);
        return t.length > 20 && !t.includes(commonStrings.loading) && !t.includes(commonStrings.noProvider);
      };
      await waitUntil(shown, `<${tag}> never showed its data`, WAIT);
      expect(text(el)).not.to.include(commonStrings.errorTitle);
      // Template minification keeps every part a host styles.
      expect(el.shadowRoot!.querySelector('[part]'), 'an element with a part').to.exist;
    });
  }

  it('<date-range-field> renders its two date inputs', async () => {
    const el = document.createElement('date-range-field');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('input[type="date"]').length === 2, 'no date inputs', WAIT);
  });

  it('<block-list> shows a blocked reason, and in German fetches its translation chunk', async () => {
    const provider = demo.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
    const first = (await provider.listBlockedNumbers({ limit: 5 })).items.find((item) => item.reason);
    const el = document.createElement('block-list') as InstanceType<Cdn['BlockList']>;
    el.provider = provider;
    el.locale = 'de';
    document.body.append(el);
    await waitUntil(() => text(el).includes(deBlockList.title), 'German title never shown', WAIT);
    if (first?.reason) await waitUntil(() => text(el).includes(first.reason!), 'reason never shown', WAIT);
  });

  it('<account-settings> switches section and recovers with Retry after a failure', async () => {
    const provider = demo.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
    provider.failNext('getAccount', { code: 'unavailable', message: 'PBX cluster is restarting' });
    const el = document.createElement('account-settings') as InstanceType<Cdn['AccountSettings']>;
    el.provider = provider;
    document.body.append(el);
    el.section = 'account';
    await waitUntil(() => text(el.sectionElement).includes('PBX cluster is restarting'), 'failure never shown', WAIT);
    el.sectionElement!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    const account = await provider.getAccount();
    await waitUntil(() => text(el.sectionElement).includes(account.realm), 'account never shown after Retry', WAIT);
  });

  it('a misconfigured provider shows the misconfigured state and names the methods in the console', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const el = document.createElement('user-panel') as HTMLElement & { provider?: unknown };
      el.provider = {};
      document.body.append(el);
      await waitUntil(() => text(el).includes(commonStrings.misconfiguredProvider), 'misconfigured state never shown', WAIT);
      expect(errors.join('\n')).to.include('getCurrentUser');
    } finally {
      console.error = original;
    }
  });
});
