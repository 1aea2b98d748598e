import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until, PATIENCE_MS } from '../support/patience.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/transaction-table/define.js';
import '../../src/elements/service-plan-panel/define.js';
import type { TransactionTable } from '../../src/elements/transaction-table/transaction-table.js';
import { localDateTime } from '../../src/core/format.js';
import { dayRangeToInstants, presetRange, today } from '../../src/core/dates.js';
import { formatDateTime, formatNumber } from '../../src/core/format.js';
import { addMoney, formatMoney, negateMoney, subtractMoney } from '../../src/core/money.js';
import type { DateRange, Money, Page, PageQuery, Transaction } from '../../src/core/provider.js';
import { parseCsv } from '../../src/shared-ui/csv.js';
import { createDemoProvider, type DemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { $, $$, afterRender, button, textOf, type, waitForText } from '../support/dom.js';
import { cellTexts, dataRows, headers, waitForRows } from '../support/tables.js';
import { captureDownloads } from '../support/downloads.js';
import { deferred, spyOn } from '../support/spy.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import { API_BASE, useApi, withSchemaCheck } from '../support/msw.js';
import { pinClock } from '../support/clock.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const ZONE = 'Europe/London';
const FROM = '2026-09-01';
const TO = '2026-11-27';
const DISPLAY = { locale: 'en-US', timeZone: ZONE };

type TxQuery = PageQuery & { range?: DateRange };

const demo = (options: DemoProviderOptions = {}) => createDemoProvider({ seed: 7, now: NOW, ...options });

async function mount(provider: unknown, o: { from?: string; to?: string; locale?: string } = {}) {
  return fixture<TransactionTable>(html`<transaction-table
    .provider=${provider}
    locale=${o.locale ?? 'en-US'}
    time-zone=${ZONE}
    from=${o.from ?? FROM}
    to=${o.to ?? TO}
  ></transaction-table>`);
}

const totalsText = (el: TransactionTable) => $$(el, '.total').map((t) => [...t.querySelectorAll('dd')].map((d) => d.textContent!.trim()));
const totalsStatus = (el: TransactionTable) => $(el, '[part~="totals-status"]')?.textContent?.trim() ?? '';
const queries = (spy: { argsOf(m: string): unknown[][] }) => spy.argsOf('listTransactions').map(([q]) => q as TxQuery);

async function waitForTotals(el: TransactionTable, timeout = 5000) {
  await until(() => $(el, '[part~="totals"]'), `no totals in: ${textOf(el).slice(0, 300)}`, Math.max(timeout, PATIENCE_MS));
}

/** Every transaction of a range, straight from the provider. */
async function allOf(provider: DemoProvider, from = FROM, to = TO): Promise<Transaction[]> {
  const out: Transaction[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Transaction> = await provider.listTransactions({ range: dayRangeToInstants(from, to, ZONE), cursor, limit: 500 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const signed = (tx: Transaction) => (tx.kind === 'debit' ? negateMoney(tx.amount) : tx.amount);
const sum = (items: readonly Money[]) => items.reduce((a, b) => addMoney(a, b), { amount: '0', currency: 'USD' });

/** A provider answering `listTransactions` with `items` (pages of `limit`), everything else from the demo. */
function withLedger(items: Transaction[], total: number | 'omit' = items.length) {
  const provider = demo();
  provider.listTransactions = async (q) => {
    const start = q.cursor ? Number(q.cursor) : 0;
    const end = Math.min(items.length, start + (q.limit ?? 50));
    return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null, ...(total === 'omit' ? {} : { total }) };
  };
  return provider;
}

const usd = (amount: string): Money => ({ amount, currency: 'USD' });
const LEDGER: Transaction[] = [
  {
    id: 't3',
    createdAt: '2026-11-20T10:00:00Z',
    kind: 'debit',
    amount: usd('12.00'),
    description: 'Monthly service plan',
    balanceAfter: usd('38.50'),
  },
  {
    id: 't2',
    createdAt: '2026-11-10T10:00:00Z',
    kind: 'credit',
    amount: usd('25.00'),
    description: 'Credit top-up',
    balanceAfter: usd('50.50'),
  },
  {
    id: 't1',
    createdAt: '2026-11-02T10:00:00Z',
    kind: 'debit',
    amount: usd('0.125'),
    description: 'International calls',
    balanceAfter: usd('25.50'),
  },
];

describe('<transaction-table>', () => {
  describe('states', () => {
    it('shows every credit and debit: date, description, the kind as a word, signed amount, balance', async () => {
      const el = await mount(withLedger(LEDGER));
      await waitForRows(el);
      expect(headers(el)).to.deep.equal(['Date and time', 'Description', 'Type', 'Amount', 'Balance after']);
      expect(dataRows(el).map(cellTexts)).to.deep.equal([
        [formatDateTime(LEDGER[0]!.createdAt, DISPLAY), 'Monthly service plan', 'Debit', '-$12.00', '$38.50'],
        [formatDateTime(LEDGER[1]!.createdAt, DISPLAY), 'Credit top-up', 'Credit', '+$25.00', '$50.50'],
        [formatDateTime(LEDGER[2]!.createdAt, DISPLAY), 'International calls', 'Debit', '-$0.125', '$25.50'],
      ]);
      // The word carries the meaning; colour only repeats it (and has a part to restyle).
      expect($$(el, '[part~="kind-debit"]').map((k) => k.textContent)).to.deep.equal(['Debit', 'Debit']);
      expect($$(el, '[part~="kind-credit"]').map((k) => k.textContent)).to.deep.equal(['Credit']);
      await expect(el).to.be.accessible();
    });

    it('shows the demo ledger with signs and balances that add up, and queries the range', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const items = await allOf(provider);
      const rows = dataRows(el).map(cellTexts);
      expect(rows.length).to.be.greaterThan(3);
      rows.forEach((cells, i) => {
        const tx = items[i]!;
        expect(cells).to.deep.equal([
          formatDateTime(tx.createdAt, DISPLAY),
          tx.description,
          tx.kind === 'credit' ? 'Credit' : 'Debit',
          formatMoney(signed(tx), 'en-US', { signDisplay: 'exceptZero' }),
          formatMoney(tx.balanceAfter!, 'en-US'),
        ]);
        expect(cells[3]!.startsWith(tx.kind === 'credit' ? '+' : '-')).to.equal(true);
      });
      // Newest first: each balance is the next older one plus this row's signed amount.
      for (let i = 0; i + 1 < items.length; i++) {
        expect(addMoney(items[i + 1]!.balanceAfter!, signed(items[i]!)).amount, items[i]!.id).to.equal(items[i]!.balanceAfter!.amount);
      }
      expect(queries(spy)[0]!.range).to.deep.equal(dayRangeToInstants(FROM, TO, ZONE));
      await expect(el).to.be.accessible();
    });

    it('leaves out Balance after when the provider gives no balances, and says "not known" for a missing one', async () => {
      const el = await mount(withLedger(LEDGER.map(({ balanceAfter: _, ...tx }) => tx)));
      await waitForRows(el);
      expect(headers(el)).to.deep.equal(['Date and time', 'Description', 'Type', 'Amount']);
      el.remove();
      const some = await mount(withLedger([LEDGER[0]!, { ...LEDGER[1]!, balanceAfter: undefined }]));
      await waitForRows(some);
      expect(cellTexts(dataRows(some)[1]!)[4]).to.equal('—Not known');
      expect(dataRows(some)[1]!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    });

    it('aborts the table and totals requests when removed, and leaves none after 50 mounts', async () => {
      const spy = spyOn(demo({ latency: { listTransactions: Infinity } }));
      let el: TransactionTable | undefined;
      for (let i = 0; i < 50; i++) {
        el = document.createElement('transaction-table');
        el.setAttribute('time-zone', ZONE);
        el.setAttribute('from', FROM);
        el.setAttribute('to', TO);
        el.provider = spy.provider;
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
      const signals = queries(spy).map((q) => q.signal!);
      // One request for the rows and one for the totals per mount.
      expect(signals.length).to.equal(100);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      document.body.append(el!);
      await until(() => spy.count('listTransactions') === 102, 'did not resume both');
      el!.remove();
    });

    it('takes overridden strings and its German translation', async () => {
      const el = await mount(withLedger(LEDGER), { locale: 'de-DE' });
      // The German table is a lazy chunk: on a loaded machine it can take more than the default second.
      await until(() => headers(el)[0] === 'Datum und Uhrzeit', headers(el).join());
      await waitForRows(el);
      expect(headers(el)).to.deep.equal(['Datum und Uhrzeit', 'Beschreibung', 'Art', 'Betrag', 'Saldo danach']);
      expect(cellTexts(dataRows(el)[1]!)[2]).to.equal('Gutschrift');
      expect(cellTexts(dataRows(el)[0]!)[2]).to.equal('Belastung');
      await waitForTotals(el);
      // A total in cents, the exact sum on hover.
      const total = [formatMoney(usd('-12.13'), 'de-DE', { signDisplay: 'exceptZero' }), '2 Transaktionen'];
      // The totals part shows while the sums are still being added up: wait for the finished line.
      await until(() => JSON.stringify(totalsText(el)[1]) === JSON.stringify(total), 'the totals line never finished');
      expect($$(el, '.total')[1]!.querySelector('dd')!.title).to.equal(formatMoney(usd('-12.125'), 'de-DE', { signDisplay: 'exceptZero' }));
      el.strings = { title: 'Kontobewegungen' };
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('Kontobewegungen');
    });

    it('chooses Arabic plural forms for the counts', async () => {
      const el = await mount(withLedger(LEDGER), { locale: 'ar' });
      await waitForTotals(el);
      await until(() => totalsText(el)[1]?.[1] === 'معاملتان' && totalsText(el)[0]?.[1] === 'معاملة واحدة', JSON.stringify(totalsText(el)));
      expect(totalsText(el)[0]![1]).to.equal('معاملة واحدة');
    });
  });

  describe('keyboard', () => {
    it('moves through the grid by row and cell with one tab stop', async () => {
      const el = await mount(demo());
      await waitForRows(el);
      expect($$(el, '[tabindex="0"]').filter((e) => e.closest('[role="grid"]')).length).to.equal(1);
      (dataRows(el)[0]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focused()?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '3');
      await sendKeys({ press: 'End' });
      await until(() => focused()?.getAttribute('data-col') === '4');
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => focused()?.getAttribute('data-col') === '3');
      expect(focused()!.textContent!.trim()).to.equal(cellTexts(focused()!.closest('[role="row"]')!)[3]);
    });
  });

  describe('totals', () => {
    it('sums every credit and debit of the range exactly, paging with the largest page', async () => {
      const provider = demo({ limits: { maxPageSize: 20 } });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForTotals(el);
      const items = await allOf(provider);
      expect(items.length).to.be.greaterThan(60);
      const credits = items.filter((t) => t.kind === 'credit');
      const debits = items.filter((t) => t.kind === 'debit');
      expect(credits.length).to.be.greaterThan(0);
      const c = sum(credits.map((t) => t.amount));
      const d = sum(debits.map((t) => t.amount));
      const fmt = (m: Money) => formatMoney(m, 'en-US', { signDisplay: 'exceptZero' });
      expect(totalsText(el)).to.deep.equal([
        [fmt(c), `${formatNumber(credits.length, 'en-US')} ${credits.length === 1 ? 'transaction' : 'transactions'}`],
        [fmt(negateMoney(d)), `${formatNumber(debits.length, 'en-US')} transactions`],
        [fmt(subtractMoney(c, d))],
      ]);
      // The net change is what the balance moved by over the range.
      expect(subtractMoney(c, d).amount).to.equal(
        subtractMoney(items[0]!.balanceAfter!, subtractMoney(items.at(-1)!.balanceAfter!, signed(items.at(-1)!))).amount,
      );
      // Rows in pages of 20 (the browse size is capped by maxPageSize), totals in pages of 20 too:
      // the totals read every page, the table only those it shows.
      expect(queries(spy).every((q) => q.limit === 20)).to.equal(true);
      expect(queries(spy).length).to.be.at.least(Math.ceil(items.length / 20) + 1);
      expect(totalsStatus(el)).to.equal('');
    });

    it('says it is calculating (busy) until every page is read', async () => {
      const provider = demo({ limits: { maxPageSize: 50 } });
      const el = await mount(provider);
      await waitForRows(el);
      provider.setLatency('listTransactions', 80);
      el.from = '2026-10-01';
      await waitForText(el, 'Calculating totals…');
      expect($(el, '.totals-line')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~="totals-status"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await until(() => totalsStatus(el) === '' && $(el, '[part~="totals"]'), 'never finished');
      expect($(el, '.totals-line')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('aborts the running sum when the range changes, and shows only the new totals', async () => {
      const provider = demo({ limits: { maxPageSize: 20 } });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      provider.setLatency('listTransactions', 30);
      el.from = '2026-09-15';
      await waitForText(el, 'Calculating totals…');
      const before = queries(spy).length;
      el.from = '2026-11-01';
      await until(() => totalsStatus(el) === '' && $(el, '[part~="totals"]'), 'never finished');
      const older = queries(spy)
        .slice(0, before)
        .filter((q) => q.range!.from === dayRangeToInstants('2026-09-15', TO, ZONE).from);
      expect(older.length).to.be.greaterThan(0);
      expect(older.at(-1)!.signal!.aborted).to.equal(true);
      const items = await allOf(provider, '2026-11-01', TO);
      const debits = items.filter((t) => t.kind === 'debit');
      expect(totalsText(el)[1]![0]).to.equal(
        formatMoney(negateMoney(sum(debits.map((t) => t.amount))), 'en-US', { signDisplay: 'exceptZero' }),
      );
    });

    it('sums a very long range only when asked', async () => {
      const many: Transaction[] = Array.from({ length: 10_500 }, (_, i) => ({
        id: `t${i}`,
        createdAt: new Date(Date.parse('2026-11-26T00:00:00Z') - i * 60_000).toISOString(),
        kind: i % 10 === 0 ? 'credit' : 'debit',
        amount: usd(i % 10 === 0 ? '10.00' : '0.01'),
        description: `Row ${i}`,
      }));
      const spy = spyOn(withLedger(many));
      const el = await mount(spy.provider);
      await waitForText(el, 'The totals need all 10,500 transactions of the period.');
      const paused = spy.count('listTransactions');
      // Every page asked so far has answered and rendered: no further page was asked for.
      await spy.settled('listTransactions');
      await afterRender(el);
      expect(spy.count('listTransactions')).to.equal(paused);
      await expect(el).to.be.accessible();
      button(el, 'Calculate totals')!.click();
      await waitForTotals(el, 10_000);
      expect(totalsText(el)).to.deep.equal([['+$10,500.00', '1,050 transactions'], ['-$94.50', '9,450 transactions'], ['+$10,405.50']]);
    });

    it('says why the totals failed, fires provider-error, and calculates again on request', async () => {
      const provider = demo({ limits: { maxPageSize: 20 } });
      const original = provider.listTransactions.bind(provider);
      // The third page: only the totals read that far (the table shows the first rows).
      const range = dayRangeToInstants(FROM, TO, ZONE);
      const second = await original({ range, limit: 20 });
      const third = (await original({ range, cursor: second.nextCursor, limit: 20 })).nextCursor;
      let failOnce = true;
      provider.listTransactions = async (q) => {
        if (q.cursor === third && failOnce) {
          failOnce = false;
          throw Object.assign(new Error('Ledger page lost'), { code: 'unavailable' });
        }
        return original(q);
      };
      const el = document.createElement('transaction-table');
      el.setAttribute('time-zone', ZONE);
      el.setAttribute('from', FROM);
      el.setAttribute('to', TO);
      const failed = oneEvent(el, 'provider-error');
      el.provider = provider;
      document.body.append(el);
      expect((await failed).detail.operation).to.equal('listTransactions');
      await waitForText(el, 'The totals could not be calculated: Ledger page lost');
      await waitForRows(el);
      button(el, 'Calculate totals')!.click();
      await waitForTotals(el);
      const items = await allOf(provider);
      expect(totalsText(el)[0]![1]).to.equal(
        `${items.filter((t) => t.kind === 'credit').length} transaction${items.filter((t) => t.kind === 'credit').length === 1 ? '' : 's'}`,
      );
      el.remove();
    });
  });

  describe('changes made elsewhere', () => {
    it('asks its rows and totals again when users are bought on the same provider, not when the purchase is refused', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForTotals(el);
      const debitsBefore = (await allOf(provider)).filter((tx) => tx.kind === 'debit').length;
      expect(totalsText(el)[1]![1]).to.equal(`${formatNumber(debitsBefore, 'en-US')} transactions`);
      const panel = await fixture<HTMLElement>(html`<service-plan-panel .provider=${provider}></service-plan-panel>`);
      const buy = async (count: string) => {
        await until(() => $<HTMLInputElement>(panel, '#buy-count'), 'no plan');
        type($<HTMLInputElement>(panel, '#buy-count')!, count);
        await until(() => ($(panel, '[part~="quote"]')?.textContent ?? '').includes('Credit after'), 'no quote');
        $<HTMLButtonElement>(panel, '[part~="buy-button"]')!.click();
        await until(() => $(panel, 'dialog[open]'), 'no dialog');
        $<HTMLButtonElement>(panel, 'dialog [data-confirm]')!.click();
      };
      // Refused: nothing in the ledger, nothing asked again.
      const spy = spyOn(provider);
      provider.failNext('addUsers', { code: 'conflict', message: 'The plan changed meanwhile.' });
      await buy('2');
      await until(() => ($(panel, '[part~="form-error"]')?.textContent ?? '').includes('meanwhile'), 'not refused');
      await afterRender(el);
      expect(spy.count('listTransactions')).to.equal(0);
      // Bought: the debit shows, counted in the totals.
      await buy('2');
      await until(() => textOf(el).includes('Added 2 users (prorated)'), `no new debit in: ${textOf(el).slice(0, 300)}`);
      await until(
        () => totalsText(el)[1]?.[1] === `${formatNumber(debitsBefore + 1, 'en-US')} transactions`,
        `totals not asked again: ${JSON.stringify(totalsText(el))}`,
      );
    });
  });

  describe('date range', () => {
    it('defaults to the last 90 days in the display time zone', async () => {
      const spy = spyOn(demo());
      const el = await fixture<TransactionTable>(html`<transaction-table .provider=${spy.provider} time-zone=${ZONE}></transaction-table>`);
      await until(() => spy.count('listTransactions') > 0);
      const days = presetRange('last-90-days', today(ZONE));
      expect(queries(spy)[0]!.range).to.deep.equal(dayRangeToInstants(days.from, days.to, ZONE));
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('last-90-days');
      expect($<HTMLInputElement>(el, '#range-from')!.value).to.equal(days.from);
    });

    const invalid: Array<[string, string, string, string]> = [
      ['reversed', '2026-11-20', '2026-11-10', 'From must be on or before To.'],
      ['malformed From', '2026-02-30', '2026-03-05', 'Enter a valid From date.'],
      ['too long', '2025-01-01', '2026-11-27', 'Choose at most 366 days.'],
    ];
    for (const [name, from, to, message] of invalid) {
      it(`a ${name} range shows an error and makes no query`, async () => {
        const spy = spyOn(demo());
        const el = await mount(spy.provider, { from, to });
        await waitForText(el, message);
        expect($$(el, 'input[aria-invalid="true"]').length).to.be.greaterThan(0);
        await afterRender(el);
        expect(spy.count('listTransactions')).to.equal(0);
        expect($(el, '[part="loading"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('a typed invalid range keeps the rows and makes no query; Enter on a valid one queries', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const shown = cellTexts(dataRows(el)[0]!)[0];
      spy.reset();
      type($<HTMLInputElement>(el, '#range-from')!, '2026-11-28');
      await waitForText(el, 'From must be on or before To.');
      await afterRender(el);
      expect(spy.count('listTransactions')).to.equal(0);
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(shown);
      const input = $<HTMLInputElement>(el, '#range-from')!;
      input.focus();
      input.value = '2026-11-10';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      // Enter applies at once: dispatched synchronously, so the typing pause's timer cannot have run first.
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      expect(el.from, 'Enter did not apply').to.equal('2026-11-10');
      await until(() => spy.count('listTransactions') > 0, 'no query after Enter');
      expect(queries(spy)[0]!.range).to.deep.equal(dayRangeToInstants('2026-11-10', TO, ZONE));
      expect(el.getAttribute('from')).to.equal('2026-11-10');
    });
  });

  describe('queries', () => {
    it("waits for the user's time zone before querying", async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await fixture<TransactionTable>(
        html`<transaction-table .provider=${spy.provider} from=${FROM} to=${TO}></transaction-table>`,
      );
      await waitForRows(el);
      const zone = (await provider.getCurrentUser()).timezone!;
      const methods = spy.calls.map((c) => c.method);
      expect(methods.indexOf('getCurrentUser')).to.be.below(methods.indexOf('listTransactions'));
      for (const q of queries(spy)) expect(q.range).to.deep.equal(dayRangeToInstants(FROM, TO, zone));
    });

    it(
      'works over HTTP (the msw mock API): rows, signs, balances and totals',
      withSchemaCheck(async () => {
        const backend = demo();
        useApi(backend);
        const el = await mount(new HttpProvider({ baseUrl: API_BASE }));
        await waitForRows(el);
        await waitForTotals(el);
        const items = await allOf(backend);
        const tx = items[0]!;
        expect(cellTexts(dataRows(el)[0]!).slice(2)).to.deep.equal([
          tx.kind === 'credit' ? 'Credit' : 'Debit',
          formatMoney(signed(tx), 'en-US', { signDisplay: 'exceptZero' }),
          formatMoney(tx.balanceAfter!, 'en-US'),
        ]);
        const credits = sum(items.filter((t) => t.kind === 'credit').map((t) => t.amount));
        expect(totalsText(el)[0]![0]).to.equal(formatMoney(credits, 'en-US', { signDisplay: 'exceptZero' }));
      }),
    );

    it('never shows a slow stale response over a newer one (rows nor totals)', async () => {
      const provider = demo();
      const original = provider.listTransactions.bind(provider);
      const staleFrom = dayRangeToInstants('2026-10-01', '2026-10-31', ZONE).from;
      const held: Array<() => void> = [];
      const late: Array<Promise<Page<Transaction>>> = [];
      // This provider ignores aborts on purpose: its stale answers arrive anyway.
      provider.listTransactions = (q) => {
        const answer = original({ ...q, signal: undefined });
        if (q.range?.from !== staleFrom) return answer;
        const stale = new Promise<Page<Transaction>>((resolve) => held.push(() => resolve(answer)));
        late.push(stale);
        return stale;
      };
      const el = await mount(provider);
      await waitForRows(el);
      el.from = '2026-10-01';
      el.to = '2026-10-31';
      await until(() => held.length === 2, 'rows and totals not both asked');
      el.from = '2026-08-01';
      el.to = '2026-08-31';
      const august = await allOf(provider, '2026-08-01', '2026-08-31');
      const expected = formatDateTime(august[0]!.createdAt, DISPLAY);
      await until(() => cellTexts(dataRows(el)[0]!)[0] === expected, 'the newer range never showed');
      await waitForTotals(el);
      const debits = formatMoney(negateMoney(sum(august.filter((t) => t.kind === 'debit').map((t) => t.amount))), 'en-US', {
        signDisplay: 'exceptZero',
      });
      expect(totalsText(el)[1]![0]).to.equal(debits);
      held.forEach((release) => release());
      await Promise.allSettled(late);
      await afterRender(el);
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(expected);
      expect(totalsText(el)[1]![0]).to.equal(debits);
    });

    it('keeps the previous rows visible (busy) while a new range loads', async () => {
      const provider = demo();
      const original = provider.listTransactions.bind(provider);
      const el = await mount(provider);
      await waitForRows(el);
      const before = cellTexts(dataRows(el)[0]!)[0];
      const gate = deferred<void>();
      provider.listTransactions = async (q) => {
        await gate.promise;
        return original(q);
      };
      el.from = '2026-10-01';
      el.to = '2026-10-31';
      await el.updateComplete;
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(before);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      gate.resolve();
      const october = await allOf(provider, '2026-10-01', '2026-10-31');
      await until(() => cellTexts(dataRows(el)[0]!)[0] === formatDateTime(october[0]!.createdAt, DISPLAY));
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('export', () => {
    it('exports every row of the range as CSV through the shared writer: signed amounts, kinds, balances', async () => {
      const provider = demo({ limits: { maxPageSize: 100 } });
      const el = await mount(provider);
      await waitForRows(el);
      const items = await allOf(provider);
      const downloads = captureDownloads();
      try {
        button(el, 'Export CSV')!.click();
        await until(() => downloads.files.length === 1, 'no download');
      } finally {
        downloads.restore();
      }
      const [file] = downloads.files;
      expect(file!.name).to.equal(`transactions_${FROM}_${TO}.csv`);
      const records = parseCsv(await file!.blob.text());
      expect(records[0]).to.deep.equal([
        'Date and time',
        'Time zone',
        'Description',
        'Type',
        'Amount',
        'Currency',
        'Balance after',
        'Transaction ID',
      ]);
      expect(records.length - 1).to.equal(items.length);
      const debit = items.findIndex((t) => t.kind === 'debit');
      const credit = items.findIndex((t) => t.kind === 'credit');
      for (const i of [debit, credit]) {
        const tx = items[i]!;
        expect(records[i + 1]).to.deep.equal([
          localDateTime(tx.createdAt, ZONE),
          ZONE,
          tx.description,
          tx.kind === 'debit' ? 'Debit' : 'Credit',
          signed(tx).amount,
          'USD',
          tx.balanceAfter!.amount,
          tx.id,
        ]);
      }
      expect(records[debit + 1]![4]!.startsWith('-')).to.equal(true);
      await waitForText(el, `Exported ${formatNumber(items.length, 'en-US')} transactions to transactions_${FROM}_${TO}.csv.`);
    });

    it('neutralises formula cells in what the provider returns', async () => {
      const el = await mount(
        withLedger([
          { ...LEDGER[0]!, description: '=HYPERLINK("http://evil")' },
          { ...LEDGER[1]!, description: '@SUM(A1)' },
        ]),
      );
      await waitForRows(el);
      const downloads = captureDownloads();
      try {
        button(el, 'Export CSV')!.click();
        await until(() => downloads.files.length === 1);
      } finally {
        downloads.restore();
      }
      const records = parseCsv(await downloads.files[0]!.blob.text());
      expect(records[1]![2]).to.equal('\'=HYPERLINK("http://evil")');
      expect(records[2]![2]).to.equal("'@SUM(A1)");
      expect(records[1]![4]).to.equal('-12.00');
    });
  });
});
