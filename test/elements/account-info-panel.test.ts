import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/account-info-panel/define.js';
import type { AccountInfoPanel } from '../../src/elements/account-info-panel/account-info-panel.js';
import { formatPhoneNumber } from '../../src/core/phone.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $, $$, button, textOf, waitFor, waitForText } from '../support/dom.js';

const demo = (options = {}) => createDemoProvider({ seed: 9, now: '2026-11-27T12:00:00Z', ...options });

describe('<account-info-panel>', () => {
  it('shows name, realm, time zone and every contact', async () => {
    const provider = demo();
    const account = await provider.getAccount();
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel .provider=${provider}></account-info-panel>`);
    await waitForText(el, account.realm);
    const text = textOf(el);
    expect(text).to.include(account.name);
    expect(text).to.include(account.timezone ?? 'Not set');
    expect($$(el, '[part="contact"]')).to.have.length(account.contacts.length);
    for (const c of account.contacts) {
      expect(text).to.include(c.role);
      for (const v of [c.name, c.email, c.address]) if (v) expect(text).to.include(v);
      // The phone as the block list shows numbers: grouped, left to right.
      if (c.phone) expect(text).to.include(formatPhoneNumber(c.phone)).and.not.include(c.phone);
    }
    await expect(el).to.be.accessible();
  });

  it('groups a contact phone however the backend wrote it, and leaves other forms alone', async () => {
    const provider = demo();
    provider.getAccount = async () => ({
      id: 'a',
      name: 'Acme',
      realm: 'acme.example',
      contacts: [
        { role: 'Billing', phone: '+13035550133' },
        { role: 'Technical', phone: '+54 (351) 744-1180' },
        { role: 'Admin', phone: 'ext. 12' },
      ],
    });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel .provider=${provider}></account-info-panel>`);
    await waitForText(el, 'Billing');
    const phones = $$(el, '[part="contact"] dd span[dir="ltr"]').map((s) => s.textContent!.trim());
    expect(phones).to.deep.equal(['+1 303 555 0133', '+54 351 744 1180', 'ext. 12']);
  });

  it('shares the whole width among the contacts it has, leaving no empty column', async () => {
    const provider = demo();
    const account = await provider.getAccount();
    const contacts = account.contacts.slice(0, 2);
    provider.getAccount = async () => ({ ...account, contacts });
    // The content width of a 1280 px portal, where a third (empty) column used to take a third.
    const el = await fixture<AccountInfoPanel>(
      html`<account-info-panel style="display: block; inline-size: 1032px" .provider=${provider}></account-info-panel>`,
    );
    await waitFor(el, '[part="contact"]');
    const list = $(el, '[part="contacts"]')!.getBoundingClientRect();
    const cards = $$(el, '[part="contact"]').map((c) => c.getBoundingClientRect());
    expect(cards).to.have.length(2);
    expect(cards[1]!.right, 'the last card ends where the list ends').to.be.closeTo(list.right, 1);
    // Each takes half the list (less the gap), not a third.
    for (const card of cards) expect(card.width).to.be.above(list.width * 0.45);
  });

  it('says when there are no contacts', async () => {
    const provider = demo();
    provider.getAccount = async () => ({ id: 'a', name: 'Solo', realm: 'solo.example', contacts: [] });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel .provider=${provider}></account-info-panel>`);
    await waitForText(el, 'No contact details on file.');
    expect(textOf(el)).to.include('Not set');
    await expect(el).to.be.accessible();
  });

  it('has loading, error + Retry and no-provider states', async () => {
    const none = await fixture<AccountInfoPanel>(html`<account-info-panel></account-info-panel>`);
    expect(textOf(none)).to.include('No data provider configured.');
    await expect(none).to.be.accessible();

    const provider = demo({ latency: 100, failures: { getAccount: { code: 'network', message: 'The network is unreachable', times: 1 } } });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel .provider=${provider}></account-info-panel>`);
    expect($(el, '[part="loading"]')).to.exist;
    await waitForText(el, 'The network is unreachable');
    await expect(el).to.be.accessible();
    button(el, 'Retry')!.click();
    await waitFor(el, '[part="details"]');
  });

  it('never shows a stale answer over a newer one', async () => {
    const slow = demo({ latency: 300 });
    slow.getAccount = async (o) => {
      await new Promise((r) => setTimeout(r, 300));
      o?.signal?.throwIfAborted();
      return { id: 'old', name: 'Stale Old Account', realm: 'old.example', contacts: [] };
    };
    const fast = demo();
    fast.getAccount = async () => ({ id: 'new', name: 'Fresh New Account', realm: 'new.example', contacts: [] });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel .provider=${slow}></account-info-panel>`);
    el.provider = fast;
    await waitForText(el, 'Fresh New Account');
    await new Promise((r) => setTimeout(r, 400));
    expect(textOf(el)).to.include('Fresh New Account');
    expect(textOf(el)).not.to.include('Stale Old Account');
  });
});
