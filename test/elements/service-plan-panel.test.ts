import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/service-plan-panel/define.js';
import type { ServicePlanPanel } from '../../src/elements/service-plan-panel/service-plan-panel.js';
import { MAX_USERS_PER_CHANGE, parseQuantity, removalProblem } from '../../src/elements/service-plan-panel/quantity.js';
import { ProviderError, type ProviderErrorCode } from '../../src/core/errors.js';
import type { AccountDataProvider, RequestOptions, ServicePlan } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { $, button, textOf, type, waitFor, waitForText } from '../support/dom.js';
import { deferred, gate, hold, spyOn } from '../support/spy.js';
import { pinClock } from '../support/clock.js';
import { until } from '../support/patience.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
/** Seed 8: "Unified Comms Plus", 12 users of which 9 in use, $19.99 per user, 3 DIDs, $365.85 credit. */
const demo = (options: DemoProviderOptions = {}) => createDemoProvider({ seed: 8, now: NOW, ...options });

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** A plan with round figures, for checks that must not depend on the demo's data. */
function fixedPlan(overrides: Partial<ServicePlan> = {}, userPrice = '19.99', currency = 'USD'): ServicePlan {
  const m = (amount: string) => ({ amount, currency });
  return {
    name: 'Business Pro',
    users: { quantity: 7, inUse: 5, unitPrice: m(userPrice), total: m('139.93') },
    dids: { quantity: 4, unitPrice: m('2.50'), total: m('10.00') },
    otherLines: [{ label: 'E911 service', quantity: 4, unitPrice: m('1.25'), total: m('5.00') }],
    monthlyTotal: m('154.93'),
    credit: m('500.00'),
    ...overrides,
  };
}

/** The demo provider answering `getServicePlan` with `plan`, and without `quoteAddUsers` when asked. */
function withPlan(plan: ServicePlan, options: DemoProviderOptions = {}) {
  const provider = demo(options);
  provider.getServicePlan = async () => structuredClone(plan);
  return provider;
}

async function mount(provider: AccountDataProvider = demo(), locale = 'en-US') {
  const el = await fixture<ServicePlanPanel>(html`<service-plan-panel .provider=${provider} locale=${locale}></service-plan-panel>`);
  await waitFor(el, '[part~="table"]');
  return el;
}

