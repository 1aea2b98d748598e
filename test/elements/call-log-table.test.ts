import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/call-log-table/define.js';
import type { CallLogTable } from '../../src/elements/call-log-table/call-log-table.js';
import { localDateTime } from '../../src/core/format.js';
import { dayRangeToInstants, presetRange, today } from '../../src/core/dates.js';
import { formatDateTime, formatNumber } from '../../src/core/format.js';
import { formatMoney, formatMoneyTotal } from '../../src/core/money.js';
import type { CallPage, CallQuery, CallRecord } from '../../src/core/provider.js';
import { compactPhoneNumber, formatPhoneNumber } from '../../src/core/phone.js';
import { parseCsv } from '../../src/shared-ui/csv.js';
import { createDemoProvider, type DemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { $, $$, afterRender, button, textOf, type, waitForText } from '../support/dom.js';
import { cellTexts, dataRows, isDataRow, rowEls, waitForRows } from '../support/tables.js';
import { captureDownloads } from '../support/downloads.js';
import { deferred, hold, spyOn } from '../support/spy.js';
import { pinClock } from '../support/clock.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const ZONE = 'Europe/London';
const FROM = '2026-11-01';
const TO = '2026-11-27';
const DISPLAY = { locale: 'en-US', timeZone: ZONE };

const demo = (options: DemoProviderOptions = {}) => createDemoProvider({ seed: 7, now: NOW, ...options });

interface MountOptions {
  from?: string;
  to?: string;
  order?: string;
}

async function mount(provider: unknown, o: MountOptions = {}) {
  return fixture<CallLogTable>(html`<call-log-table
    .provider=${provider}
    locale="en-US"
    time-zone=${ZONE}
    from=${o.from ?? FROM}
    to=${o.to ?? TO}
    order=${o.order ?? 'newest'}
  ></call-log-table>`);
}

const grid = (el: CallLogTable) => $(el, '[role="grid"]')!;
const scroller = (el: CallLogTable) => $(el, '.table-scroller')!;
const rowIndex = (row: Element | null | undefined) => Number(row?.getAttribute('aria-rowindex'));
const rowAt = (el: CallLogTable, ariaIndex: number) => rowEls(el).find((r) => rowIndex(r) === ariaIndex);
const totalsText = (el: CallLogTable) => $$(el, '.total dd').map((d) => d.textContent!.trim());
const focusedRow = (el: CallLogTable) => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('[role="row"]');
function nodeCount(el: CallLogTable) {
  let nodes = 0;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes++;
  return nodes;
}
/** Scrolls the table the way a user would (a scroll event reports the new offset) and lets it render. */
async function scrollTo(el: CallLogTable, top: number) {
  const box = scroller(el);
  box.scrollTop = top;
  box.dispatchEvent(new Event('scroll'));
  await el.updateComplete;
}

async function firstPage(provider: DemoProvider, from = FROM, to = TO, order: 'newest' | 'oldest' = 'newest') {
  return provider.listInternationalCalls({ range: dayRangeToInstants(from, to, ZONE), order, limit: 5 });
}

/** The range's totals as the demo provider answers `getCallTotals`. */
function rangeTotals(provider: DemoProvider, from = FROM, to = TO) {
  return provider.getCallTotals!({ range: dayRangeToInstants(from, to, ZONE) });
}

describe('<call-log-table>', () => {
  describe('states', () => {
    it('shows totals and rows for the range', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const page = await firstPage(provider);
      const totals = await rangeTotals(provider);
      await until(() => totalsText(el).length === 3, 'the totals never showed');
      expect(totalsText(el)).to.deep.equal([
        formatNumber(totals.calls!, 'en-US'),
        formatNumber(totals.minutes, 'en-US'),
        formatMoneyTotal(totals.charges, 'en-US').text,
      ]);
      // The charge total in cents (the demo's charges have four decimals), the exact sum on hover.
      const charges = $$(el, '.total dd')[2]!;
      expect(charges.textContent!.trim()).to.match(/^\$[\d,]+\.\d\d$/);
      expect(charges.getAttribute('title')).to.equal(formatMoney(totals.charges, 'en-US'));
      const [first] = page.items;
      const cells = cellTexts(dataRows(el)[0]!);
      // From and To as the block list shows numbers (grouped); an extension stays as it is.
      expect(cells.slice(0, 3)).to.deep.equal([
        formatDateTime(first!.startedAt, DISPLAY),
        formatPhoneNumber(first!.from),
        formatPhoneNumber(first!.to),
      ]);
      expect(cells[2]).to.include(' ');
      expect(cells[5]).to.equal(formatMoney(first!.ratePerMinute, 'en-US'));
      expect(cells[6]).to.equal(formatMoney(first!.charge, 'en-US'));
      const q = spy.argsOf('listInternationalCalls')[0]![0] as CallQuery;
      expect(q.range).to.deep.equal(dayRangeToInstants(FROM, TO, ZONE));
      expect(q.order).to.equal('newest');
      await expect(el).to.be.accessible();
    });

    it('is a grid with column and row headers, aria-rowcount and aria-rowindex', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForRows(el);
      const total = (await firstPage(provider)).total!;
      expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(total + 1));
      expect($$(el, '[role="columnheader"]').map((h) => h.textContent!.trim().replace(/[▲▼]/, ''))).to.deep.equal([
        'Date and time',
        'From',
        'To',
        'Destination',
        'Duration',
        'Rate per minute',
        'Charge',
        'Actions',
      ]);
      expect($(el, '[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('descending');
      expect(rowIndex(dataRows(el)[0]!)).to.equal(2);
      expect(rowIndex(dataRows(el)[1]!)).to.equal(3);
      expect(dataRows(el)[0]!.querySelectorAll('[role="rowheader"]').length).to.equal(1);
    });

    it('shows the destination country in the locale', async () => {
      const provider = demo();
      const el = await fixture<CallLogTable>(
        html`<call-log-table .provider=${provider} locale="de-DE" time-zone=${ZONE} from=${FROM} to=${TO}></call-log-table>`,
      );
      await waitForRows(el);
      const call = (await firstPage(provider)).items[0]!;
      const name = new Intl.DisplayNames(['de-DE'], { type: 'region' }).of(call.countryCode!);
      expect(cellTexts(dataRows(el)[0]!)[3]).to.equal(name);
    });

    it('leaves no request pending after being mounted and removed 50 times, and resumes when put back', async () => {
      const spy = spyOn(demo({ latency: { listInternationalCalls: Infinity } }));
      let el: CallLogTable | undefined;
      for (let i = 0; i < 50; i++) {
        el = document.createElement('call-log-table');
        el.setAttribute('time-zone', ZONE);
        el.setAttribute('from', FROM);
        el.setAttribute('to', TO);
        el.provider = spy.provider;
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
      const signals = spy.argsOf('listInternationalCalls').map(([q]) => (q as CallQuery).signal!);
      expect(signals.length).to.equal(50);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      document.body.append(el!);
      await until(() => spy.count('listInternationalCalls') === 51);
      el!.remove();
    });

    it('takes overridden strings', async () => {
      const el = await fixture<CallLogTable>(
        html`<call-log-table .provider=${demo()} time-zone=${ZONE} from=${FROM} to=${TO} .strings=${{ title: 'Auslandsgespräche', exportCsv: 'CSV exportieren' }}></call-log-table>`,
      );
      await waitForRows(el);
      expect(textOf(el)).to.include('Auslandsgespräche');
      expect(button(el, 'CSV exportieren')).to.exist;
    });
  });

  describe('date range', () => {
    it('defaults to this month in the display time zone', async () => {
      const spy = spyOn(demo());
      const el = await fixture<CallLogTable>(html`<call-log-table .provider=${spy.provider} time-zone=${ZONE}></call-log-table>`);
      await until(() => spy.count('listInternationalCalls') > 0);
      const month = presetRange('this-month', today(ZONE));
      expect((spy.argsOf('listInternationalCalls')[0]![0] as CallQuery).range).to.deep.equal(
        dayRangeToInstants(month.from, month.to, ZONE),
      );
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('this-month');
    });

    it("waits for the user's time zone before querying", async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await fixture<CallLogTable>(html`<call-log-table .provider=${spy.provider} from=${FROM} to=${TO}></call-log-table>`);
      await waitForRows(el);
      const zone = (await provider.getCurrentUser()).timezone!;
      const methods = spy.calls.map((c) => c.method);
      expect(methods.indexOf('getCurrentUser')).to.be.below(methods.indexOf('listInternationalCalls'));
      expect(spy.count('listInternationalCalls')).to.be.at.least(1);
      for (const [q] of spy.argsOf('listInternationalCalls')) {
        expect((q as CallQuery).range).to.deep.equal(dayRangeToInstants(FROM, TO, zone));
      }
    });

    const invalid: Array<[string, string, string, string]> = [
      ['reversed', '2026-11-20', '2026-11-10', 'From must be on or before To.'],
      ['malformed From', '2026-02-30', '2026-03-05', 'Enter a valid From date.'],
      ['malformed To', '2026-03-01', '2026-3-5', 'Enter a valid To date.'],
      ['too long', '2025-01-01', '2026-11-27', 'Choose at most 366 days.'],
    ];
    for (const [name, from, to, message] of invalid) {
      it(`a ${name} range shows an error and makes no query`, async () => {
        const spy = spyOn(demo());
        const el = await mount(spy.provider, { from, to });
        await waitForText(el, message);
        expect($(el, '[part~="field-error"]')!.getAttribute('role')).to.equal('alert');
        expect($$(el, 'input[aria-invalid="true"]').length).to.be.greaterThan(0);
        expect($$(el, 'input[aria-invalid="true"]')[0]!.getAttribute('aria-describedby')).to.equal('range-error');
        await afterRender(el);
        expect(spy.count('listInternationalCalls')).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('a typed reversed range keeps the rows and makes no query; a preset queries', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const shown = cellTexts(dataRows(el)[0]!)[0];
      spy.reset();
      type($<HTMLInputElement>(el, '#range-from')!, '2026-11-28');
      await waitForText(el, 'From must be on or before To.');
      await afterRender(el);
      expect(spy.count('listInternationalCalls')).to.equal(0);
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(shown);
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = 'last-7-days';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => spy.count('listInternationalCalls') > 0);
      const days = presetRange('last-7-days', today(ZONE));
      expect((spy.argsOf('listInternationalCalls')[0]![0] as CallQuery).range).to.deep.equal(dayRangeToInstants(days.from, days.to, ZONE));
      await el.updateComplete;
      expect(el.getAttribute('from')).to.equal(days.from);
      expect(el.getAttribute('to')).to.equal(days.to);
      expect(textOf(el)).not.to.include('From must be on or before To.');
    });

    it('applies typed dates on Enter', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      spy.reset();
      const input = $<HTMLInputElement>(el, '#range-from')!;
      input.focus();
      input.value = '2026-11-10';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      // Enter applies at once: dispatched synchronously, so the typing pause's timer cannot have run first.
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      expect(el.from, 'Enter did not apply').to.equal('2026-11-10');
      await until(() => spy.count('listInternationalCalls') > 0, 'no query after Enter');
      expect((spy.argsOf('listInternationalCalls')[0]![0] as CallQuery).range.from).to.equal(
        dayRangeToInstants('2026-11-10', TO, ZONE).from,
      );
    });

    it("keeps the field's own events inside the element", async () => {
      const el = await mount(demo());
      await waitForRows(el);
      const seen: string[] = [];
      for (const name of ['input', 'change', 'range-change']) el.addEventListener(name, () => seen.push(name));
      type($<HTMLInputElement>(el, '#range-from')!, '2026-11-05');
      await until(() => el.getAttribute('from') === '2026-11-05');
      expect(seen).to.deep.equal([]);
    });
  });

  describe('queries', () => {
    it('never shows a slow stale response over a newer one', async () => {
      const provider = demo();
      const original = provider.listInternationalCalls.bind(provider);
      const staleRange = dayRangeToInstants('2026-10-01', '2026-10-31', ZONE);
      const held: Array<() => void> = [];
      const late: Array<Promise<CallPage>> = [];
      // This provider ignores aborts on purpose: its stale answer arrives anyway.
      provider.listInternationalCalls = (q) => {
        const answer = original({ ...q, signal: undefined });
        if (q.range.from !== staleRange.from) return answer;
        const stale = new Promise<CallPage>((resolve) => held.push(() => resolve(answer)));
        late.push(stale);
        return stale;
      };
      const el = await mount(provider);
      await waitForRows(el);
      el.from = '2026-10-01';
      el.to = '2026-10-31';
      await until(() => held.length === 1);
      el.from = '2026-09-01';
      el.to = '2026-09-30';
      const newest = await firstPage(provider, '2026-09-01', '2026-09-30');
      const expected = formatDateTime(newest.items[0]!.startedAt, DISPLAY);
      await until(() => cellTexts(dataRows(el)[0]!)[0] === expected, 'the newer range never showed');
      held.forEach((release) => release());
      await Promise.allSettled(late);
      await afterRender(el);
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(expected);
      const newestTotals = await rangeTotals(provider, '2026-09-01', '2026-09-30');
      await until(() => totalsText(el)[0] === formatNumber(newestTotals.calls!, 'en-US'), "the newer range's totals never showed");
    });

    it('keeps the previous rows visible (busy) while a new range loads', async () => {
      const provider = demo();
      const original = provider.listInternationalCalls.bind(provider);
      const el = await mount(provider);
      await waitForRows(el);
      const before = cellTexts(dataRows(el)[0]!)[0];
      const gate = deferred<void>();
      provider.listInternationalCalls = async (q) => {
        await gate.promise;
        return original(q);
      };
      el.from = '2026-10-01';
      el.to = '2026-10-31';
      await el.updateComplete;
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(before);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.body.stale')).to.exist;
      gate.resolve();
      const october = await firstPage(provider, '2026-10-01', '2026-10-31');
      await until(() => cellTexts(dataRows(el)[0]!)[0] === formatDateTime(october.items[0]!.startedAt, DISPLAY));
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('sorts by date both ways: order attribute and the column header', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider, { order: 'oldest' });
      await waitForRows(el);
      expect((spy.argsOf('listInternationalCalls')[0]![0] as CallQuery).order).to.equal('oldest');
      expect($(el, '[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('ascending');
      const oldest = (await firstPage(spy.provider as DemoProvider, FROM, TO, 'oldest')).items[0]!;
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal(formatDateTime(oldest.startedAt, DISPLAY));
      spy.reset();
      $<HTMLButtonElement>(el, '.sort-button')!.click();
      await until(() => el.getAttribute('order') === 'newest');
      await until(() => spy.count('listInternationalCalls') > 0);
      expect((spy.argsOf('listInternationalCalls')[0]![0] as CallQuery).order).to.equal('newest');
      await until(() => $(el, '[role="columnheader"]')!.getAttribute('aria-sort') === 'descending');
    });
  });

  describe('totals from getCallTotals', () => {
    const statusLine = (el: CallLogTable) => $(el, '[part~="totals-status"]');

    it('shows the rows without waiting for the totals, says it is calculating, then shows them', async () => {
      const provider = demo();
      const held = hold(provider, 'getCallTotals');
      const el = await mount(provider);
      await waitForRows(el);
      await until(() => held.calls.length === 1, 'the totals were never asked');
      expect(held.calls[0]!.args[0]).to.deep.include({ range: dayRangeToInstants(FROM, TO, ZONE) });
      expect(totalsText(el)).to.deep.equal([]);
      expect(statusLine(el)!.textContent!.trim()).to.equal('Calculating totals…');
      expect(statusLine(el)!.closest('[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await held.open();
      const totals = await rangeTotals(provider);
      await until(() => totalsText(el).length === 3, 'the totals never showed');
      expect(totalsText(el)[1]).to.equal(formatNumber(totals.minutes, 'en-US'));
      expect(statusLine(el)).to.equal(null);
    });

    it('says when the totals failed, keeps the rows, fires provider-error, and Retry asks again', async () => {
      const provider = demo();
      provider.failNext('getCallTotals', { code: 'unavailable', message: 'Totals are down.' });
      const operations: string[] = [];
      const listener = (e: Event) => operations.push((e as CustomEvent<{ operation: string }>).detail.operation);
      document.addEventListener('provider-error', listener);
      try {
        const el = await mount(provider);
        await waitForRows(el);
        await until(() => statusLine(el)?.classList.contains('failed'), 'the failure was never shown');
        expect(statusLine(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The totals could not be calculated: Totals are down.');
        expect(operations).to.deep.equal(['getCallTotals']);
        expect(dataRows(el).length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        const retry = $<HTMLButtonElement>(el, '[part~="totals-retry-button"]')!;
        expect(retry.textContent!.trim()).to.equal('Retry');
        retry.click();
        await until(() => totalsText(el).length === 3, 'the totals never showed after Retry');
        expect(statusLine(el)).to.equal(null);
      } finally {
        document.removeEventListener('provider-error', listener);
      }
    });

    it('aborts the totals of a range left, and never shows a late answer for it', async () => {
      const provider = demo();
      const original = provider.getCallTotals!.bind(provider);
      const november = dayRangeToInstants(FROM, TO, ZONE);
      const release = deferred<void>();
      const signals: AbortSignal[] = [];
      // November's answer ignores the abort and arrives late, after September's.
      provider.getCallTotals = async (q) => {
        if (q.range.from !== november.from) return original(q);
        signals.push(q.signal!);
        await release.promise;
        return original({ range: q.range });
      };
      const el = await mount(provider);
      await until(() => signals.length === 1);
      el.from = '2026-09-01';
      el.to = '2026-09-30';
      const september = await rangeTotals(provider, '2026-09-01', '2026-09-30');
      await until(() => totalsText(el)[0] === formatNumber(september.calls!, 'en-US'), "September's totals never showed");
      expect(signals[0]!.aborted, "November's totals were not aborted").to.equal(true);
      release.resolve();
      await original({ range: november });
      await afterRender(el);
      await afterRender(el);
      expect(totalsText(el)[0]).to.equal(formatNumber(september.calls!, 'en-US'));
    });

    it('aborts the totals when removed and asks again when put back', async () => {
      const provider = demo();
      const held = hold(provider, 'getCallTotals');
      const el = await mount(provider);
      await until(() => held.calls.length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(held.calls[0]!.signal!.aborted).to.equal(true);
      await held.open();
      parent.append(el);
      await until(() => held.calls.length === 2, 'the totals were not asked again');
      await until(() => totalsText(el).length === 3, 'the totals never showed');
    });

    it("sizes the table from the totals' count when the pages carry no total", async () => {
      const provider = demo();
      const original = provider.listInternationalCalls.bind(provider);
      provider.listInternationalCalls = async (q) => {
        const { total: _total, ...page } = await original(q);
        return page;
      };
      const expected = await rangeTotals(demo());
      const held = hold(provider, 'getCallTotals');
      const el = await mount(provider);
      await waitForRows(el);
      const rowCount = () => Number(grid(el).getAttribute('aria-rowcount')) - 1;
      // Until the count is known: the rows read so far and one "loading more" row.
      expect(rowCount()).to.be.below(expected.calls!);
      await held.open();
      await until(() => rowCount() === expected.calls, `the table never took the count ${expected.calls} (has ${rowCount()})`);
    });

    it('takes the totals from the first page when the provider has no getCallTotals', async () => {
      const provider = demo({ features: { getCallTotals: false } });
      expect(provider.getCallTotals).to.equal(undefined);
      const el = await mount(provider);
      await waitForRows(el);
      const page = await firstPage(provider);
      await until(() => totalsText(el).length === 3, 'the totals never showed');
      expect(totalsText(el)).to.deep.equal([
        formatNumber(page.totals!.calls!, 'en-US'),
        formatNumber(page.totals!.minutes, 'en-US'),
        formatMoneyTotal(page.totals!.charges, 'en-US').text,
      ]);
      expect(statusLine(el)).to.equal(null);
    });
  });

  describe('a million calls', () => {
    it('fetches pages on demand, keeps the DOM bounded and reaches the last row', async function () {
      this.timeout(20000);
      const provider = demo({ size: { calls: 1_100_000 } });
      const spy = spyOn(provider);
      const el = await mount(spy.provider, { from: '2025-11-27', to: '2026-11-27' });
      await waitForRows(el, 15000);
      const total = Number(grid(el).getAttribute('aria-rowcount')) - 1;
      expect(total).to.be.at.least(1_000_000);
      const box = scroller(el);
      expect(box.scrollHeight).to.be.below(5_000_000);
      const initial = spy.count('listInternationalCalls');
      const initialNodes = nodeCount(el);
      for (let i = 1; i <= 30; i++) await scrollTo(el, i * 800);
      await until(() => !$(el, '.placeholder'), 'rows never loaded');
      expect(spy.count('listInternationalCalls')).to.be.greaterThan(initial);
      expect(rowEls(el).length).to.be.below(60);
      const shown = dataRows(el).map(rowIndex);
      expect(Math.min(...shown)).to.be.greaterThan(2);

      // The wheel moves the rows by its own delta (1:1), not by the scale ratio.
      const topRow = () => Math.min(...dataRows(el).map(rowIndex));
      const beforeWheel = topRow();
      const rowHeight = dataRows(el)[0]!.getBoundingClientRect().height;
      box.dispatchEvent(new WheelEvent('wheel', { deltaY: 10 * rowHeight, deltaMode: 0, bubbles: true, cancelable: true }));
      await el.updateComplete;
      await until(() => !$(el, '.placeholder'));
      expect(topRow() - beforeWheel).to.be.within(9, 11);

      const beforeJump = spy.count('listInternationalCalls');
      await scrollTo(el, box.scrollHeight);
      await until(() => rowAt(el, total + 1)?.querySelector('[role="rowheader"]:not(.placeholder)'), 'the last row never showed');
      expect(spy.count('listInternationalCalls') - beforeJump).to.be.at.most(2);
      const oldest = (await firstPage(provider, '2025-11-27', '2026-11-27', 'oldest')).items[0]!;
      expect(cellTexts(rowAt(el, total + 1)!)[0]).to.equal(formatDateTime(oldest.startedAt, DISPLAY));
      expect(rowEls(el).length).to.be.below(60);
      for (const [q] of spy.argsOf('listInternationalCalls')) expect((q as CallQuery).limit).to.be.at.most(provider.limits.maxPageSize);
      // Recycling rows leaves nothing behind: the DOM is as big as it was at the start.
      expect(nodeCount(el)).to.be.below(initialNodes + 200);
    });

    it('reaches the middle page by page with progress, then shows its rows', async function () {
      this.timeout(15000);
      const provider = demo({ latency: { listInternationalCalls: 5 } });
      const el = await mount(provider, { from: '2025-12-01', to: '2026-11-27' });
      await waitForRows(el);
      const total = Number(grid(el).getAttribute('aria-rowcount')) - 1;
      const box = scroller(el);
      await scrollTo(el, (box.scrollHeight - box.clientHeight) / 2);
      await waitForText(el, 'Loading rows…');
      expect($(el, '[part="table-status"]')!.getAttribute('role')).to.equal('status');
      await until(() => !$(el, '.placeholder'), 'middle rows never loaded', 12000);
      const shown = dataRows(el).map(rowIndex);
      expect(Math.abs(shown[0]! - total / 2)).to.be.below(100);
      expect($(el, '[part="table-status"]')!.textContent!.trim()).to.equal('');
    });

    it('shows a failed page inline with Retry at that point', async () => {
      const provider = demo();
      const el = await mount(provider, { from: '2026-08-01', to: '2026-11-27' });
      await waitForRows(el);
      provider.failNext('listInternationalCalls', { code: 'unavailable', message: 'Page 2 failed' });
      const rowHeight = dataRows(el)[0]!.getBoundingClientRect().height;
      await scrollTo(el, 600 * rowHeight);
      await waitForText(el, 'Page 2 failed');
      const errorCell = $(el, '[part~="row-error"]')!;
      expect(errorCell.getAttribute('role')).to.equal('gridcell');
      const errorRow = errorCell.closest('[role="row"]')!;
      expect(rowIndex(errorRow)).to.be.within(590, 620);
      await expect(el).to.be.accessible();
      (errorCell.querySelector('button') as HTMLButtonElement).click();
      await until(() => !$(el, '[part~="row-error"]') && !$(el, '.placeholder'), 'retry did not load');
      expect(dataRows(el).length).to.be.greaterThan(5);
    });
  });

  describe('keyboard', () => {
    /** Mounts on the demo, waits for rows and focuses the first row's header cell. */
    async function focusFirstRow() {
      const el = await mount(demo());
      await waitForRows(el);
      (dataRows(el)[0]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
      return el;
    }
    const ctrl = async (key: string) => {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Control' });
    };

    it('moves by row, by cell and by page from one tab stop', async () => {
      const el = await mount(demo());
      await waitForRows(el);
      expect($$(el, '[tabindex="0"]').length).to.equal(1);
      (dataRows(el)[0]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => rowIndex(focusedRow(el)!) === 3);
      await sendKeys({ press: 'End' });
      await until(() => el.shadowRoot!.activeElement?.matches('.block-button'));
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => el.shadowRoot!.activeElement?.getAttribute('data-col') === '6');
      await sendKeys({ press: 'PageDown' });
      await until(() => rowIndex(focusedRow(el)!) > 5);
    });

    it('reaches the last row with Ctrl+End and lands on its Block button once it loads, and Ctrl+Home goes back', async () => {
      const el = await focusFirstRow();
      const total = Number(grid(el).getAttribute('aria-rowcount')) - 1;
      await ctrl('End');
      await until(() => rowIndex(focusedRow(el)!) === total + 1, 'Ctrl+End did not reach the last row');
      // The last row arrives after focus reached its placeholder: focus moves onto its Block button
      // (the cell's tab stop), it is not lost.
      const lastRow = rowAt(el, total + 1)!;
      await until(() => isDataRow(lastRow), 'the last row never loaded');
      await afterRender(el);
      expect(el.shadowRoot!.activeElement).to.equal(lastRow.querySelector('.block-button'));
      await ctrl('Home');
      await until(() => rowIndex(focusedRow(el)!) === 2);
    });

    it('opens the confirmation on a click on a Block button half past the edge (a pointer focus does not scroll the table)', async () => {
      await setViewport({ width: 390, height: 800 });
      try {
        const el = await mount(demo());
        await waitForRows(el);
        // The totals above the table come on their own: wait, so the table stays where it is.
        await until(() => $(el, '[part~="base"]')!.getAttribute('aria-busy') !== 'true' && totalsText(el).length === 3);
        const box = scroller(el);
        box.scrollIntoView({ block: 'center' });
        const button = () => dataRows(el)[0]!.querySelector<HTMLButtonElement>('.block-button')!;
        // Half of the button past the scroller's end edge.
        const edge = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
        box.scrollLeft += button().getBoundingClientRect().left + button().offsetWidth / 2 - edge;
        await afterRender(el);
        const rect = button().getBoundingClientRect();
        expect(rect.right, 'the button reaches past the edge').to.be.above(edge + 5);
        const [x, y] = [Math.round(rect.left + 6), Math.round(rect.top + rect.height / 2)];
        expect(el.shadowRoot!.elementFromPoint(x, y), 'the button is under the pointer').to.equal(button());
        await sendMouse({ type: 'click', position: [x, y] });
        await until(() => $(el, 'dialog[open]'), 'the click did not reach the Block button');
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps the focused row (and focus) while scrolled far away, and scrolls it back into view on a key', async () => {
      const el = await focusFirstRow();
      // Scrolled far away, the focused row stays in the DOM and keeps focus.
      const focused = el.shadowRoot!.activeElement!;
      await scrollTo(el, 20_000);
      expect(focused.isConnected).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(focused);
      expect(rowEls(el).length).to.be.below(60);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => rowIndex(focusedRow(el)!) === 3);
      const rect = focusedRow(el)!.getBoundingClientRect();
      const view = scroller(el).getBoundingClientRect();
      expect(rect.top).to.be.at.least(view.top);
      expect(rect.bottom).to.be.at.most(view.bottom + 1);
    });

    it('reaches the sort button in the header and sorts with Enter', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      (dataRows(el)[0]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowUp' });
      await until(() => el.shadowRoot!.activeElement?.matches('.sort-button'));
      spy.reset();
      await sendKeys({ press: 'Enter' });
      await until(() => el.getAttribute('order') === 'oldest');
      await until(() => spy.count('listInternationalCalls') > 0);
      expect((spy.argsOf('listInternationalCalls')[0]![0] as CallQuery).order).to.equal('oldest');
      expect(el.shadowRoot!.activeElement?.matches('.sort-button')).to.equal(true);
    });
  });

  describe('export', () => {
    it('exports every row of the range as safe CSV named with the range', async function () {
      this.timeout(10000);
      const provider = demo({ limits: { maxPageSize: 100 } });
      const spy = spyOn(provider);
      const el = await mount(spy.provider, { from: '2026-11-16', to: '2026-11-27' });
      await waitForRows(el);
      const total = (await firstPage(provider, '2026-11-16', '2026-11-27')).total!;
      expect(total).to.be.greaterThan(300);
      const downloads = captureDownloads();
      spy.reset();
      try {
        button(el, 'Export CSV')!.click();
        await until(() => downloads.files.length === 1, 'no download');
      } finally {
        downloads.restore();
      }
      const [file] = downloads.files;
      expect(file!.name).to.equal('international-calls_2026-11-16_2026-11-27.csv');
      const records = parseCsv(await file!.blob.text());
      expect(records[0]).to.deep.equal([
        'Date and time',
        'Time zone',
        'From',
        'To',
        'Destination',
        'Country code',
        'Duration (seconds)',
        'Rate per minute',
        'Charge',
        'Currency',
      ]);
      expect(records.length - 1).to.equal(total);
      for (const record of records) {
        for (const cell of record) expect(/^[=+\-@\t\r]/.test(cell), `unescaped cell ${cell}`).to.equal(false);
      }
      const calls = await provider.listInternationalCalls({ range: dayRangeToInstants('2026-11-16', '2026-11-27', ZONE), limit: 1 });
      expect(records[1]![0]).to.equal(localDateTime(calls.items[0]!.startedAt, ZONE));
      expect(records[1]![3]).to.equal(`'${calls.items[0]!.to}`);
      expect(spy.count('listInternationalCalls')).to.equal(Math.ceil(total / 100));
      for (const [q] of spy.argsOf('listInternationalCalls')) expect((q as CallQuery).limit).to.be.at.most(100);
      await waitForText(el, `Exported ${formatNumber(total, 'en-US')} calls to international-calls_2026-11-16_2026-11-27.csv.`);
    });

    it('neutralises formula cells in what the provider returns', async () => {
      const provider = demo();
      const original = provider.listInternationalCalls.bind(provider);
      provider.listInternationalCalls = async (q) => {
        const page = await original(q);
        const evil = (c: CallRecord): CallRecord => ({
          ...c,
          from: '=HYPERLINK("http://evil")',
          countryCode: undefined,
          destination: '@SUM(A1)',
        });
        return { ...page, items: page.items.map(evil) };
      };
      const el = await mount(provider, { from: '2026-11-26', to: '2026-11-27' });
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
      expect(records[1]![4]).to.equal("'@SUM(A1)");
    });

    it('shows progress and cancels', async () => {
      const spy = spyOn(demo({ limits: { maxPageSize: 50 } }));
      const el = await mount(spy.provider, { from: '2026-11-01', to: '2026-11-27' });
      await waitForRows(el);
      (spy.provider as DemoProvider).setLatency('listInternationalCalls', 100);
      const downloads = captureDownloads();
      try {
        button(el, 'Export CSV')!.focus();
        button(el, 'Export CSV')!.click();
        await waitForText(el, 'Exporting');
        expect($(el, 'progress')).to.exist;
        expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cancel export');
        await expect(el).to.be.accessible();
        const calls = spy.count('listInternationalCalls');
        button(el, 'Cancel export')!.click();
        await waitForText(el, 'Export cancelled.');
        const last = spy.argsOf('listInternationalCalls')[calls - 1]![0] as CallQuery;
        expect(last.signal!.aborted).to.equal(true);
        // The cancelled page has settled and what it could start has rendered: still no file.
        await spy.settled('listInternationalCalls');
        await afterRender(el);
        expect(downloads.files.length).to.equal(0);
        expect(button(el, 'Export CSV')).to.exist;
      } finally {
        downloads.restore();
      }
    });
  });

  describe('block', () => {
    const blockButtons = (el: CallLogTable) => dataRows(el).map((r) => r.querySelector<HTMLButtonElement>('.block-button')!);

    it('asks, blocks once, fires number-blocked and says so', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      // The cell shows the number grouped as the block list shows it; the provider gets E.164.
      const shown = cellTexts(dataRows(el)[0]!)[2]!;
      const number = compactPhoneNumber(shown);
      expect(shown).to.equal(formatPhoneNumber(number));
      expect(shown).to.include(' ');
      const target = blockButtons(el)[0]!;
      expect(target.getAttribute('aria-label')).to.equal(`Block ${shown}`);
      target.click();
      const dialog = await until(() => $(el, 'dialog[open]')).then(() => $(el, 'dialog')!);
      expect(dialog.textContent).to.include(`Block ${shown}?`);
      expect($(el, '[data-confirm]')!.textContent!.trim()).to.equal('Block');
      await expect(el).to.be.accessible();
      const blocked = oneEvent(el, 'number-blocked');
      $<HTMLButtonElement>(el, '[data-confirm]')!.click();
      const { detail } = await blocked;
      expect(detail.number).to.equal(number);
      expect(spy.count('blockNumber')).to.equal(1);
      const [n, options] = spy.argsOf('blockNumber')[0]! as [string, { idempotencyKey?: string }];
      expect(n).to.equal(number);
      expect(options.idempotencyKey).to.be.a('string');
      await waitForText(el, `${shown} is now blocked.`);
      await until(() => blockButtons(el)[0]!.textContent!.trim() === 'Blocked');
      blockButtons(el)[0]!.click();
      await el.updateComplete;
      expect($(el, 'dialog[open]')).to.equal(null);
      expect(spy.count('blockNumber')).to.equal(1);
    });

    it('does nothing when the confirmation is cancelled', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      blockButtons(el)[0]!.click();
      await until(() => $(el, 'dialog[open]'));
      $<HTMLButtonElement>(el, '[data-cancel]')!.click();
      await el.updateComplete;
      expect(spy.count('blockNumber')).to.equal(0);
    });

    it('is busy while in flight: more clicks never block twice', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const original = provider.blockNumber!.bind(provider);
      const gate = deferred<void>();
      provider.blockNumber = async (number, o) => {
        await gate.promise;
        return original(number, o);
      };
      const el = await mount(spy.provider);
      await waitForRows(el);
      blockButtons(el)[0]!.click();
      await until(() => $(el, 'dialog[open]'));
      $<HTMLButtonElement>(el, '[data-confirm]')!.click();
      await until(() => blockButtons(el)[0]!.getAttribute('aria-disabled') === 'true');
      blockButtons(el)[0]!.click();
      await el.updateComplete;
      expect($(el, 'dialog[open]')).to.equal(null);
      gate.resolve();
      await waitForText(el, 'is now blocked.');
      expect(spy.count('blockNumber')).to.equal(1);
    });

    it('says clearly when the number is already blocked', async () => {
      const provider = demo();
      provider.failNext('blockNumber', { code: 'conflict', message: 'Already on the list' });
      const el = await mount(provider);
      await waitForRows(el);
      const shown = cellTexts(dataRows(el)[0]!)[2]!;
      const failed = oneEvent(el, 'provider-error');
      blockButtons(el)[0]!.click();
      await until(() => $(el, 'dialog[open]'));
      $<HTMLButtonElement>(el, '[data-confirm]')!.click();
      expect((await failed).detail.operation).to.equal('blockNumber');
      await waitForText(el, `${shown} is already blocked.`);
    });

    it('hides Block when the provider cannot block', async () => {
      const el = await mount(demo({ features: { blockNumber: false } }));
      await waitForRows(el);
      expect($(el, '.block-button')).to.equal(null);
      expect($$(el, '[role="columnheader"]').length).to.equal(7);
      await expect(el).to.be.accessible();
    });
  });
});
