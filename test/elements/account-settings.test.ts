import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/account-settings/define.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $, $$, waitFor, waitForText } from '../support/dom.js';

const demo = (options = {}) => createDemoProvider({ seed: 4, now: '2026-11-27T12:00:00Z', ...options });
const tabs = (el: AccountSettings) => $$<HTMLButtonElement>(el, '[role="tab"]');

describe('<account-settings>', () => {
  it('offers the built sections as tabs and shows User first, with its provider', async () => {
    const provider = demo();
    const el = await fixture<AccountSettings>(html`<account-settings .provider=${provider}></account-settings>`);
    expect(tabs(el).map((t) => t.textContent?.trim())).to.include.members(['User', 'Account']);
    expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await until(() => el.sectionElement);
    const section = el.sectionElement!;
    expect(section.localName).to.equal('user-panel');
    const user = await provider.getCurrentUser();
    await waitForText(section, user.username);
    await expect(el).to.be.accessible();
  });

  it('switches sections on click, reflects section and fires section-change', async () => {
    const provider = demo();
    const el = await fixture<AccountSettings>(html`<account-settings .provider=${provider}></account-settings>`);
    const changed = oneEvent(el, 'section-change');
    tabs(el)
      .find((t) => t.textContent?.trim() === 'Account')!
      .click();
    const { detail } = await changed;
    expect(detail).to.deep.equal({ section: 'account', previous: 'user' });
    await el.updateComplete;
    expect(el.getAttribute('section')).to.equal('account');
    expect(el.sectionElement!.localName).to.equal('account-info-panel');
    const account = await provider.getAccount();
    await waitForText(el.sectionElement!, account.realm);
    await expect(el).to.be.accessible();
  });

  it('follows the tabs keyboard pattern', async () => {
    const el = await fixture<AccountSettings>(html`<account-settings .provider=${demo()}></account-settings>`);
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.section).to.equal('account');
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-account');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal(tabs(el).map((t) => (t.id === 'tab-account' ? 0 : -1)));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.section).to.equal('user');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.section).to.equal(tabs(el).at(-1)!.id.replace('tab-', ''));
  });

  it('selects a section from the attribute, and limits sections with `sections`', async () => {
    const el = await fixture<AccountSettings>(
      html`<account-settings section="account" sections="account" .provider=${demo()}></account-settings>`,
    );
    expect(tabs(el).map((t) => t.textContent?.trim())).to.deep.equal(['Account']);
    expect(el.sectionElement!.localName).to.equal('account-info-panel');
  });

  it('falls back to the first section for an unknown one', async () => {
    const el = await fixture<AccountSettings>(html`<account-settings section="nope" .provider=${demo()}></account-settings>`);
    expect(el.sectionElement!.localName).to.equal('user-panel');
  });

  it('passes "no provider" down: the section says so', async () => {
    const el = await fixture<AccountSettings>(html`<account-settings></account-settings>`);
    await waitForText(el.sectionElement!, 'No data provider configured.');
    await expect(el).to.be.accessible();
  });

  it('passes a new provider down to the section', async () => {
    const el = await fixture<AccountSettings>(html`<account-settings></account-settings>`);
    const provider = demo();
    el.provider = provider;
    const user = await provider.getCurrentUser();
    await waitForText(el.sectionElement!, user.username);
  });

  it('shows a section failure with a working Retry', async () => {
    const provider = demo({ failures: { getCurrentUser: { code: 'unavailable', message: 'Database offline', times: 1 } } });
    const el = await fixture<AccountSettings>(html`<account-settings .provider=${provider}></account-settings>`);
    const section = el.sectionElement!;
    await waitForText(section, 'Database offline');
    $<HTMLButtonElement>(section, '[part="retry-button"]')!.click();
    await waitFor(section, '[part="details"]');
  });

  it('reaches inside with ::part through exportparts', async () => {
    const style = document.createElement('style');
    style.textContent =
      'account-settings::part(user__title) { color: rgb(200, 0, 100); } account-settings::part(title) { letter-spacing: 3px; }';
    document.head.append(style);
    const el = await fixture<AccountSettings>(html`<account-settings .provider=${demo()}></account-settings>`);
    const title = await waitFor(el.sectionElement!, '[part="title"]');
    expect(getComputedStyle(title).color).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(title).letterSpacing).to.equal('3px');
    style.remove();
  });

  it('passes locale and time-zone down through context', async () => {
    const el = await fixture<AccountSettings>(
      html`<account-settings locale="de-DE" time-zone="Europe/Berlin" .provider=${demo()}></account-settings>`,
    );
    const section = el.sectionElement as HTMLElement & { display(): { locale?: string; timeZone: string } };
    await until(() => section.shadowRoot);
    expect(section.display()).to.deep.equal({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
  });
});