const buyInput = (el: ServicePlanPanel) => $<HTMLInputElement>(el, '#buy-count')!;
const removeInput = (el: ServicePlanPanel) => $<HTMLInputElement>(el, '#remove-count')!;
const buyButton = (el: ServicePlanPanel) => $<HTMLButtonElement>(el, '[part~="buy-button"]')!;
const removeButton = (el: ServicePlanPanel) => $<HTMLButtonElement>(el, '[part~="remove-button"]')!;
const quoteText = (el: ServicePlanPanel) => ($(el, '[part~="quote"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const planText = (el: ServicePlanPanel) =>
  [$(el, '[part~="details"]')!, $(el, '[part~="table"]')!].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
const dialog = (el: ServicePlanPanel) => $<HTMLDialogElement>(el, 'dialog');
const fieldError = (el: ServicePlanPanel, action: 'buy' | 'remove') => $(el, `#${action}-count-error`)?.textContent?.trim();
const formError = (el: ServicePlanPanel) => $(el, '[part~="form-error"]')?.textContent?.replace(/\s+/g, ' ').trim();
const active = (el: ServicePlanPanel) => el.shadowRoot!.activeElement;
/** The text of each shown cell of the table's `rows`, as a reader sees it (hidden cells left out). */
const shownCells = (el: ServicePlanPanel, rows: string) =>
  [...$(el, '[part~="table"]')!.querySelectorAll<HTMLTableRowElement>(rows)].map((r) =>
    [...r.cells].filter((c) => c.getClientRects().length > 0).map((c) => c.innerText.replace(/\s+/g, ' ').trim()),
  );

/** Types a count and waits until its price shows. */
async function typeBuy(el: ServicePlanPanel, value: string) {
  type(buyInput(el), value);
  await el.updateComplete;
}

async function openBuyDialog(el: ServicePlanPanel, count: string) {
  await typeBuy(el, count);
  buyButton(el).click();
  return waitFor<HTMLDialogElement>(el, 'dialog[open]');
}

async function openRemoveDialog(el: ServicePlanPanel, count: string) {
  type(removeInput(el), count);
  removeButton(el).click();
  return waitFor<HTMLDialogElement>(el, 'dialog[open]');
}

const confirmDialog = (el: ServicePlanPanel) => $<HTMLButtonElement>(el, 'dialog [data-confirm]')!.click();
const cancelDialog = (el: ServicePlanPanel) => $<HTMLButtonElement>(el, 'dialog [data-cancel]')!.click();

function counter(el: Element, name: 'users-added' | 'users-removed' | 'provider-error') {
  const events: CustomEvent[] = [];
  el.addEventListener(name, (e) => events.push(e as CustomEvent));
  return events;
}

describe('quantity rules', () => {
  it('accepts plain digits from 1 to the maximum, trimmed', () => {
    expect(MAX_USERS_PER_CHANGE).to.equal(10_000);
    expect(parseQuantity('1')).to.deep.equal({ ok: true, value: 1 });
    expect(parseQuantity(' 25 ')).to.deep.equal({ ok: true, value: 25 });
    expect(parseQuantity('007')).to.deep.equal({ ok: true, value: 7 });
    expect(parseQuantity('10000')).to.deep.equal({ ok: true, value: 10_000 });
  });

  it('refuses everything else, saying why', () => {
    const problem = (raw: string) => {
      const r = parseQuantity(raw);
      return r.ok ? 'ok' : r.problem;
    };
    expect(problem('')).to.equal('required');
    expect(problem('   ')).to.equal('required');
    for (const raw of ['-1', '2.5', '1e3', '1e9', 'abc', '12abc', '+5', '0x10', '1,000', '1 000', '๓', '५', 'Infinity', 'NaN']) {
      expect(problem(raw), raw).to.equal('not-whole');
    }
    for (const raw of ['0', '000', '10001', '99999999999999999999999']) expect(problem(raw), raw).to.equal('out-of-range');
    // Arabic-Indic, Eastern Arabic and full-width digits read as 0–9, as in the block form.
    expect(parseQuantity('٣')).to.deep.equal({ ok: true, value: 3 });
    expect(parseQuantity('۱۲')).to.deep.equal({ ok: true, value: 12 });
    expect(parseQuantity('１２')).to.deep.equal({ ok: true, value: 12 });
    expect(parseQuantity('٠')).to.deep.equal({ ok: false, problem: 'out-of-range' });
  });

  it('never removes more than the plan has nor below the users in use', () => {
    expect(removalProblem(13, { quantity: 12, inUse: 9 })).to.equal('more-than-plan');
    expect(removalProblem(4, { quantity: 12, inUse: 9 })).to.equal('below-in-use');
    expect(removalProblem(3, { quantity: 12, inUse: 9 })).to.equal(undefined);
    expect(removalProblem(12, { quantity: 12 })).to.equal(undefined);
  });
});

describe('<service-plan-panel>', () => {
  describe('the plan', () => {
    it('shows name, users, DIDs, other lines, monthly total and credit, exactly', async () => {
      const el = await mount(withPlan(fixedPlan()));
      expect($(el, '[part~="name"]')!.textContent).to.equal('Business Pro');
      expect($(el, '[part~="credit"]')!.textContent).to.equal('$500.00');
      expect(shownCells(el, 'tbody tr')).to.deep.equal([
        ['Users', '7 (5 in use)', '$19.99', '$139.93'],
        ['DIDs (phone numbers)', '4', '$2.50', '$10.00'],
        ['E911 service', '4', '$1.25', '$5.00'],
      ]);
      expect(shownCells(el, 'thead tr')).to.deep.equal([['Item', 'Quantity', 'Cost each', 'Monthly charge']]);
      expect($(el, '[part~="total"]')!.textContent).to.equal('$154.93');
      await expect(el).to.be.accessible();
    });

    it('on a phone, shows the price of one beside the count, and every amount whole without scrolling sideways', async () => {
      const m = (amount: string) => usd(amount);
      const plan = fixedPlan({
        users: { quantity: 40, inUse: 37, unitPrice: m('29.00'), total: m('1160.00') },
        dids: { quantity: 10, unitPrice: m('2.50'), total: m('25.00') },
        otherLines: [{ label: 'Fax to email', quantity: 1, unitPrice: m('3.50'), total: m('3.50') }],
        monthlyTotal: m('1188.50'),
      });
      // What the demo host page gives a section on a 360 px phone (the most common Android width),
      // 289 px, and on a 375 px one, 304 px; in a portal's system font, wider than the test page's
      // default serif. Spanish and Arabic write "US$" after each amount: they need about 300 px.
      // Narrower still, the table scrolls sideways rather than cut an amount.
      for (const [width, locale] of [
        [289, 'en-US'],
        [289, 'de-DE'],
        [304, 'es-ES'],
        [304, 'ar'],
      ] as const) {
        const el = await fixture<ServicePlanPanel>(
          html`<service-plan-panel style="display:block; font: 16px system-ui, sans-serif; inline-size:${width}px" .provider=${withPlan(plan)} locale=${locale}></service-plan-panel>`,
        );
        await waitFor(el, '[part~="table"]');
        const where = `${width} px ${locale}`;
        // Measured in the locale's own words, once its strings have loaded.
        if (locale !== 'en-US') await until(() => shownCells(el, 'thead tr')[0]![0] !== 'Item', `${where}: no translation`);
        const table = $<HTMLElement>(el, '[part~="table"]')!;
        expect(table.scrollWidth, `${where}: the table scrolls sideways`).to.be.at.most(table.clientWidth);
        const rows = shownCells(el, 'tbody tr');
        expect(
          rows.map((r) => r.length),
          where,
        ).to.deep.equal([3, 3, 3]);
        if (locale === 'en-US') {
          expect(rows).to.deep.equal([
            ['Users', '40 × $29.00 (37 in use)', '$1,160.00'],
            ['DIDs (phone numbers)', '10 × $2.50', '$25.00'],
            ['Fax to email', '1 × $3.50', '$3.50'],
          ]);
          expect(shownCells(el, 'thead tr')).to.deep.equal([['Item', 'Quantity', 'Monthly charge']]);
        }
        // The total stays under the monthly charges.
        const charge = table.querySelector('tbody tr td:last-child')!.getBoundingClientRect();
        const total = $(el, '[part~="total"]')!.getBoundingClientRect();
        expect(total.left, where).to.be.closeTo(charge.left, 1);
        await expect(el).to.be.accessible();
      }
    });

    it("shows the demo provider's plan", async () => {
      const provider = demo();
      const plan = await provider.getServicePlan();
      const el = await mount(provider);
      expect(textOf(el)).to.include(plan.name);
      expect(shownCells(el, 'tbody tr')[0]![1]).to.equal('12 (9 in use)');
      expect($(el, '[part~="credit"]')!.textContent).to.equal('$365.85');
      for (const line of plan.otherLines ?? []) expect(textOf(el)).to.include(line.label);
    });

    it('formats in the element locale and the amount currency', async () => {
      const el = await mount(withPlan(fixedPlan({}, '19.99', 'EUR')), 'de-DE');
      expect($(el, '[part~="credit"]')!.textContent!.replace(/\s/g, ' ')).to.equal('500,00 €');
      expect($(el, '[part~="total"]')!.textContent!.replace(/\s/g, ' ')).to.equal('154,93 €');
      expect(textOf(el)).to.include('139,93 €');
      expect(textOf(el)).to.include('10.000'); // the maximum in the hint, grouped the German way
      await expect(el).to.be.accessible();
    });

    it('shows every decimal an amount has, and shows a zero-decimal currency without any', async () => {
      const el = await mount(
        withPlan(
          fixedPlan({
            users: { quantity: 2, unitPrice: { amount: '1500', currency: 'JPY' }, total: { amount: '3000', currency: 'JPY' } },
            otherLines: [
              {
                label: 'Per-minute bundle',
                quantity: 3,
                unitPrice: { amount: '0.0125', currency: 'JPY' },
                total: { amount: '0.0375', currency: 'JPY' },
              },
            ],
            credit: { amount: '120000', currency: 'JPY' },
          }),
        ),
        'ja-JP',
      );
      expect(textOf(el)).to.include('￥0.0125');
      expect(textOf(el)).to.include('￥0.0375');
      expect($(el, '[part~="credit"]')!.textContent).to.equal('￥120,000');
    });

    it('renders server strings as text, never as HTML', async () => {
      const el = await mount(
        withPlan(
          fixedPlan({
            name: '<img src=x onerror="window.__pwned=1">',
            otherLines: [{ label: '<b>Fax</b>', quantity: 1, unitPrice: usd('1.00'), total: usd('1.00') }],
          }),
        ),
      );
      expect(textOf(el)).to.include('<img src=x');
      expect(textOf(el)).to.include('<b>Fax</b>');
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows loading with aria-busy, then the plan', async () => {
      const el = await fixture<ServicePlanPanel>(html`<service-plan-panel .provider=${demo({ latency: 200 })}></service-plan-panel>`);
      expect($(el, '[part="loading"]')).to.exist;
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await waitFor(el, '[part~="table"]');
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('says clearly when there is no provider', async () => {
      const el = await fixture<ServicePlanPanel>(html`<service-plan-panel></service-plan-panel>`);
      expect(textOf(el)).to.include('No data provider configured.');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the provider message, fires provider-error, and Retry works', async () => {
      const provider = demo({ failures: { getServicePlan: { code: 'unavailable', message: 'Billing is down', times: 1 } } });
      const el = document.createElement('service-plan-panel');
      const failed = oneEvent(el, 'provider-error');
      el.provider = provider;
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.operation).to.equal('getServicePlan');
      expect(detail.error.code).to.equal('unavailable');
      await waitForText(el, 'Billing is down');
      expect($(el, '[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
      button(el, 'Retry')!.click();
      await waitFor(el, '[part~="table"]');
      expect(textOf(el)).not.to.include('Billing is down');
      el.remove();
    });

    it('aborts the load when removed from the page', async () => {
      const spy = spyOn(demo({ latency: Infinity }));
      const el = await fixture<ServicePlanPanel>(html`<service-plan-panel .provider=${spy.provider}></service-plan-panel>`);
      await until(() => spy.count('getServicePlan') === 1);
      const { signal } = spy.argsOf('getServicePlan')[0]![0] as { signal: AbortSignal };
      el.remove();
      expect(signal.aborted).to.equal(true);
    });

    it('takes overridden strings', async () => {
      const el = await fixture<ServicePlanPanel>(
        html`<service-plan-panel .provider=${demo()} .strings=${{ title: 'Tarif', usersToBuy: 'Benutzer kaufen', buy: 'Kaufen' }}></service-plan-panel>`,
      );
      await waitFor(el, '[part~="table"]');
      expect($(el, 'h2')!.textContent).to.equal('Tarif');
      expect($(el, 'label[for="buy-count"]')!.textContent).to.equal('Benutzer kaufen');
      expect(button(el, 'Kaufen')).to.exist;
    });
  });

  describe('buy users', () => {
    it('computes count × cost per user exactly without a quote: 3 × 0.10 is 0.30, 7 × 19.99 is 139.93', async () => {
      const spy = spyOn(withPlan(fixedPlan({}, '0.10'), { features: { quoteAddUsers: false } }));
      const el = await mount(spy.provider);
      await typeBuy(el, '3');
      expect(quoteText(el)).to.equal('Cost $0.30 (3 × $0.10) Credit after purchase $499.70');
      expect(quoteText(el)).not.to.include('0.3000');

      const el2 = await mount(withPlan(fixedPlan(), { features: { quoteAddUsers: false } }));
      await typeBuy(el2, '7');
      expect(quoteText(el2)).to.equal('Cost $139.93 (7 × $19.99) Credit after purchase $360.07');
      expect(spy.count('addUsers')).to.equal(0);
      await expect(el2).to.be.accessible();
    });

    it('lets a purchase use the credit to the last cent (no float drift), and not a cent more', async () => {
      const spy = spyOn(withPlan(fixedPlan({ credit: usd('0.30') }, '0.10'), { features: { quoteAddUsers: false } }));
      const el = await mount(spy.provider);
      await typeBuy(el, '3');
      expect(quoteText(el)).to.equal('Cost $0.30 (3 × $0.10) Credit after purchase $0.00');
      await typeBuy(el, '4');
      expect(quoteText(el)).to.include('Not enough credit');
      await typeBuy(el, '3');
      buyButton(el).click();
      await waitFor(el, 'dialog[open]');
      expect($(el, 'dialog')!.textContent).to.include('Buy 3 users for $0.30?');
      cancelDialog(el);
      expect(spy.count('addUsers')).to.equal(0);
    });

    it("shows the provider's quote and the credit after it", async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await typeBuy(el, '3');
      expect(quoteText(el)).to.include('Calculating…');
      await until(() => quoteText(el).startsWith('Cost'), 'no quote');
      // The demo prorates: 3 × $19.99 × 4 days left of 30 = $7.996 → $8.00; $365.85 − $8.00 = $357.85.
      expect(quoteText(el)).to.equal('Cost $8.00 Credit after purchase $357.85');
      expect(spy.argsOf('quoteAddUsers').map((a) => a[0])).to.deep.equal([3]);
      await expect(el).to.be.accessible();
    });

    it('shows a quote with a monthly part as a monthly increase and a charge now, without inventing the credit after it', async () => {
      const provider = withPlan(fixedPlan());
      provider.quoteAddUsers = async (n: number) => ({ charge: usd('0.00'), monthlyIncrease: usd((19.99 * n).toFixed(2)) });
      const el = await mount(provider);
      await typeBuy(el, '3');
      await until(() => quoteText(el).startsWith('Cost'), 'no quote');
      expect(quoteText(el)).to.equal('Cost a monthly increase of $59.97 and a charge now of $0.00');
      buyButton(el).click();
      await waitFor(el, 'dialog[open]');
      expect($(el, 'dialog')!.textContent).to.include('Buy 3 users for a monthly increase of $59.97 and a charge now of $0.00?');
      cancelDialog(el);

      const german = await mount(provider, 'de-DE');
      await typeBuy(german, '1');
      await until(() => quoteText(german).startsWith('Kosten'), 'no quote');
      expect(quoteText(german)).to.equal('Kosten eine monatliche Erhöhung um 19,99 $ und eine sofortige Belastung von 0,00 $');
    });

    it('takes a quote without a credit after it as billed otherwise: no credit after, no refusal for the credit, no "taken from your credit"', async () => {
      // As Kazoo quotes: adding users does not take from the credit, which is $0.00 here.
      for (const monthly of [false, true]) {
        const spy = spyOn(withPlan(fixedPlan({ credit: usd('0.00') })));
        spy.provider.quoteAddUsers = async (n: number) => ({
          charge: usd((4.99 * n).toFixed(2)),
          ...(monthly ? { monthlyIncrease: usd((19.99 * n).toFixed(2)) } : {}),
        });
        const el = await mount(spy.provider);
        await typeBuy(el, '2');
        await until(() => quoteText(el).startsWith('Cost'), 'no quote');
        expect(quoteText(el)).to.equal(monthly ? 'Cost a monthly increase of $39.98 and a charge now of $9.98' : 'Cost $9.98');
        buyButton(el).click();
        const d = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
        expect(d.textContent!.replace(/\s+/g, ' ')).to.include(
          monthly ? 'Buy 2 users for a monthly increase of $39.98 and a charge now of $9.98?' : 'Buy 2 users for $9.98?',
        );
        expect(d.textContent).not.to.include('credit');
        confirmDialog(el);
        await until(() => spy.count('addUsers') === 1, 'not bought');
      }
    });

    it('debounces the quote while the count changes', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      for (const value of ['1', '12', '120', '12']) await typeBuy(el, value);
      await until(() => quoteText(el).startsWith('Cost'), 'no quote');
      expect(spy.argsOf('quoteAddUsers').map((a) => a[0])).to.deep.equal([12]);
    });

    it('aborts the previous quote when the count changes and never shows a stale one', async () => {
      const provider = demo();
      const forThree = await provider.quoteAddUsers!(3);
      const quotes = gate(provider, 'quoteAddUsers');
      const el = await mount(provider);
      await typeBuy(el, '2');
      await until(() => quotes.pending.length === 1, 'quote for 2 not asked');
      await typeBuy(el, '3');
      expect(quotes.pending[0]!.signal!.aborted).to.equal(true);
      expect(quoteText(el)).to.equal('Calculating…');
      await until(() => quotes.pending.length === 2, 'quote for 3 not asked');
      expect(quotes.pending[1]!.args[0]).to.equal(3);
      await quotes.pass(0); // the stale answer arrives late: ignored
      await quotes.pass(1);
      await until(() => quoteText(el).startsWith('Cost'));
      expect(quoteText(el)).to.include('$8.00');
      expect(forThree.charge.amount).to.equal('8.00');
    });

    it('says "Calculating…" while the quote is pending, accessibly', async () => {
      const provider = demo();
      gate(provider, 'quoteAddUsers');
      const el = await mount(provider);
      await typeBuy(el, '5');
      await new Promise((r) => setTimeout(r, 400));
      expect(quoteText(el)).to.equal('Calculating…');
      expect($(el, '[part~="quote"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows a failed quote as an error, and Buy asks again', async () => {
      const provider = demo();
      provider.failNext('quoteAddUsers', { code: 'unavailable', message: 'Pricing is down' });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      const errors = counter(el, 'provider-error');
      await typeBuy(el, '2');
      await until(() => quoteText(el).includes('Pricing is down'), 'no quote error');
      expect(quoteText(el)).to.include('The price could not be calculated.');
      expect(errors.map((e) => e.detail.operation)).to.deep.equal(['quoteAddUsers']);
      buyButton(el).click();
      await waitFor(el, 'dialog[open]');
      expect(spy.count('quoteAddUsers')).to.equal(2);
      expect(dialog(el)!.textContent).to.include('$5.33'); // 2 × 19.99 × 4 / 30
      cancelDialog(el);
      expect(spy.count('addUsers')).to.equal(0);
    });

    it('refuses to buy when the quote keeps failing', async () => {
      const provider = demo();
      provider.failNext('quoteAddUsers', { code: 'network', message: 'Offline', times: 2 });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await typeBuy(el, '2');
      await until(() => quoteText(el).includes('Offline'), 'no quote error');
      buyButton(el).click();
      await until(() => formError(el));
      expect(formError(el)).to.equal('The price could not be calculated. Offline');
      expect($(el, '[part~="form-error"]')!.getAttribute('role')).to.equal('alert');
      expect(dialog(el)).to.equal(null);
      expect(spy.count('addUsers')).to.equal(0);
    });

    it('refuses to price (or buy) from a malformed cost per user, and still shows the plan', async () => {
      const plan = fixedPlan();
      plan.users.unitPrice = { amount: '1.2e1', currency: 'USD' };
      const spy = spyOn(withPlan(plan, { features: { quoteAddUsers: false } }));
      const el = await mount(spy.provider);
      expect(textOf(el)).to.include('1.2e1 USD');
      await typeBuy(el, '2');
      expect(quoteText(el)).to.include('The price could not be calculated.');
      buyButton(el).click();
      await until(() => formError(el));
      expect(formError(el)).to.match(/^The price could not be calculated\./);
      expect(dialog(el)).to.equal(null);
      expect(spy.count('addUsers')).to.equal(0);
    });

    it('says when the credit is not enough and does not call the provider', async () => {
      const spy = spyOn(demo({ credit: '10.00' }));
      const el = await mount(spy.provider);
      const before = planText(el);
      await typeBuy(el, '50');
      await until(() => quoteText(el).includes('Not enough credit'), 'no warning');
      // 50 × 19.99 × 4 / 30 = 133.2666… → $133.27
      expect(quoteText(el)).to.equal(
        'Cost $133.27 Credit after purchase -$123.27 Not enough credit: this costs $133.27 and the available credit is $10.00.',
      );
      buyButton(el).click();
      await until(() => formError(el));
      expect(formError(el)).to.equal('Not enough credit. This costs $133.27 and the available credit is $10.00.');
      // Said once: the alert takes the quote's warning's place, the cost stays.
      expect(quoteText(el)).to.equal('Cost $133.27 Credit after purchase -$123.27');
      expect(el.shadowRoot!.textContent!.match(/Not enough credit/g)).to.have.length(1);
      expect(dialog(el)).to.equal(null);
      expect(spy.count('addUsers')).to.equal(0);
      expect(planText(el)).to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('confirms with count and cost, buys once, shows the new plan and fires users-added', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await typeBuy(el, '3');
      await until(() => quoteText(el).startsWith('Cost'), 'no quote');
      buyButton(el).click();
      const d = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
      expect(d.getAttribute('role')).to.equal('alertdialog');
      expect(d.textContent!.replace(/\s+/g, ' ')).to.include('Buy 3 users for $8.00?');
      expect($(el, 'dialog [data-confirm]')!.textContent!.trim()).to.equal('Buy');
      await expect(el).to.be.accessible();
      const added = oneEvent(el, 'users-added');
      confirmDialog(el);
      const event = await added;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.count).to.equal(3);
      expect(event.detail.cost).to.deep.equal(usd('8.00'));
      expect(event.detail.plan.users.quantity).to.equal(15);
      expect(spy.count('addUsers')).to.equal(1);
      const [count, options] = spy.argsOf('addUsers')[0]! as [number, RequestOptions];
      expect(count).to.equal(3);
      expect(options.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      await el.updateComplete;
      expect(shownCells(el, 'tbody tr')[0]![1]).to.equal('15 (9 in use)');
      expect($(el, '[part~="credit"]')!.textContent).to.equal('$357.85');
      expect(buyInput(el).value).to.equal('');
      expect($(el, '[part~="success"]')!.textContent).to.equal('Bought 3 users for $8.00. Users on the plan: 15.');
      expect($(el, '[part~="success"]')!.getAttribute('role')).to.equal('status');
      expect(quoteText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('Cancel buys nothing and leaves the plan as it was', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      const before = planText(el);
      await openBuyDialog(el, '2');
      cancelDialog(el);
      await el.updateComplete;
      expect(dialog(el)).to.equal(null);
      expect(spy.count('addUsers')).to.equal(0);
      expect(planText(el)).to.equal(before);
      expect(buyInput(el).value).to.equal('2');
    });

    it('is keyboard operable: Enter opens the dialog on Cancel, Escape cancels and focus returns to Buy', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      buyInput(el).focus();
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(buyButton(el));
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'dialog[open]');
      await until(() => active(el)?.hasAttribute('data-cancel'), 'focus not on Cancel');
      await sendKeys({ press: 'Escape' });
      await until(() => dialog(el) === null, 'dialog still open');
      expect(active(el)).to.equal(buyButton(el));
      expect(spy.count('addUsers')).to.equal(0);
      // And all the way through with keys: Enter in the field submits, Tab to the confirm button, Enter buys.
      buyInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'dialog[open]');
      await until(() => active(el)?.hasAttribute('data-cancel'));
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.hasAttribute('data-confirm')).to.equal(true);
      const added = oneEvent(el, 'users-added');
      await sendKeys({ press: 'Enter' });
      await added;
      expect(spy.count('addUsers')).to.equal(1);
    });

    it('buys exactly once through a burst of clicks, submits and held-down Enter', async () => {
      const provider = demo();
      // The price stays in flight through the whole burst (a fixed latency did not: on a loaded
      // machine the keys below outlasted it, the dialog opened and a held-down Enter answered it).
      const quote = hold(provider, 'quoteAddUsers');
      const spy = spyOn(provider);
      const calls = gate(provider, 'addUsers');
      const el = await mount(spy.provider);
      const added = counter(el, 'users-added');
      await typeBuy(el, '2');
      const buy = buyButton(el);
      const form = buy.closest('form')!;
      buy.click();
      buy.click();
      buy.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      form.requestSubmit();
      form.requestSubmit(buy);
      await el.updateComplete;
      expect(buy.getAttribute('aria-disabled')).to.equal('true');
      expect(buyInput(el).readOnly).to.equal(true);
      buy.focus();
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      buyInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await quote.open();
      await waitFor(el, 'dialog[open]');
      // A double click on Buy in the dialog.
      const confirm = $<HTMLButtonElement>(el, 'dialog [data-confirm]')!;
      confirm.click();
      confirm.click();
      await until(() => calls.pending.length === 1, 'addUsers not called');
      await el.updateComplete;
      expect(buyButton(el).textContent!.trim()).to.equal('Buying…');
      expect(buyButton(el).getAttribute('aria-disabled')).to.equal('true');
      // More clicks and keys while the purchase is in flight: not even a second question.
      buyButton(el).click();
      form.requestSubmit();
      await new Promise((r) => setTimeout(r, 100));
      expect(dialog(el)).to.equal(null);
      buyButton(el).focus();
      await sendKeys({ press: 'Enter' });
      removeButton(el).click();
      await new Promise((r) => setTimeout(r, 700));
      expect(spy.count('addUsers')).to.equal(1);
      expect(dialog(el)).to.equal(null);
      await calls.pass(0);
      await until(() => added.length === 1, 'users-added not fired');
      await el.updateComplete;
      expect(buyButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(buyInput(el).readOnly).to.equal(false);
      // The field was cleared: one more click asks for a number, it does not buy again.
      buyButton(el).click();
      await until(() => fieldError(el, 'buy'));
      expect(spy.count('addUsers')).to.equal(1);
      expect(spy.count('removeUsers')).to.equal(0);
      expect(added).to.have.length(1);
      expect(added[0]!.detail.count).to.equal(2);
    });

    const refusals: Array<[ProviderErrorCode, string, string]> = [
      ['insufficient-credit', 'The balance does not cover this purchase.', 'Not enough credit. The balance does not cover this purchase.'],
      ['conflict', 'The plan changed meanwhile.', 'No users were bought. The plan changed meanwhile.'],
    ];
    for (const [code, message, shown] of refusals) {
      it(`leaves the plan as it was when the provider answers ${code}`, async () => {
        const provider = demo();
        provider.failNext('addUsers', { code, message });
        const spy = spyOn(provider);
        const el = await mount(spy.provider);
        const before = planText(el);
        const added = counter(el, 'users-added');
        const errors = counter(el, 'provider-error');
        await openBuyDialog(el, '2');
        confirmDialog(el);
        await until(() => formError(el), 'no message');
        expect(formError(el)).to.equal(shown);
        expect($(el, '[part~="form-error"]')!.getAttribute('role')).to.equal('alert');
        expect(planText(el)).to.equal(before);
        expect(buyInput(el).value).to.equal('2');
        expect(added).to.have.length(0);
        expect(errors.map((e) => [e.detail.operation, e.detail.error.code])).to.deep.equal([['addUsers', code]]);
        expect((await provider.getServicePlan()).users.quantity).to.equal(12);
        expect(spy.count('addUsers')).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }

    // A lost answer (#16) is never said as a failure: "couldn't confirm — checking…", then
    // settled from the plan read again. Here nothing was bought, so it says so, with the plan's count.
    const lostAnswers: Array<[ProviderErrorCode, string]> = [
      ['network', 'Failed to fetch'],
      ['unavailable', 'Billing is down'],
    ];
    for (const [code, message] of lostAnswers) {
      it(`settles a lost answer (${code}) from the plan read again: unchanged, so not confirmed (not "not bought")`, async () => {
        const provider = demo();
        provider.failNext('addUsers', { code, message });
        const el = await mount(provider);
        const before = planText(el);
        const users = (await provider.getServicePlan()).users.quantity;
        const added = counter(el, 'users-added');
        const errors = counter(el, 'provider-error');
        await openBuyDialog(el, '2');
        confirmDialog(el);
        await until(() => formError(el), 'no message');
        expect(formError(el)).to.equal(
          `The purchase was not confirmed. ${message} The plan still shows ${users} users. To try again, buy 2 users again: the same purchase is sent, not a new one.`,
        );
        expect(planText(el)).to.equal(before);
        expect(buyInput(el).value).to.equal('2');
        expect(added).to.have.length(0);
        expect(errors, 'an unknown outcome is not reported as a failed change').to.have.length(0);
      });
    }

    it("puts the provider's validation message on the field and leaves the plan as it was", async () => {
      const provider = demo();
      provider.failNext('addUsers', { code: 'validation', message: 'At most 5 users per order.', field: 'count' });
      const el = await mount(provider);
      const before = planText(el);
      await openBuyDialog(el, '8');
      confirmDialog(el);
      await until(() => fieldError(el, 'buy'), 'no field error');
      expect(fieldError(el, 'buy')).to.equal('At most 5 users per order.');
      expect(buyInput(el).getAttribute('aria-invalid')).to.equal('true');
      await until(() => active(el) === buyInput(el));
      expect(planText(el)).to.equal(before);
    });

    it('a real insufficient-credit refusal from the provider leaves the plan as it was', async () => {
      // The shown credit is stale: the provider has less than it says.
      const provider = demo({ credit: '5.00' });
      provider.getServicePlan = async () => ({ ...(await createDemoProvider({ seed: 8, now: NOW }).getServicePlan()) });
      provider.quoteAddUsers = async () => ({ charge: usd('8.00') });
      const el = await mount(provider);
      const before = planText(el);
      await openBuyDialog(el, '3');
      confirmDialog(el);
      await until(() => formError(el), 'no message');
      expect(formError(el)).to.match(/^Not enough credit\. Adding 3 users costs/);
      expect(planText(el)).to.equal(before);
    });

    it('reuses the idempotency key when the user retries a purchase whose outcome is unknown', async () => {
      const provider = demo();
      provider.failNext('addUsers', { code: 'network', message: 'Failed to fetch' });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await openBuyDialog(el, '2');
      confirmDialog(el);
      await until(() => formError(el), 'no message');
      await openBuyDialog(el, '2');
      const added = oneEvent(el, 'users-added');
      confirmDialog(el);
      await added;
      await openBuyDialog(el, '2');
      confirmDialog(el);
      await until(() => spy.count('addUsers') === 3);
      const keys = spy.argsOf('addUsers').map((a) => (a[1] as RequestOptions).idempotencyKey);
      expect(keys[0]).to.equal(keys[1]);
      expect(keys[2]).not.to.equal(keys[1]);
    });

    const badInputs: Array<[string, string]> = [
      ['', 'Enter a number of users.'],
      ['   ', 'Enter a number of users.'],
      ['0', 'Enter a number from 1 to 10,000.'],
      ['-1', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['2.5', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['1e3', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['1e9', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['abc', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['12 users', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['<script>1</script>', 'Enter a whole number using the digits 0–9 only, such as 3.'],
      ['10001', 'Enter a number from 1 to 10,000.'],
      ['99999999999999999999', 'Enter a number from 1 to 10,000.'],
    ];
    for (const [raw, message] of badInputs) {
      it(`refuses ${JSON.stringify(raw)} in both fields without calling the provider`, async () => {
        const spy = spyOn(demo());
        const el = await mount(spy.provider);
        spy.reset();
        for (const [input, submit, action] of [
          [buyInput(el), buyButton(el), 'buy'],
          [removeInput(el), removeButton(el), 'remove'],
        ] as const) {
          type(input, raw);
          submit.click();
          await until(() => fieldError(el, action) === message, `${action}: ${fieldError(el, action)}`);
          expect(input.getAttribute('aria-invalid')).to.equal('true');
          expect(input.getAttribute('aria-describedby')).to.include(`${action}-count-error`);
          expect($(el, `#${action}-count-error`)!.getAttribute('role')).to.equal('alert');
          expect(active(el)).to.equal(input);
        }
        await new Promise((r) => setTimeout(r, 400)); // past the quote's debounce
        expect(spy.calls.map((c) => c.method)).to.deep.equal([]);
        expect(dialog(el)).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('says at once what typing can never fix, and clears it when fixed', async () => {
      const el = await mount(withPlan(fixedPlan(), { features: { quoteAddUsers: false } }));
      buyInput(el).focus();
      await sendKeys({ type: '1e' });
      await until(() => fieldError(el, 'buy'));
      expect(quoteText(el)).to.equal('');
      await sendKeys({ press: 'Backspace' });
      await until(() => fieldError(el, 'buy') === undefined);
      expect(buyInput(el).getAttribute('aria-invalid')).to.equal('false');
      expect(quoteText(el)).to.include('$19.99');
    });

    it('takes a count with spaces around it or leading zeros', async () => {
      const spy = spyOn(withPlan(fixedPlan(), { features: { quoteAddUsers: false } }));
      const el = await mount(spy.provider);
      await typeBuy(el, ' 007 ');
      expect(quoteText(el)).to.include('$139.93');
      buyButton(el).click();
      await waitFor(el, 'dialog[open]');
      confirmDialog(el);
      await until(() => spy.count('addUsers') === 1);
      expect(spy.argsOf('addUsers')[0]![0]).to.equal(7);
    });
  });

  describe('remove users', () => {
    it('confirms, removes, shows the new plan and fires users-removed', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      expect(textOf(el)).to.include('9 in use: you can remove up to 3.');
      type(removeInput(el), '3');
      removeButton(el).click();
      const d = await waitFor<HTMLDialogElement>(el, 'dialog[open]');
      expect(d.textContent!.replace(/\s+/g, ' ')).to.include('Remove 3 users? Users on the plan afterwards: 9.');
      const confirm = $<HTMLButtonElement>(el, 'dialog [data-confirm]')!;
      expect(confirm.textContent!.trim()).to.equal('Remove');
      expect(confirm.classList.contains('danger')).to.equal(true);
      await expect(el).to.be.accessible();
      const removed = oneEvent(el, 'users-removed');
      confirm.click();
      confirm.click();
      const event = await removed;
      expect(event.detail.count).to.equal(3);
      expect(event.detail.plan.users.quantity).to.equal(9);
      expect(spy.count('removeUsers')).to.equal(1);
      expect((spy.argsOf('removeUsers')[0]![1] as RequestOptions).idempotencyKey).to.be.a('string');
      await el.updateComplete;
      expect(shownCells(el, 'tbody tr')[0]![1]).to.equal('9 (9 in use)');
      expect(removeInput(el).value).to.equal('');
      expect($(el, '[part~="success"]')!.textContent).to.equal('Removed 3 users. Users on the plan: 9.');
    });

    it('never removes more than the plan has, nor below the users in use', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      spy.reset();
      type(removeInput(el), '13');
      await el.updateComplete;
      expect(fieldError(el, 'remove')).to.equal('Users on the plan: 12. You cannot remove more than that.');
      type(removeInput(el), '4');
      removeButton(el).click();
      await until(() => fieldError(el, 'remove') === 'In use: 9. You can remove at most 3.');
      expect(removeInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(dialog(el)).to.equal(null);
      expect(spy.calls).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('leaves the plan as it was when the provider refuses', async () => {
      const provider = demo();
      provider.failNext('removeUsers', { code: 'conflict', message: 'A user was assigned meanwhile.' });
      const el = await mount(provider);
      const before = planText(el);
      const removed = counter(el, 'users-removed');
      const errors = counter(el, 'provider-error');
      await openRemoveDialog(el, '2');
      confirmDialog(el);
      await until(() => formError(el), 'no message');
      expect(formError(el)).to.equal('No users were removed. A user was assigned meanwhile.');
      expect(planText(el)).to.equal(before);
      expect(removed).to.have.length(0);
      expect(errors.map((e) => e.detail.operation)).to.deep.equal(['removeUsers']);
    });

    it('a removal whose answer was lost: "not confirmed" while the plan is unchanged, the new count once it shows', async () => {
      // Unchanged: the request may still land, so not "No users were removed".
      const provider = demo();
      provider.failNext('removeUsers', { code: 'network', message: 'Failed to fetch' });
      const el = await mount(provider);
      const removed = counter(el, 'users-removed');
      await openRemoveDialog(el, '2');
      confirmDialog(el);
      await until(() => formError(el), 'no message');
      expect(formError(el)).to.equal(
        'The removal was not confirmed. Failed to fetch The plan still shows 12 users. To try again, remove 2 users again: the same removal is sent, not a new one.',
      );
      expect(removed).to.have.length(0);
      // The server removed them, but the answer was lost: the plan read again says what happened.
      const server = demo();
      const removeUsers = server.removeUsers.bind(server);
      server.removeUsers = async (count, options) => {
        await removeUsers(count, options);
        throw new ProviderError('network', 'Failed to fetch');
      };
      const other = await mount(server);
      const otherRemoved = counter(other, 'users-removed');
      await openRemoveDialog(other, '2');
      confirmDialog(other);
      await until(() => $(other, '[part~="success"]')?.textContent === 'The plan now shows 10 users, 2 fewer than before your removal.');
      expect(otherRemoved.map((e) => e.detail.count)).to.deep.equal([2]);
      expect(formError(other)).to.equal(undefined);
    });

    it('Escape cancels the removal and focus returns to Remove', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      type(removeInput(el), '1');
      removeButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'dialog[open]');
      await sendKeys({ press: 'Escape' });
      await until(() => dialog(el) === null);
      expect(active(el)).to.equal(removeButton(el));
      expect(spy.count('removeUsers')).to.equal(0);
    });
  });

  describe('lifecycle', () => {
    it('aborts a pending quote when removed from the page, but not a confirmed purchase', async () => {
      const provider = demo();
      const quotes = gate(provider, 'quoteAddUsers');
      const el = await mount(provider);
      await typeBuy(el, '2');
      await until(() => quotes.pending.length === 1, 'quote not asked');
      el.remove();
      expect(quotes.pending[0]!.signal!.aborted).to.equal(true);

      const provider2 = demo();
      const purchases = gate(provider2, 'addUsers');
      const el2 = await mount(provider2);
      await openBuyDialog(el2, '2');
      confirmDialog(el2);
      await until(() => purchases.pending.length === 1);
      const added = counter(el2, 'users-added');
      el2.remove();
      // The user confirmed it: it outlives the panel (the next panel on the provider announces it).
      expect(purchases.pending[0]!.signal).to.equal(undefined);
      await new Promise((r) => setTimeout(r, 50));
      expect(added).to.have.length(0);
    });

    it('does not leave an unhandled rejection when a debounced quote is dropped', async () => {
      const unhandled = deferred<unknown>();
      const onUnhandled = (e: PromiseRejectionEvent) => unhandled.resolve(e.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        const provider = demo({ latency: { quoteAddUsers: 100 } });
        const el = await mount(provider);
        for (const v of ['1', '2', '3']) {
          await typeBuy(el, v);
          await new Promise((r) => setTimeout(r, 350));
        }
        el.remove();
        const result = await Promise.race([unhandled.promise, new Promise((r) => setTimeout(() => r('none'), 300))]);
        expect(result).to.equal('none');
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });

    it('recognises any error with a contract code, whatever its class', async () => {
      const provider = withPlan(fixedPlan(), { features: { quoteAddUsers: false } });
      provider.addUsers = async () => {
        throw Object.assign(new Error('Credit exhausted'), { code: 'insufficient-credit' });
      };
      const el = await mount(provider);
      await openBuyDialog(el, '1');
      confirmDialog(el);
      await until(() => formError(el));
      expect(formError(el)).to.equal('Not enough credit. Credit exhausted');
    });
  });
});
