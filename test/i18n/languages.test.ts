import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/account-settings/define.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { plural } from '../../src/core/i18n/plural.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $$, textOf } from '../support/dom.js';
import { pinClock } from '../support/clock.js';

const demo = () => createDemoProvider({ seed: 3, now: '2026-11-27T12:00:00Z' });
const tabs = (el: AccountSettings) => $$(el, '[role="tab"]').map((t) => t.textContent?.trim());
const i18nRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/i18n\/(de|es|ar)\./.test(name));

pinClock('2026-11-27T12:00:00Z');
describe('localization', () => {
  it('loads no translation for English pages', async () => {
    await fixture<AccountSettings>(html`<account-settings .provider=${demo()}></account-settings>`);
    expect(i18nRequests()).to.deep.equal([]);
  });

  it('speaks the language of the nearest lang, across shadow roots, loading it lazily', async () => {
    const root = await fixture(html`<div lang="de-AT"><account-settings .provider=${demo()}></account-settings></div>`);
    const el = root.querySelector('account-settings') as AccountSettings;
    await waitUntil(() => tabs(el).includes('Benutzer'), `tabs: ${tabs(el).join(', ')}`);
    expect(tabs(el)).to.include.members(['Benutzer', 'Konto', 'Tarif']);
    const section = el.sectionElement!;
    await waitUntil(() => textOf(section).includes('Passwort ändern'), textOf(section));
    expect(i18nRequests().some((n) => n.includes('/i18n/de.'))).to.equal(true);
    expect(i18nRequests().some((n) => n.includes('/i18n/es.'))).to.equal(false);
  });

  it('takes the element locale over the page lang, and strings over both', async () => {
    const root = await fixture(html`<div lang="de">
      <account-settings locale="es-MX" .strings=${{ user: 'Perfil' }} .provider=${demo()}></account-settings>
    </div>`);
    const el = root.querySelector('account-settings') as AccountSettings;
    await waitUntil(() => tabs(el).includes('Cuenta'), `tabs: ${tabs(el).join(', ')}`);
    expect(tabs(el)[0]).to.equal('Perfil');
    await waitUntil(() => textOf(el.sectionElement!).includes('Cambiar contraseña'));
  });

  it('lays Arabic out right to left', async () => {
    const root = await fixture(html`<div lang="ar" dir="rtl" style="inline-size: 400px">
      <account-settings .provider=${demo()}></account-settings>
    </div>`);
    const el = root.querySelector('account-settings') as AccountSettings;
    await waitUntil(() => tabs(el).includes('المستخدم'));
    const [first, second] = $$(el, '[role="tab"]');
    expect(getComputedStyle(first!).direction).to.equal('rtl');
    // The first tab starts on the right.
    expect(first!.getBoundingClientRect().right).to.be.greaterThan(second!.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('chooses plural forms by the language rules', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, 'ar', forms)).join('')).to.equal('zotfmx');
    expect([0, 1, 2].map((n) => plural(n, 'de', forms)).join('')).to.equal('xox');
  });
});
