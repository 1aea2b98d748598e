import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/bill-table/define.js';
import type { BillTable } from '../../src/elements/bill-table/bill-table.js';
import { dayRangeToInstants } from '../../src/core/dates.js';
import { formatDate } from '../../src/core/format.js';
import { addMoney, formatMoney } from '../../src/core/money.js';
import type { Bill, DateRange, Page, PageQuery } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { $, $$, afterRender, type, waitForText } from '../support/dom.js';
import { cellTexts, dataRows, headers, waitForRows } from '../support/tables.js';
import { captureDownloads } from '../support/downloads.js';
import { deferred, spyOn } from '../support/spy.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import { API_BASE, useApi, withSchemaCheck } from '../support/msw.js';
import { pinClock } from '../support/clock.js';
import { setClock } from '../../src/core/clock.js';
import { until } from '../support/patience.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
/** Seed 42 is Cedar Ridge Veterinary, billed in Denver; its bill before last is overdue. */
const SEED = 42;
const ZONE = 'America/Denver';
const FROM = '2026-08-28';
const TO = '2026-11-27';
const DISPLAY = { locale: 'en-US', timeZone: ZONE };

type BillQuery = PageQuery & { range: DateRange };

const demo = (options: DemoProviderOptions = {}) => createDemoProvider({ seed: SEED, now: NOW, ...options });

async function mount(provider: unknown, o: { from?: string; to?: string; zone?: string; locale?: string } = {}) {
  return fixture<BillTable>(html`<bill-table
    .provider=${provider}
    locale=${o.locale ?? 'en-US'}
    time-zone=${o.zone ?? ZONE}
    from=${o.from ?? FROM}
    to=${o.to ?? TO}
  ></bill-table>`);
}

const outstandingText = (el: BillTable) => $$(el, '[part~="outstanding"] dd').map((d) => d.textContent!.trim());
const downloadButtons = (el: BillTable) => $$<HTMLButtonElement>(el, '.download-button');
const queries = (spy: { argsOf(m: string): unknown[][] }) => spy.argsOf('listBills').map(([q]) => q as BillQuery);

