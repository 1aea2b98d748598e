import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from './support/tags.js';

/**
 * The CDN bundle alone: one script, no other import, defines every element and exports the
 * API. (`npm test` builds it first.) Nothing from src/ is loaded in this page.
 */
type Bundle = typeof import('../src/index.js') & { createDemoProvider: typeof import('../src/providers/demo/index.js').createDemoProvider };

const BUNDLE = '/dist/pbx-account-widgets.bundle.js';
const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('dist/pbx-account-widgets.bundle.js', () => {
  let api: Bundle;
  before(async () => {
    api = (await import(/* @vite-ignore */ BUNDLE)) as Bundle;
  });

  it('defines every element and exports the public API', () => {
    for (const tag of ELEMENT_TAGS) {
      expect(customElements.get(tag), tag).to.exist;
    }
    expect(api.ProviderError).to.be.a('function');
    expect(api.HttpProvider).to.be.a('function');
    expect(api.createDemoProvider).to.be.a('function');
    expect(api.defineAccountWidgets).to.be.a('function');
  });

  it('shows User and Account from a provider set on <account-settings>', async () => {
    const provider = api.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
    const el = document.createElement('account-settings') as InstanceType<Bundle['AccountSettings']>;
    document.body.append(el);
    el.provider = provider;
    const user = await provider.getCurrentUser();
    await waitUntil(() => text(el.sectionElement).includes(user.username), 'user never shown');
    el.section = 'account';
    const account = await provider.getAccount();
    await waitUntil(() => text(el.sectionElement).includes(account.realm), 'account never shown');
    el.remove();
  });

  it('says when no provider is configured', async () => {
    const el = document.createElement('account-settings') as InstanceType<Bundle['AccountSettings']>;
    document.body.append(el);
    await waitUntil(() => text(el.sectionElement).includes('No data provider configured.'));
    el.remove();
  });

  it("shows a provider failure's message and recovers with Retry", async () => {
    const provider = api.createDemoProvider({ seed: 11, now: '2026-11-27T12:00:00Z' });
    provider.failNext('getCurrentUser', { code: 'unavailable', message: 'PBX cluster is restarting' });
    const el = document.createElement('account-settings') as InstanceType<Bundle['AccountSettings']>;
    el.provider = provider;
    document.body.append(el);
    await waitUntil(() => text(el.sectionElement).includes('PBX cluster is restarting'));
    el.sectionElement!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    const user = await provider.getCurrentUser();
    await waitUntil(() => text(el.sectionElement).includes(user.username));
    el.remove();
  });
});
