import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAccountWidgets } from '../src/define-all.js';
import type { AccountSettings } from '../src/elements/account-settings/account-settings.js';
import { createDemoProvider } from '../src/providers/demo/index.js';
import { textOf } from './support/dom.js';

describe('defineAccountWidgets', () => {
  it('registers every element under a prefix; composites render children with it', async () => {
    const tags = defineAccountWidgets({ prefix: 'acme' });
    expect(tags).to.include.members(['acme-account-settings', 'acme-user-panel', 'acme-account-info-panel', 'acme-account-menu']);
    defineAccountWidgets({ prefix: 'globex' });
    const provider = createDemoProvider({ seed: 1, now: '2026-11-27T12:00:00Z' });
    const other = createDemoProvider({ seed: 2, now: '2026-11-27T12:00:00Z' });
    const root = await fixture(html`<div>
      <acme-account-settings .provider=${provider}></acme-account-settings>
      <globex-account-settings section="account" .provider=${other}></globex-account-settings>
    </div>`);
    const acme = root.querySelector('acme-account-settings') as AccountSettings;
    const globex = root.querySelector('globex-account-settings') as AccountSettings;
    await waitUntil(() => acme.sectionElement && globex.sectionElement);
    expect(acme.sectionElement!.localName).to.equal('acme-user-panel');
    expect(globex.sectionElement!.localName).to.equal('globex-account-info-panel');
    const [user, account] = [await provider.getCurrentUser(), await other.getAccount()];
    await waitUntil(() => textOf(acme.sectionElement!).includes(user.username));
    await waitUntil(() => textOf(globex.sectionElement!).includes(account.realm));
    expect(customElements.get('user-panel')).to.equal(undefined);
  });

  it('warns instead of throwing when a tag is already defined', async () => {
    customElements.define('taken-user-panel', class extends HTMLElement {});
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      expect(() => defineAccountWidgets({ prefix: 'taken' })).not.to.throw();
      expect(() => defineAccountWidgets({ prefix: 'acme' })).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(
      warnings
        .map((w) => String(w[0]))
        .some((w) => w.includes('<taken-user-panel> is already defined') && w.includes('pbx-account-widgets')),
    ).to.equal(true);
    expect(customElements.get('taken-account-settings')).to.exist;
  });

  it('rejects a malformed prefix with a clear message', () => {
    expect(() => defineAccountWidgets({ prefix: 'Bad Prefix!' })).to.throw(TypeError, /Invalid custom-element prefix/);
  });
});