async function billsOf(provider: DemoProvider, range: DateRange): Promise<Bill[]> {
  const out: Bill[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Bill> = await provider.listBills!({ range, cursor, limit: 500 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Makes the product's clock say `iso` until restored. */
const clockAt = (iso: string) => setClock(() => Date.parse(iso));

describe('<bill-table>', () => {
  describe('default range: the last three months in the display time zone', () => {
    const cases: Array<[string, string, string, string, string, DateRange]> = [
      // 23:30 UTC on May 31 is still May 31 in New York: Mar 1 … May 31 (Feb 28 + 1 day, clamped).
      [
        'across a month end, still May 31',
        '2026-05-31T23:30:00Z',
        'America/New_York',
        '2026-03-01',
        '2026-05-31',
        { from: '2026-03-01T05:00:00.000Z', to: '2026-06-01T04:00:00.000Z' },
      ],
      // …and already June 1 in Berlin.
      [
        'across a month end, already June 1',
        '2026-05-31T23:30:00Z',
        'Europe/Berlin',
        '2026-03-02',
        '2026-06-01',
        { from: '2026-03-01T23:00:00.000Z', to: '2026-06-01T22:00:00.000Z' },
      ],
      // The day New York moves to daylight time: the range starts in EST and ends in EDT.
      [
        'on a DST change (New York)',
        '2026-03-08T12:00:00Z',
        'America/New_York',
        '2025-12-09',
        '2026-03-08',
        { from: '2025-12-09T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' },
      ],
      [
        'on a DST change (London)',
        '2026-03-29T12:00:00Z',
        'Europe/London',
        '2025-12-30',
        '2026-03-29',
        { from: '2025-12-30T00:00:00.000Z', to: '2026-03-29T23:00:00.000Z' },
      ],
    ];
    for (const [name, now, zone, from, to, instants] of cases) {
      it(name, async () => {
        const restore = clockAt(now);
        try {
          const provider = demo({ now });
          const spy = spyOn(provider);
          const el = await fixture<BillTable>(html`<bill-table .provider=${spy.provider} locale="en-US" time-zone=${zone}></bill-table>`);
          await until(() => spy.count('listBills') > 0, 'no query');
          expect(queries(spy)[0]!.range).to.deep.equal(instants);
          await el.updateComplete;
          expect($<HTMLInputElement>(el, '#range-from')!.value).to.equal(from);
          expect($<HTMLInputElement>(el, '#range-to')!.value).to.equal(to);
          expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('last-3-months');
          const expected = await billsOf(provider, instants);
          expect(expected.length).to.be.greaterThan(0);
          await until(() => dataRows(el).length === expected.length, `rows: ${dataRows(el).length}`);
          expect(dataRows(el).map((r) => cellTexts(r)[0])).to.deep.equal(
            expected.map((b) => formatDate(b.issuedAt, { locale: 'en-US', timeZone: zone })),
          );
        } finally {
          restore();
        }
      });
    }
  });

  describe('states', () => {
    it('shows each bill: date, period, due date, amount, status as a word, Download', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForRows(el);
      const bills = await billsOf(provider, dayRangeToInstants(FROM, TO, ZONE));
      expect(headers(el)).to.deep.equal(['Bill date', 'Period', 'Due date', 'Amount', 'Status', 'Document']);
      expect(dataRows(el).map(cellTexts)).to.deep.equal(
        bills.map((b) => [
          formatDate(b.issuedAt, DISPLAY),
          // periodEnd is exclusive: the last billed day is the day before it.
          `${formatDate(b.periodStart, DISPLAY)} – ${formatDate(new Date(Date.parse(b.periodEnd) - 86_400_000).toISOString(), DISPLAY)}`,
          formatDate(b.dueAt!, DISPLAY),
          formatMoney(b.amount, 'en-US'),
          { paid: 'Paid', unpaid: 'Unpaid', overdue: 'Overdue' }[b.status],
          'Download',
        ]),
      );
      expect(dataRows(el).map((r) => cellTexts(r)[4])).to.deep.equal(['Unpaid', 'Overdue', 'Paid']);
      expect(cellTexts(dataRows(el)[0]!)[1]).to.equal('Oct 1, 2026 – Oct 31, 2026');
      // Status styles hang on parts; the word is always there.
      expect($$(el, '[part~="status"]').map((s) => s.getAttribute('part'))).to.deep.equal([
        'status status-unpaid',
        'status status-overdue',
        'status status-paid',
      ]);
      expect(downloadButtons(el)[0]!.getAttribute('aria-label')).to.equal('Download the bill for Oct 1, 2026 – Oct 31, 2026');
      await expect(el).to.be.accessible();
    });

    for (const width of [1040, 390]) {
      it(`is as tall as its bills at ${width} px: every row shows whole, with no scrolling up and down`, async () => {
        // At 390 px the table scrolls sideways, and its scroll bar must not cover the last row.
        await setViewport({ width, height: 900 });
        try {
          const el = await mount(demo());
          await waitForRows(el);
          const scroller = $<HTMLElement>(el, '.table-scroller')!;
          expect(scroller.scrollWidth > scroller.clientWidth, 'scrolls sideways').to.equal(width === 390);
          await until(() => scroller.scrollHeight <= scroller.clientHeight).catch(() => undefined);
          expect(scroller.scrollHeight, 'the rows fit the box').to.be.at.most(scroller.clientHeight);
          const last = dataRows(el).at(-1)!.getBoundingClientRect();
          const box = scroller.getBoundingClientRect();
          expect(last.bottom, 'the last row ends above the scroll bar').to.be.at.most(
            box.top + scroller.clientTop + scroller.clientHeight + 0.5,
          );
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    it('shows the outstanding sum of the unpaid and overdue bills of the period, and says so', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForRows(el);
      const bills = await billsOf(provider, dayRangeToInstants(FROM, TO, ZONE));
      const owed = bills.filter((b) => b.status !== 'paid').reduce((a, b) => addMoney(a, b.amount), { amount: '0', currency: 'USD' });
      expect(outstandingText(el)).to.deep.equal([formatMoney(owed, 'en-US'), '2 unpaid bills in this period', '1 of them overdue']);
      el.from = '2026-07-01';
      el.to = '2026-08-31';
      await until(() => outstandingText(el)[1] === 'Every bill of this period is paid.', outstandingText(el).join());
      expect(outstandingText(el)[0]).to.equal('$0.00');
    });

    it('shows the billed days of the display time zone, whatever zone the bill was made in', async () => {
      const east = await mount(demo(), { zone: 'America/Chicago' });
      await waitForRows(east);
      expect(cellTexts(dataRows(east)[0]!)[1]).to.equal('Oct 1, 2026 – Oct 31, 2026');
      east.remove();
      const west = await mount(demo(), { zone: 'Pacific/Honolulu' });
      await waitForRows(west);
      expect(cellTexts(dataRows(west)[0]!)[1]).to.equal('Sep 30, 2026 – Oct 30, 2026');
    });

    it('reads every page of the range (bills are few) and sums them all', async () => {
      const provider = demo({ limits: { maxPageSize: 5 } });
      const spy = spyOn(provider);
      const el = await mount(spy.provider, { from: '2025-11-28', to: TO });
      await until(() => dataRows(el).length >= 10);
      const bills = await billsOf(provider, dayRangeToInstants('2025-11-28', TO, ZONE));
      expect(bills.length).to.equal(12);
      expect(spy.count('listBills')).to.equal(3);
      expect(queries(spy).every((q) => q.limit === 5)).to.equal(true);
      expect(Number($(el, '[role="grid"]')!.getAttribute('aria-rowcount'))).to.equal(13);
      const owed = bills.filter((b) => b.status !== 'paid').reduce((a, b) => addMoney(a, b.amount), { amount: '0', currency: 'USD' });
      expect(outstandingText(el)[0]).to.equal(formatMoney(owed, 'en-US'));
    });

    it('says the backend has no bills when the provider has no listBills', async () => {
      const spy = spyOn(demo({ features: { listBills: false } }));
      const el = await mount(spy.provider);
      await waitForText(el, 'This backend does not provide bills.');
      expect($(el, '[part="not-supported"]')).to.exist;
      expect($(el, 'fieldset')).to.equal(null);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('renders a status it does not know as the provider sent it, as text', async () => {
      const provider = demo();
      const original = provider.listBills!.bind(provider);
      provider.listBills = async (q) => {
        const page = await original(q);
        return { ...page, items: page.items.map((b, i) => (i === 0 ? { ...b, status: '<b>disputed</b>' as Bill['status'] } : b)) };
      };
      const el = await mount(provider);
      await waitForRows(el);
      expect(cellTexts(dataRows(el)[0]!)[4]).to.equal('<b>disputed</b>');
      expect($(el, '.layer b')).to.equal(null);
    });

    it('aborts the load when removed, leaves no request pending after 50 mounts, and resumes', async () => {
      const spy = spyOn(demo({ latency: { listBills: Infinity } }));
      let el: BillTable | undefined;
      for (let i = 0; i < 50; i++) {
        el = document.createElement('bill-table');
        el.setAttribute('time-zone', ZONE);
        el.provider = spy.provider;
        document.body.append(el);
        await el.updateComplete;
        await el.updateComplete;
        el.remove();
      }
      const signals = queries(spy).map((q) => q.signal!);
      expect(signals.length).to.equal(50);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      document.body.append(el!);
      await until(() => spy.count('listBills') === 51);
      el!.remove();
    });

    it('speaks German', async () => {
      const el = await mount(demo(), { locale: 'de-DE' });
      await until(() => headers(el)[0] === 'Rechnungsdatum', headers(el).join());
      expect(dataRows(el).map((r) => cellTexts(r)[4])).to.deep.equal(['Offen', 'Überfällig', 'Bezahlt']);
      expect(outstandingText(el).slice(1)).to.deep.equal(['2 offene Rechnungen in diesem Zeitraum', 'davon 1 überfällig']);
      expect(downloadButtons(el)[0]!.textContent!.trim()).to.equal('Herunterladen');
    });
  });

  describe('date range', () => {
    const invalid: Array<[string, string, string, string]> = [
      ['reversed', '2026-11-20', '2026-11-10', 'From must be on or before To.'],
      ['malformed To', '2026-03-01', '2026-3-5', 'Enter a valid To date.'],
      ['too long', '2025-01-01', '2026-11-27', 'Choose at most 366 days.'],
    ];
    for (const [name, from, to, message] of invalid) {
      it(`a ${name} range shows an error and makes no query`, async () => {
        const spy = spyOn(demo());
        const el = await mount(spy.provider, { from, to });
        await waitForText(el, message);
        expect($$(el, 'input[aria-invalid="true"]').length).to.be.greaterThan(0);
        await afterRender(el);
        expect(spy.count('listBills')).to.equal(0);
        expect($(el, '[part="loading"]')).to.equal(null);
        expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
        await expect(el).to.be.accessible();
      });
    }

    it('a typed invalid range keeps the bills and makes no query; a preset queries', async () => {
      const restore = clockAt(NOW);
      try {
        await typedThenPreset();
      } finally {
        restore();
      }
    });

    async function typedThenPreset() {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      spy.reset();
      type($<HTMLInputElement>(el, '#range-to')!, '2026-08-01');
      await waitForText(el, 'From must be on or before To.');
      await afterRender(el);
      expect(spy.count('listBills')).to.equal(0);
      expect(dataRows(el).length).to.equal(3);
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = 'last-month';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => spy.count('listBills') > 0);
      expect(queries(spy)[0]!.range).to.deep.equal(dayRangeToInstants('2026-10-01', '2026-10-31', ZONE));
      await until(() => dataRows(el).length === 1);
      expect(cellTexts(dataRows(el)[0]!)[0]).to.equal('Oct 1, 2026');
    }
  });

  describe('queries', () => {
    it("waits for the user's time zone before querying", async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await fixture<BillTable>(html`<bill-table .provider=${spy.provider} from=${FROM} to=${TO}></bill-table>`);
      await waitForRows(el);
      const zone = (await provider.getCurrentUser()).timezone!;
      const methods = spy.calls.map((c) => c.method);
      expect(methods.indexOf('getCurrentUser')).to.be.below(methods.indexOf('listBills'));
      for (const q of queries(spy)) expect(q.range).to.deep.equal(dayRangeToInstants(FROM, TO, zone));
    });

    it(
      'works over HTTP (the msw mock API): bills, statuses and the PDF download',
      withSchemaCheck(async () => {
        const backend = demo();
        useApi(backend);
        const el = await mount(new HttpProvider({ baseUrl: API_BASE }));
        await waitForRows(el);
        expect(dataRows(el).map((r) => cellTexts(r)[4])).to.deep.equal(['Unpaid', 'Overdue', 'Paid']);
        const downloads = captureDownloads();
        try {
          downloadButtons(el)[0]!.click();
          await until(() => downloads.files.length === 1, 'no download');
        } finally {
          downloads.restore();
        }
        const [file] = downloads.files;
        expect(file!.name).to.equal('bill_2026-10_Cedar-Ridge-Veterinary.pdf');
        expect(file!.blob.type).to.equal('application/pdf');
        const expected = await (await backend.getBillDocument!('bill-2026-10')).arrayBuffer();
        expect(new Uint8Array(await file!.blob.arrayBuffer())).to.deep.equal(new Uint8Array(expected));
      }),
    );

    it('never shows a slow stale response over a newer one', async () => {
      const provider = demo();
      const original = provider.listBills!.bind(provider);
      const stale = dayRangeToInstants('2026-01-01', '2026-06-30', ZONE);
      const held: Array<() => void> = [];
      const late: Array<Promise<Page<Bill>>> = [];
      // This provider ignores aborts on purpose: its stale answer arrives anyway.
      provider.listBills = (q) => {
        const answer = original({ ...q, signal: undefined });
        if (q.range.from !== stale.from) return answer;
        const answerLate = new Promise<Page<Bill>>((resolve) => held.push(() => resolve(answer)));
        late.push(answerLate);
        return answerLate;
      };
      const el = await mount(provider);
      await waitForRows(el);
      el.from = '2026-01-01';
      el.to = '2026-06-30';
      await until(() => held.length === 1);
      el.from = '2026-10-01';
      el.to = '2026-10-31';
      await until(() => dataRows(el).length === 1 && cellTexts(dataRows(el)[0]!)[0] === 'Oct 1, 2026', 'the newer range never showed');
      held.forEach((release) => release());
      await Promise.allSettled(late);
      await afterRender(el);
      expect(dataRows(el).map((r) => cellTexts(r)[0])).to.deep.equal(['Oct 1, 2026']);
      expect(outstandingText(el)[1]).to.equal('1 unpaid bill in this period');
    });

    it('keeps the previous bills visible (busy) while a new range loads', async () => {
      const provider = demo();
      const original = provider.listBills!.bind(provider);
      const el = await mount(provider);
      await waitForRows(el);
      const gate = deferred<void>();
      provider.listBills = async (q) => {
        await gate.promise;
        return original(q);
      };
      el.from = '2026-01-01';
      await el.updateComplete;
      expect(dataRows(el).length).to.equal(3);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.reloading[aria-busy="true"]')).to.exist;
      gate.resolve();
      await until(() => dataRows(el).length > 3);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('download', () => {
    it('hands the provider’s document to the browser as bill_<month>_<account>.pdf and says the download started', async () => {
      const provider = demo();
      const original = provider.getBillDocument!.bind(provider);
      const returned: Blob[] = [];
      provider.getBillDocument = async (id, o) => {
        const blob = await original(id, o);
        returned.push(blob);
        return blob;
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const downloads = captureDownloads();
      try {
        downloadButtons(el)[0]!.click();
        await until(() => downloads.files.length === 1, 'no download');
      } finally {
        downloads.restore();
      }
      const [file] = downloads.files;
      expect((await provider.getAccount()).name).to.equal('Cedar Ridge Veterinary');
      expect(file!.name).to.equal('bill_2026-10_Cedar-Ridge-Veterinary.pdf');
      expect(file!.blob).to.equal(returned[0]);
      expect(spy.argsOf('getBillDocument')[0]![0]).to.equal('bill-2026-10');
      await waitForText(el, 'Download started: bill_2026-10_Cedar-Ridge-Veterinary.pdf.');
      expect($(el, '[part="download-status"]')!.getAttribute('role')).to.equal('status');
    });

    it('the demo document is a real PDF of that bill', async () => {
      const provider = demo();
      const bytes = new Uint8Array(await (await provider.getBillDocument!('bill-2026-10')).arrayBuffer());
      const text = String.fromCharCode(...bytes);
      expect(text.startsWith('%PDF-1.4')).to.equal(true);
      expect(text.trimEnd().endsWith('%%EOF')).to.equal(true);
      // The cross-reference table is where startxref says, and every object where the table says.
      const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
      expect(text.slice(xref, xref + 4)).to.equal('xref');
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      expect(offsets.length).to.equal(7);
      offsets.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).to.equal(`${i + 1} 0 obj`));
      expect(text).to.include('(Bill bill-2026-10)');
      expect(text).to.include('(Period: 2026-10-01 to 2026-10-31)');
      expect(text).to.include('(Status: Unpaid)');
    });

    it('works from the keyboard: the grid reaches Download, Enter saves', async () => {
      const el = await mount(demo());
      await waitForRows(el);
      const downloads = captureDownloads();
      try {
        (dataRows(el)[1]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
        await sendKeys({ press: 'End' });
        await until(() => el.shadowRoot!.activeElement?.matches('.download-button'));
        await sendKeys({ press: 'Enter' });
        await until(() => downloads.files.length === 1);
      } finally {
        downloads.restore();
      }
      expect(downloads.files[0]!.name).to.equal('bill_2026-09_Cedar-Ridge-Veterinary.pdf');
    });

    it('is busy while in flight: more clicks never fetch twice', async () => {
      const provider = demo();
      const original = provider.getBillDocument!.bind(provider);
      const gate = deferred<void>();
      provider.getBillDocument = async (id, o) => {
        await gate.promise;
        return original(id, o);
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const downloads = captureDownloads();
      try {
        downloadButtons(el)[0]!.click();
        await until(() => downloadButtons(el)[0]!.getAttribute('aria-disabled') === 'true');
        downloadButtons(el)[0]!.click();
        gate.resolve();
        await until(() => downloads.files.length === 1);
      } finally {
        downloads.restore();
      }
      expect(spy.count('getBillDocument')).to.equal(1);
      await until(() => downloadButtons(el)[0]!.getAttribute('aria-disabled') === 'false');
    });

    it('says why a download failed and fires provider-error', async () => {
      const provider = demo();
      provider.failNext('getBillDocument', { code: 'not-found', message: 'Document gone' });
      const el = await mount(provider);
      await waitForRows(el);
      const failed = oneEvent(el, 'provider-error');
      downloadButtons(el)[1]!.click();
      const { detail } = await failed;
      expect(detail.operation).to.equal('getBillDocument');
      await waitForText(el, 'The bill for Sep 1, 2026 – Sep 30, 2026 was not downloaded: Document gone');
      expect(dataRows(el).length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('falls back to the bill id when the account name is unknown', async () => {
      const provider = demo({ failures: { getAccount: { code: 'forbidden' } } });
      const el = await mount(provider);
      await waitForRows(el);
      const downloads = captureDownloads();
      try {
        downloadButtons(el)[2]!.click();
        await until(() => downloads.files.length === 1);
      } finally {
        downloads.restore();
      }
      expect(downloads.files[0]!.name).to.equal('bill_2026-08_bill-2026-08.pdf');
    });

    it('is hidden when the provider has no getBillDocument', async () => {
      const el = await mount(demo({ features: { getBillDocument: false } }));
      await waitForRows(el);
      expect(headers(el)).to.deep.equal(['Bill date', 'Period', 'Due date', 'Amount', 'Status']);
      expect(downloadButtons(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('says "No document" for a bill without one', async () => {
      const provider = demo();
      const original = provider.listBills!.bind(provider);
      provider.listBills = async (q) => {
        const page = await original(q);
        return { ...page, items: page.items.map((b) => ({ ...b, hasDocument: b.status !== 'paid' })) };
      };
      const el = await mount(provider);
      await waitForRows(el);
      expect(downloadButtons(el).length).to.equal(2);
      expect(cellTexts(dataRows(el)[2]!)[5]).to.equal('No document');
      await expect(el).to.be.accessible();
    });
  });
});
