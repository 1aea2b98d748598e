import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { isAbortError, isProviderError } from '../../src/core/errors.js';
import { multiplyMoney, sumMoney } from '../../src/core/money.js';
import type { CallPage, DateRange, Page } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProvider } from '../../src/providers/demo/index.js';
import { KazooProvider, type KazooProviderOptions } from '../../src/providers/kazoo/index.js';
import { decimalFromFloat } from '../../src/providers/kazoo/decimal.js';
import { gregorianToIso, splitWindows, toGregorianRange, GREGORIAN_OFFSET } from '../../src/providers/kazoo/gregorian.js';
import { classifyDialled } from '../../src/providers/kazoo/numbers.js';
import { checkProvider } from '../../src/testing/index.js';
import { createKazooHandlers, greg, KAZOO_MOCK_TOKEN, type KazooMock } from '../../mocks/kazoo/index.js';
import { override, worker } from '../support/msw.js';
import { rejection } from '../support/spy.js';

const NOW = '2026-11-27T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const DAY = 86_400_000;
const BASE = '/kazoo/v2';
/** Seed 7 is a US account (Chicago): every call of the demo log is international for it. */
const SEED = 7;

const daysBack = (days: number): DateRange => ({ from: new Date(NOW_MS - days * DAY).toISOString(), to: NOW });
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: Promise<string>;
}

/** Every request the page sends to the mock Kazoo, in order. */
let seen: Seen[] = [];
worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(`${BASE}/`)) return;
  const copy = request.clone();
  seen.push({ method: request.method, url, headers: request.headers, body: copy.text().catch(() => '') });
});
const seenTo = (suffix: string, method = 'GET') => seen.filter((s) => s.method === method && s.url.pathname.endsWith(suffix));

let demo: DemoProvider;
let kazoo: KazooMock;
let provider: KazooProvider;

function make(options: Partial<KazooProviderOptions> = {}, mock: KazooMock = kazoo): KazooProvider {
  return new KazooProvider({
    baseUrl: mock.baseUrl,
    accountId: mock.accountId,
    userId: mock.userId,
    getAuthToken: () => KAZOO_MOCK_TOKEN,
    now: () => NOW_MS,
    retryDelayMs: 1,
    ...options,
  });
}

function useKazoo(demoProvider: DemoProvider): KazooMock {
  const mock = createKazooHandlers({ demo: demoProvider, baseUrl: BASE });
  worker.resetHandlers(...mock.handlers);
  return mock;
}

/** Every page of a paged query. */
async function all<T>(list: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

beforeEach(() => {
  seen = [];
  demo = createDemoProvider({ seed: SEED, now: NOW, size: 'small' });
  kazoo = useKazoo(demo);
  provider = make();
});

describe('KazooProvider: the contract suite', () => {
  it('passes checkProvider with mutations and deletes, through the Kazoo mock', async function () {
    this.timeout(60_000);
    const report = await checkProvider(provider, { mutations: true, allowDelete: true, range: daysBack(30) });
    expect(report.ok, report.summary()).to.equal(true);
    expect(report.skipped).to.deep.equal(['listBills', 'getBillDocument']);
    const totalsRules = report.results.filter((r) => r.method === 'getCallTotals' && r.passed).map((r) => r.rule);
    expect(totalsRules, 'getCallTotals checked against the calls, and for abort').to.include.members([
      'resolves',
      'paging.call-totals',
      'abort.before',
      'abort.during',
    ]);
    expect(provider.limits).to.deep.equal({ maxRangeDays: 366, maxPageSize: 500 });
  });

  it('passes it with ledger totals too', async function () {
    this.timeout(60_000);
    const report = await checkProvider(make({ callTotals: 'ledger' }), { range: daysBack(30) });
    expect(report.ok, report.summary()).to.equal(true);
    expect(report.results.some((r) => r.method === 'getCallTotals' && r.rule === 'paging.call-totals' && r.passed)).to.equal(true);
  });
});

describe('KazooProvider: reads mapped from Kazoo documents', () => {
  it('reads the user, the account and its contacts, and a policy without current-password check', async () => {
    expect(await provider.getCurrentUser()).to.deep.equal({ ...plain(await demo.getCurrentUser()), id: kazoo.userId });
    expect(await provider.getAccount()).to.deep.equal({ ...plain(await demo.getAccount()), id: kazoo.accountId });
    expect(await provider.getPasswordPolicy()).to.deep.equal({ minLength: 8, requireCurrentPassword: false });
    const user = seenTo(`/users/${kazoo.userId}`)[0]!;
    expect(user.headers.get('X-Auth-Token')).to.equal(KAZOO_MOCK_TOKEN);
  });

  it('maps the services summary, the ledger total and the plan name to the plan, exactly', async () => {
    const plan = await provider.getServicePlan();
    expect(plan).to.deep.equal(plain(await demo.getServicePlan()));
  });

  it('turns a Kazoo discount into its own line so every total stays quantity × price', async () => {
    override(
      http.get(`${BASE}/accounts/:a/services/summary`, () =>
        HttpResponse.json({
          status: 'success',
          data: {
            invoices: [
              {
                items: [
                  { category: 'users', item: 'user', name: 'User', quantity: 3, billable: 3, rate: 10.0, total: 30.0 },
                  { category: 'users', item: 'admin', name: 'Admin', quantity: 1, billable: 1, rate: 15.0, total: 15.0 },
                  { category: 'phone_numbers', item: 'did_us', name: 'US DID', quantity: 4, billable: 2, rate: 1.5, total: 3.0 },
                  { category: 'limits', item: 'twoway_trunks', quantity: 2, rate: 29.99, total: 59.98 },
                ],
              },
            ],
          },
        }),
      ),
    );
    const plan = await make({ planName: 'Custom' }).getServicePlan();
    expect(plan.name).to.equal('Custom');
    expect(plan.users).to.deep.include({
      quantity: 3,
      unitPrice: { amount: '10.00', currency: 'USD' },
      total: { amount: '30.00', currency: 'USD' },
    });
    expect(plan.dids).to.deep.equal({
      quantity: 4,
      unitPrice: { amount: '1.50', currency: 'USD' },
      total: { amount: '6.00', currency: 'USD' },
    });
    expect(plan.otherLines!.map((l) => [l.label, l.quantity, l.total.amount])).to.deep.equal([
      ['Admin', 1, '15.00'],
      ['US DID: discount', 1, '-3.00'],
      ['Twoway trunks', 2, '59.98'],
    ]);
    expect(plan.monthlyTotal.amount).to.equal('107.98');
  });

  it('lists all credits and debits: ledger debits and credits with completed payments, newest first, behind one cursor', async function () {
    this.timeout(30_000);
    const range = daysBack(150);
    const mine = await all((cursor) => provider.listTransactions({ range, cursor, limit: 25 }));
    const demoAll = await all((cursor) => demo.listTransactions({ range, cursor, limit: 500 }));
    const calls = await all((cursor) => demo.listInternationalCalls({ range, cursor, limit: 500 }));
    const key = (t: { createdAt: string; kind: string; amount: { amount: string }; description: string }) =>
      [t.createdAt, t.kind, t.amount.amount, t.description].join(' | ');
    // Kazoo's per-minute ledger has a row per call (at its hang-up), not the demo's daily totals; everything else is the demo's.
    const hangUp = (c: (typeof calls)[number]) => gregorianToIso(greg(Date.parse(c.startedAt) + c.durationSeconds * 1000));
    const expected = [
      // Kazoo keeps whole seconds.
      ...demoAll
        .filter((t) => !/^International calls/.test(t.description))
        .map((t) => key({ ...t, createdAt: gregorianToIso(greg(t.createdAt)) })),
      ...calls
        .filter((c) => Date.parse(hangUp(c)) < Date.parse(range.to))
        .map((c) => key({ createdAt: hangUp(c), kind: 'debit', amount: c.charge, description: c.destination! })),
    ];
    expect(mine.map(key)).to.have.members(expected);
    expect(mine.length).to.equal(expected.length);
    const times = mine.map((t) => Date.parse(t.createdAt));
    expect(times, 'newest first').to.deep.equal([...times].sort((a, b) => b - a));
    expect(new Set(mine.map((t) => t.id)).size, 'each row once (a top-up is its payment, not also its ledger credit)').to.equal(
      mine.length,
    );
    const topUps = mine.filter((t) => /top-up/i.test(t.description));
    expect(topUps.length).to.be.greaterThan(0);
    expect(
      topUps.every((t) => t.kind === 'credit'),
      'a payment is money paid in',
    ).to.equal(true);
    expect(
      mine.some((t) => /^Monthly service plan/.test(t.description) && t.kind === 'debit'),
      'a billing system’s debit in the services ledger',
    ).to.equal(true);

    // Without a range: from the account's creation, in 31-day windows, newest first.
    const first = await provider.listTransactions({ limit: 5 });
    expect(first.items.map(key)).to.deep.equal(mine.slice(0, 5).map(key));
  });

  it('reads 4.3 payments (refund negative, pending and failed left out) and ≤ 4.2 rows by their type', async () => {
    const created = greg(NOW_MS - DAY);
    const payments = [
      {
        id: 'p1',
        amount: 50,
        status: 'completed',
        executor: { trigger: 'manual', module: 'cb_transactions' },
        description: 'Card payment',
        metadata: {},
        created,
      },
      { id: 'p2', amount: -12.5, status: 'completed', executor: {}, description: 'Refund to card', metadata: {}, created: created - 10 },
      { id: 'p3', amount: 80, status: 'pending', executor: {}, description: 'Pending', metadata: {}, created: created - 20 },
      {
        id: 'p4',
        amount: 80,
        status: 'failed',
        executor: {},
        description: 'Declined',
        metadata: {},
        bookkeeper: { status: 'error' },
        created: created - 30,
      },
      { id: 'l1', amount: 7.5, type: 'debit', reason: 'manual_addition', description: 'Old charge', created: created - 40 },
      { id: 'l2', amount: 3, type: 'credit', reason: 'manual_addition', description: '', created: created - 50 },
    ];
    override(
      http.get(`${BASE}/accounts/:a/transactions`, () =>
        HttpResponse.json({ status: 'success', page_size: payments.length, data: payments }),
      ),
      http.get(`${BASE}/accounts/:a/ledgers`, () =>
        HttpResponse.json({ status: 'error', error: '404', message: 'not found', data: {} }, { status: 404 }),
      ),
    );
    const page = await provider.listTransactions({ range: daysBack(3) });
    expect(page.items.map((t) => [t.id, t.kind, t.amount.amount, t.description])).to.deep.equal([
      ['p1', 'credit', '50.00', 'Card payment'],
      ['p2', 'debit', '12.50', 'Refund to card'],
      ['l1', 'debit', '7.50', 'Old charge'],
      ['l2', 'credit', '3.00', 'manual addition'],
    ]);
  });

  it('lists media and recordings, and fetches their audio as Blobs with the token in a header', async () => {
    const files = await provider.listMediaFiles({});
    expect(files.items.map((f) => [f.id, f.name])).to.deep.equal((await demo.listMediaFiles({})).items.map((f) => [f.id, f.name]));
    const name = files.items[2]!.name;
    expect((await provider.listMediaFiles({ search: name.slice(3, 9).toUpperCase() })).items.map((f) => f.name)).to.include(name);

    const audio = await provider.getMediaFileAudio(files.items[0]!.id);
    expect(audio.type).to.equal('audio/wav');
    expect(audio.size).to.equal((await demo.getMediaFileAudio!(files.items[0]!.id)).size);

    const range = daysBack(45);
    const recordings = await all((cursor) => provider.listRecordings({ range, cursor, limit: 7 }));
    const expected = await all((cursor) => demo.listRecordings({ range, cursor, limit: 500 }));
    expect(recordings).to.deep.equal(plain(expected.map(({ sizeBytes: _size, ...r }) => r)));
    const blob = await provider.getRecordingAudio(recordings[0]!.id);
    expect(blob.type).to.equal('audio/wav');
    const raw = seenTo(`/recordings/${recordings[0]!.id}`)[0]!;
    expect(raw.headers.get('Accept')).to.match(/^audio\/mpeg/);
    expect(raw.headers.get('X-Auth-Token')).to.equal(KAZOO_MOCK_TOKEN);
  });
});

describe('KazooProvider: the international call log', () => {
  it('reads a 90-day range in three windows of at most 31 days, paging inside each, with one opaque cursor', async function () {
    this.timeout(20_000);
    const range = daysBack(90);
    const limit = 40;
    const pages: CallPage[] = [];
    let cursor: string | null = null;
    do {
      const page = await provider.listInternationalCalls({ range, cursor, limit });
      pages.push(page);
      if (page.nextCursor !== null) expect(page.nextCursor).to.match(/^[\w-]+$/);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const mine = pages.flatMap((p) => p.items);
    const theirs = await all((c) => demo.listInternationalCalls({ range, cursor: c, limit: 500 }));
    expect(mine.map((c) => c.id)).to.deep.equal(theirs.map((c) => c.id));
    expect(mine).to.deep.equal(plain(theirs));
    expect(pages.every((p) => p.items.length <= limit)).to.equal(true);
    expect(
      pages.map((p) => [p.totals, p.total]),
      'no page carries totals (getCallTotals answers them), nor a total the pages do not know',
    ).to.deep.equal(pages.map(() => [undefined, undefined]));

    // Only the pages' own reads (page_size 40): no totals scan, no ledger summary.
    const reads = seenTo('/ledgers/per-minute-voip');
    expect(reads.map((s) => s.url.searchParams.get('page_size'))).to.deep.equal(reads.map(() => String(limit)));
    expect(seenTo('/ledgers')).to.have.length(0);
    const windows = new Map<string, Seen[]>();
    for (const read of reads) {
      const from = Number(read.url.searchParams.get('created_from'));
      const to = Number(read.url.searchParams.get('created_to'));
      expect(to - from, 'Kazoo caps a request at 31 days').to.be.at.most(31 * 86_400);
      const key = `${from}-${to}`;
      windows.set(key, [...(windows.get(key) ?? []), read]);
    }
    expect(windows.size).to.equal(3);
    const bounds = [...windows.keys()].map((k) => k.split('-').map(Number) as [number, number]);
    // Newest window first; `to` is exclusive, and the log reads 4 h (maxCallSeconds) further: Kazoo files a call at its hang-up.
    expect(bounds[0]![1]).to.equal(greg(NOW_MS) - 1 + 4 * 3600);
    expect(bounds[2]![0]).to.equal(greg(NOW_MS - 90 * DAY));
    expect(bounds[1]![1] + 1).to.equal(bounds[0]![0]); // windows meet without a gap
    for (const [key, requests] of windows) {
      expect(requests.filter((r) => r.url.searchParams.has('start_key')).length, `pages inside window ${key}`).to.be.at.least(2);
    }
  });

  it('reads oldest first with ascending windows, and rejects a cursor of another query', async () => {
    const range = daysBack(40);
    const mine = await all((cursor) => provider.listInternationalCalls({ range, order: 'oldest', cursor, limit: 60 }));
    const theirs = await all((cursor) => demo.listInternationalCalls({ range, order: 'oldest', cursor, limit: 500 }));
    expect(mine.map((c) => c.id)).to.deep.equal(theirs.map((c) => c.id));
    expect(seenTo('/ledgers/per-minute-voip').every((s) => s.url.searchParams.get('ascending') === 'true')).to.equal(true);

    const first = await provider.listInternationalCalls({ range, limit: 5 });
    const error = await rejection(provider.listInternationalCalls({ range: daysBack(10), limit: 5, cursor: first.nextCursor }));
    expect(error).to.include({ code: 'validation', field: 'cursor' });
  });

  it('keeps the half-open range exact at whole seconds, and sends nothing for a range holding no second', async () => {
    const call = (await provider.listInternationalCalls({ range: daysBack(5), limit: 1 })).items[0]!;
    const t = Date.parse(call.startedAt);
    seen = [];
    const at = await provider.listInternationalCalls({ range: { from: new Date(t).toISOString(), to: new Date(t + 1).toISOString() } });
    expect(at.items.map((c) => c.id)).to.include(call.id);
    const read = seenTo('/ledgers/per-minute-voip')[0]!;
    expect(read.url.searchParams.get('created_from')).to.equal(String(greg(t)));
    expect(read.url.searchParams.get('created_to')).to.equal(
      String(greg(t) + 4 * 3600),
      'a call is filed at its hang-up: up to maxCallSeconds later',
    );
    seen = [];
    const before = await provider.listInternationalCalls({ range: { from: new Date(t - 1).toISOString(), to: new Date(t).toISOString() } });
    expect(before, 'a first page that is the whole list knows its total').to.deep.equal({ items: [], nextCursor: null, total: 0 });
    const empty = { from: new Date(t - 1).toISOString(), to: new Date(t).toISOString() };
    expect(await provider.getCallTotals({ range: empty })).to.deep.equal({
      minutes: 0,
      charges: { amount: '0.0000', currency: 'USD' },
      calls: 0,
    });
    expect(await make({ callTotals: 'ledger' }).getCallTotals({ range: empty })).to.deep.equal({
      minutes: 0,
      charges: { amount: '0.0000', currency: 'USD' },
    });
    expect(seenTo('/ledgers/per-minute-voip')).to.have.length(0);
    expect(seenTo('/ledgers')).to.have.length(0);
  });

  it('classifies by the dialled number: 011/00 access codes and E.164 outside the account country', async () => {
    const row = (id: string, callee: string, extra: Record<string, unknown> = {}) => ({
      id,
      source: { service: 'per-minute-voip', id },
      usage: { type: 'voice', quantity: 61, unit: 'sec' },
      amount: 0.05,
      description: 'rate name',
      period: { start: greg(NOW_MS - DAY) },
      // As jonny5 writes it: the rate in units (250 = 0.025 a minute), billed in whole minutes.
      metadata: {
        direction: 'outbound',
        caller_id_number: '1001',
        callee_id_number: callee,
        rate: { name: 'rate', value: 250, increment: 60, minimum: 60 },
      },
      ...extra,
    });
    const rows = [
      row('a', '011442071234567'),
      row('b', '00493012345678'),
      row('c', '+442071234567'),
      row('d', '+14165550100'), // Toronto: another country for a US account
      row('e', '+17875550100'), // Puerto Rico: domestic for a US account
      row('f', '+13125550100'),
      row('g', '3125550100'),
      { ...row('h', '+442071234567'), metadata: { direction: 'inbound', callee_id_number: '+442071234567' } },
      {
        ...row('i', ''),
        metadata: {
          direction: 'outbound',
          to: 'sip:+819012345678@acme.example',
          from: '1002@acme.example',
          rate: { value: '250', increment: '60', minimum: '60' },
        },
      },
    ];
    override(
      http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, () =>
        HttpResponse.json({ status: 'success', page_size: rows.length, data: rows }),
      ),
    );
    const page = await provider.listInternationalCalls({ range: daysBack(3) });
    expect(page.items.map((c) => [c.id, c.to, c.countryCode, c.from])).to.deep.equal([
      ['a', '+442071234567', 'GB', '1001'],
      ['b', '+493012345678', 'DE', '1001'],
      ['c', '+442071234567', 'GB', '1001'],
      ['d', '+14165550100', 'CA', '1001'],
      ['i', '+819012345678', 'JP', '1002'],
    ]);
    expect(page.items[0]).to.deep.include({
      durationSeconds: 61,
      ratePerMinute: { amount: '0.0250', currency: 'USD' },
      charge: { amount: '0.0500', currency: 'USD' },
    });
    expect(page.totals).to.equal(undefined);
    expect(await provider.getCallTotals({ range: daysBack(3) })).to.deep.equal({
      minutes: 10,
      charges: { amount: '0.2500', currency: 'USD' },
      calls: 5,
    });
    // period.start is when the channel was destroyed: the call started its 61 seconds earlier.
    expect(page.items[0]!.startedAt).to.equal(gregorianToIso(greg(NOW_MS - DAY) - 61));

    expect(classifyDialled('+442071234567', 'GB').international).to.equal(false);
    expect(classifyDialled('0011442071234567', 'AU')).to.deep.equal({ display: '+442071234567', international: true, countryCode: 'GB' });
    expect(classifyDialled('07700900123', 'GB').international).to.equal(false);
  });

  it('reads metadata.rate.value in Kazoo units (dollars × 10000), exactly', async () => {
    const rows = [400, 125, 3, 10_000, 1_234_567].map((value, i) => ({
      id: `r${i}`,
      usage: { type: 'voice', quantity: 60, unit: 'sec' },
      amount: 0.04,
      period: { start: greg(NOW_MS - DAY) },
      metadata: { direction: 'outbound', callee_id_number: '011442071234567', rate: { name: 'UK', value, increment: 60, minimum: 60 } },
    }));
    override(
      http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, () =>
        HttpResponse.json({ status: 'success', page_size: rows.length, data: rows }),
      ),
    );
    const page = await provider.listInternationalCalls({ range: daysBack(3) });
    expect(page.items.map((c) => c.ratePerMinute.amount)).to.deep.equal(['0.0400', '0.0125', '0.0003', '1.0000', '123.4567']);
  });

  it('takes the home country from the option, else the billing contact, else the account caller ID', async () => {
    const gb = make({ homeCountry: 'GB' });
    override(
      http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, () =>
        HttpResponse.json({
          status: 'success',
          data: [
            {
              id: 'x',
              amount: 0.1,
              period: { start: greg(NOW_MS - DAY) },
              usage: { quantity: 60, unit: 'sec' },
              metadata: { callee_id_number: '+442071234567', rate: { value: 0.1 } },
            },
            {
              id: 'y',
              amount: 0.1,
              period: { start: greg(NOW_MS - DAY) },
              usage: { quantity: 60, unit: 'sec' },
              metadata: { callee_id_number: '+13125550100', rate: { value: 0.1 } },
            },
          ],
        }),
      ),
    );
    expect((await gb.listInternationalCalls({ range: daysBack(3) })).items.map((c) => c.id)).to.deep.equal(['y']);
    expect((await provider.listInternationalCalls({ range: daysBack(3) })).items.map((c) => c.id)).to.deep.equal(['x']);
  });
});

describe('KazooProvider: call totals apart from the pages', () => {
  it('answers a year’s first page with its own reads only, long before the totals scan, and never waits for it', async function () {
    this.timeout(30_000);
    const range = daysBack(360); // 12 windows of 31 days
    const maxPageSize = 50; // the scan's page_size: many Kazoo pages per window
    const p = make({ maxPageSize });
    const page = await p.listInternationalCalls({ range, limit: 20 });
    const pageRequests = seen;
    expect(page.items).to.have.length(20);
    expect(page).not.to.have.property('totals');
    expect(page).not.to.have.property('total');
    // The account (the home country) and one read of the newest window: the 20 newest calls are in its first Kazoo page.
    expect(pageRequests.map((r) => r.url.pathname)).to.have.members([
      `${BASE}/accounts/${kazoo.accountId}`,
      `${BASE}/accounts/${kazoo.accountId}/ledgers/per-minute-voip`,
    ]);
    const read = seenTo('/ledgers/per-minute-voip')[0]!.url.searchParams;
    expect(read.get('created_to')).to.equal(String(greg(NOW_MS) - 1 + 4 * 3600));
    expect(read.get('page_size')).to.equal('25');

    seen = [];
    const totals = await p.getCallTotals({ range });
    const scanRequests = seen;
    const calls = await all((cursor) => demo.listInternationalCalls({ range, cursor, limit: 500 }));
    expect(totals.calls).to.equal(calls.length);
    const windows = new Set(scanRequests.map((r) => r.url.searchParams.get('created_from')));
    expect(windows.size, 'the scan reads every window').to.equal(12);
    expect(scanRequests.length, 'at least one Kazoo page per 50 rows').to.be.at.least(Math.ceil(calls.length / maxPageSize));
    expect(pageRequests.length * 10, 'the first page makes a tenth of the requests, or fewer').to.be.at.most(scanRequests.length);

    // Asked together, as the call log asks: the page resolves while every read of the scan is held back.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldBack = 0;
    override(
      http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('page_size') !== String(maxPageSize)) return undefined;
        heldBack++;
        await held;
        return undefined;
      }),
    );
    const fresh = make({ maxPageSize });
    let totalsSettled = false;
    const pending = fresh.getCallTotals({ range }).finally(() => (totalsSettled = true));
    const together = await fresh.listInternationalCalls({ range, limit: 20 });
    expect(together.items.map((c) => c.id)).to.deep.equal(page.items.map((c) => c.id));
    await waitUntil(() => heldBack > 0, 'the totals scan never started');
    expect(totalsSettled, 'the totals are still being read').to.equal(false);
    release();
    expect(await pending).to.deep.equal(totals);
  });

  it('gives the totals the first page used to carry: exact by scan, the ledger summary per window by ledger', async function () {
    this.timeout(20_000);
    const range = daysBack(90);
    const listed = await all((cursor) => provider.listInternationalCalls({ range, cursor, limit: 500 }));
    const demoTotals = await demo.getCallTotals!({ range });
    seen = [];
    const scan = await provider.getCallTotals({ range });
    expect(scan).to.deep.equal(plain(demoTotals));
    expect(scan.calls).to.equal(listed.length);
    expect(scan.charges).to.deep.equal(
      sumMoney(
        listed.map((c) => c.charge),
        'USD',
      ),
    );
    expect(seenTo('/ledgers')).to.have.length(0);
    expect(seenTo('/ledgers/per-minute-voip').every((r) => r.url.searchParams.get('page_size') === '500')).to.equal(true);

    // The ledger summary adds up the rows filed (at the hang-up) in the windows, which reach maxCallSeconds past the range.
    const g = toGregorianRange(range);
    const wider = { from: new Date(Date.parse(range.from) - DAY).toISOString(), to: range.to };
    const filed = (await all((cursor) => demo.listInternationalCalls({ range: wider, cursor, limit: 500 }))).filter((c) => {
      const hangUp = greg(Date.parse(c.startedAt) + c.durationSeconds * 1000);
      return hangUp >= g.from && hangUp <= g.to + 4 * 3600;
    });
    const seconds = filed.reduce((sum, c) => sum + c.durationSeconds, 0);
    seen = [];
    const ledger = await make({ callTotals: 'ledger' }).getCallTotals({ range });
    expect(ledger).to.deep.equal({
      minutes: Math.round((seconds / 60) * 100) / 100,
      charges: sumMoney(
        filed.map((c) => c.charge),
        'USD',
      ),
    });
    expect(seenTo('/ledgers'), 'one summary per window').to.have.length(3);
    expect(seenTo('/ledgers/per-minute-voip')).to.have.length(0);
  });

  it('rejects a missing, reversed or too long range before any request, as the call log does', async () => {
    const tooLong = await rejection(provider.listInternationalCalls({ range: daysBack(400) }));
    expect(tooLong).to.include({ code: 'range-too-large' });
    seen = [];
    for (const p of [provider, make({ callTotals: 'ledger' })]) {
      expect(await rejection(p.getCallTotals({} as never))).to.include({ code: 'validation', field: 'range' });
      expect(await rejection(p.getCallTotals(undefined as never))).to.include({ code: 'validation', field: 'range' });
      const reversed = { from: NOW, to: daysBack(1).from };
      expect(await rejection(p.getCallTotals({ range: reversed }))).to.include({ code: 'validation', field: 'range' });
      expect(await rejection(p.getCallTotals({ range: { from: 'yesterday', to: NOW } }))).to.include({
        code: 'validation',
        field: 'range',
      });
      expect(await rejection(p.getCallTotals({ range: daysBack(400) }))).to.include({ code: tooLong.code, message: tooLong.message });
    }
    expect(seen).to.have.length(0);
  });

  it('aborts before and while Kazoo answers, in both modes', async () => {
    override(
      http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, () => new Promise<Response>(() => undefined)),
      http.get(`${BASE}/accounts/:a/ledgers`, () => new Promise<Response>(() => undefined)),
    );
    for (const [p, path] of [
      [provider, '/ledgers/per-minute-voip'],
      [make({ callTotals: 'ledger' }), '/ledgers'],
    ] as const) {
      seen = [];
      const early = new AbortController();
      early.abort();
      expect(isAbortError(await rejection(p.getCallTotals({ range: daysBack(90), signal: early.signal })))).to.equal(true);
      expect(seen, 'nothing sent for an aborted call').to.have.length(0);
      const controller = new AbortController();
      const pending = p.getCallTotals({ range: daysBack(90), signal: controller.signal });
      await waitUntil(() => seenTo(path).length > 0, `no ${path} request was sent`);
      controller.abort();
      expect(isAbortError(await rejection(pending)), path).to.equal(true);
    }
  });

  it('retries its reads after 503 as the other GETs do', async () => {
    const range = daysBack(20);
    const expected = {
      scan: await provider.getCallTotals({ range }),
      ledger: await make({ callTotals: 'ledger' }).getCallTotals({ range }),
    };
    let failed = 0;
    const once = () => (failed++ % 2 === 0 ? HttpResponse.json({ status: 'error', error: '503' }, { status: 503 }) : undefined);
    override(http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, once), http.get(`${BASE}/accounts/:a/ledgers`, once));
    expect(await provider.getCallTotals({ range })).to.deep.equal(expected.scan);
    expect(await make({ callTotals: 'ledger' }).getCallTotals({ range })).to.deep.equal(expected.ledger);
    expect(failed, 'a 503 then the answer, per mode').to.equal(4);
  });
});

describe('KazooProvider: buying users through the 402 accept-charges round trip', () => {
  it('quotes from the dry run as a monthly increase and a charge now (nothing created), then buys seats a default Kazoo accepts', async () => {
    const before = await provider.getServicePlan();
    const rate = before.users.unitPrice;
    const quote = await provider.quoteAddUsers(3);
    // Kazoo's dry run: users item changes.difference.billable 1 × rate 19.99; no activation charges.
    expect(quote).to.deep.equal({ charge: { amount: '0.00', currency: 'USD' }, monthlyIncrease: multiplyMoney(rate, 3) });
    expect(quote, 'adding users takes nothing from the ledger').not.to.have.property('creditAfter');
    const [dryRun] = seenTo('/users', 'PUT');
    const dryBody = JSON.parse(await dryRun!.body) as Record<string, unknown> & { data: Record<string, unknown> };
    expect(dryBody).not.to.have.property('accept_charges');
    expect(dryBody.send_email_on_creation).to.equal(false);
    expect(dryBody.data.password, 'a username without a password is refused by a default Kazoo').to.match(/^[0-9a-f]{48}$/);
    expect((await provider.getServicePlan()).users.quantity, 'the dry run created nothing').to.equal(before.users.quantity);

    seen = [];
    const plan = await provider.addUsers(3, { idempotencyKey: 'purchase-1' });
    const puts = seenTo('/users', 'PUT');
    expect(puts).to.have.length(3);
    const passwords = new Set<string>();
    for (const [i, put] of puts.entries()) {
      const body = JSON.parse(await put.body) as {
        accept_charges: boolean;
        send_email_on_creation: boolean;
        data: Record<string, unknown>;
      };
      expect(body.accept_charges).to.equal(true);
      expect(body.send_email_on_creation).to.equal(false);
      expect(body.data).to.include({
        username: `paw-seat-purchase-1-${i + 1}`,
        first_name: 'Unassigned',
        last_name: `seat ${i + 1} (2026-11-27)`,
        priv_level: 'user',
      });
      expect(body.data.flags).to.deep.equal([`paw-seat-bought-${greg(NOW_MS)}`]);
      passwords.add(body.data.password as string);
    }
    expect(passwords.size, 'a fresh password per seat').to.equal(3);
    expect((await kazoo.world()).welcomeEmails, 'no welcome e-mail for a seat').to.deep.equal([]);
    expect(plan.users.quantity).to.equal(before.users.quantity + 3);
    expect(plan.users.inUse).to.equal(before.users.inUse);
    expect(plan.credit, 'the credit is not debited by adding users').to.deep.equal(before.credit);

    // The same purchase again (a retry) buys nothing more, even from another provider instance.
    expect((await provider.addUsers(3, { idempotencyKey: 'purchase-1' })).users.quantity).to.equal(before.users.quantity + 3);
    expect((await make().addUsers(3, { idempotencyKey: 'purchase-1' })).users.quantity).to.equal(before.users.quantity + 3);

    const removed = await provider.removeUsers(4);
    expect(removed.users.quantity).to.equal(before.users.quantity - 1);
    const error = await rejection(provider.removeUsers(1));
    expect(error).to.include({ code: 'conflict' });
  });

  it('removes the newest seats first and never one an admin has taken into use', async () => {
    const w = await kazoo.world();
    const seat = (id: string, bought: number, extra: Record<string, unknown> = {}) =>
      ({
        id,
        username: `paw-seat-${id}`,
        first_name: 'Unassigned',
        last_name: 'seat',
        priv_level: 'user',
        flags: [`paw-seat-bought-${bought}`],
        ...extra,
      }) as never;
    const base = greg(NOW_MS) - 86_400;
    w.users = w.users.filter((u) => !u.username.startsWith('paw-seat-'));
    w.users.push(seat('old', base), seat('newest', base + 300), seat('middle', base + 100));
    w.users.push(seat('renamed', base + 900, { first_name: 'Dana' }), seat('with-features', base + 800, { features: ['caller_id'] }));
    const plan = await provider.getServicePlan();
    expect(plan.users.inUse, 'a renamed seat or one with features is in use').to.equal(plan.users.quantity - 3);
    seen = [];
    await provider.removeUsers(2);
    expect(seenTo('/users/newest', 'DELETE').length + seenTo('/users/middle', 'DELETE').length).to.equal(2);
    expect(w.users.map((u) => u.id)).to.include.members(['old', 'renamed', 'with-features']);
    expect(await rejection(provider.removeUsers(2))).to.include({ code: 'conflict' });
  });

  it('reports a user Kazoo refuses as a refused purchase, not as a bad new password', async () => {
    override(
      http.put(`${BASE}/accounts/:a/users`, () =>
        HttpResponse.json(
          {
            status: 'error',
            error: '400',
            message: 'invalid data',
            data: {
              password: { required: { message: 'The password must be provided when creating / updating the user name', cause: 'x' } },
            },
          },
          { status: 400 },
        ),
      ),
    );
    for (const error of [await rejection(provider.quoteAddUsers(1)), await rejection(provider.addUsers(1))]) {
      expect(error).to.include({ code: 'validation' });
      expect(error.field, 'not the password field of the password form').to.equal(undefined);
      expect(error.message).to.match(/^Kazoo refused to create a user for the purchase: The password must be provided/);
    }
  });

  it('reads 402 billing_issue as insufficient-credit', async () => {
    demo = createDemoProvider({ seed: SEED, now: NOW, size: 'small', credit: '0.25' });
    kazoo = useKazoo(demo);
    provider = make();
    const error = await rejection(provider.addUsers(1));
    expect(isProviderError(error)).to.equal(true);
    expect(error).to.include({ code: 'insufficient-credit', status: 402 });
    expect(error.message, 'Kazoo’s own words about the billing issue').to.match(/billing issue with this account/);
    expect((await provider.getServicePlan()).users.quantity).to.equal((await demo.getServicePlan()).users.quantity);
  });

  it('reads the activation charge of a dry run as the charge now, and Kazoo 4.2’s bare activation_charges', async () => {
    const invoice = {
      items: [
        {
          category: 'users',
          item: 'user',
          quantity: 6,
          billable: 6,
          rate: 12.5,
          total: 75,
          changes: { type: 'modified', difference: { quantity: 1, billable: 1 } },
        },
      ],
      activation_charges: [{ category: 'users', item: 'user', name: 'User', billable: 1, rate: 4.99, total: 4.99 }],
      summary: { today: 4.99, recurring: 75 },
    };
    let body: unknown = [invoice];
    override(
      http.put(`${BASE}/accounts/:a/users`, () =>
        HttpResponse.json({ status: 'error', error: '402', message: 'accept charges', data: body }, { status: 402 }),
      ),
    );
    expect(await provider.quoteAddUsers(2)).to.deep.equal({
      charge: { amount: '9.98', currency: 'USD' },
      monthlyIncrease: { amount: '25.00', currency: 'USD' },
    });
    body = { activation_charges: 1.5 };
    expect(await provider.quoteAddUsers(2)).to.deep.equal({ charge: { amount: '3.00', currency: 'USD' } });
  });

  it('quotes zero and undoes the user when Kazoo creates it without asking to accept charges', async () => {
    const before = (await provider.getServicePlan()).users.quantity;
    let created = '';
    override(
      http.put(`${BASE}/accounts/:a/users`, async () => {
        created = 'free-user-id';
        return HttpResponse.json({ status: 'success', data: { id: created, username: 'x' } }, { status: 201 });
      }),
      http.delete(`${BASE}/accounts/:a/users/free-user-id`, () => HttpResponse.json({ status: 'success', data: { id: 'free-user-id' } })),
    );
    const quote = await provider.quoteAddUsers(2);
    expect(quote).to.deep.equal({ charge: { amount: '0.00', currency: 'USD' }, monthlyIncrease: { amount: '0.00', currency: 'USD' } });
    expect(seenTo('/users/free-user-id', 'DELETE')).to.have.length(1);
    worker.resetHandlers(...kazoo.handlers);
    expect((await provider.getServicePlan()).users.quantity).to.equal(before);
  });
});

describe('KazooProvider: authentication', () => {
  it('asks for a new token once after a 401, then rejects with unauthorized', async () => {
    const asked: boolean[] = [];
    const expired = make({ getAuthToken: ({ refresh }) => (asked.push(refresh), 'expired-token') });
    const error = await rejection(expired.getCurrentUser());
    expect(error).to.include({ code: 'unauthorized', status: 401 });
    expect(asked).to.deep.equal([false, true]);
    expect(seenTo(`/users/${kazoo.userId}`)).to.have.length(2);
  });

  it('goes on with the refreshed token, and concurrent 401s share one refresh', async () => {
    let token = 'old-token';
    const asked: boolean[] = [];
    const p = make({
      getAuthToken: async ({ refresh }) => {
        asked.push(refresh);
        if (refresh) token = KAZOO_MOCK_TOKEN;
        return token;
      },
    });
    const [user, account] = await Promise.all([p.getCurrentUser(), p.getAccount()]);
    expect(user.id).to.equal(kazoo.userId);
    expect(account.id).to.equal(kazoo.accountId);
    expect(asked).to.deep.equal([false, true]);
    // The token expires later: one refresh again.
    kazoo.tokens.delete(KAZOO_MOCK_TOKEN);
    kazoo.tokens.add('newer-token');
    const next = make({ getAuthToken: ({ refresh }) => (refresh ? 'newer-token' : KAZOO_MOCK_TOKEN) });
    expect((await next.getCurrentUser()).id).to.equal(kazoo.userId);
  });

  it('rejects with unauthorized when the token supplier fails, without calling Kazoo', async () => {
    const p = make({ getAuthToken: () => Promise.reject(new Error('no session')) });
    expect(await rejection(p.getAccount())).to.include({ code: 'unauthorized' });
    expect(seen).to.have.length(0);
  });

  it('stops waiting for a token supplier that never answers when the call is aborted', async () => {
    const p = make({ getAuthToken: () => new Promise<string>(() => undefined) });
    const controller = new AbortController();
    const pending = p.getCurrentUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(isAbortError(await rejection(pending))).to.equal(true);
  });

  it('never puts the token in a URL', async function () {
    this.timeout(60_000);
    const secret = 'tok-7f3a9c-secret';
    kazoo.tokens.add(secret);
    const p = make({ getAuthToken: () => secret });
    await checkProvider(p, { mutations: true, allowDelete: true, range: daysBack(20) });
    await p.getRecordingAudio((await p.listRecordings({ range: daysBack(20), limit: 1 })).items[0]!.id);
    await p.getMediaFileAudio((await p.listMediaFiles({ limit: 1 })).items[0]!.id);
    expect(seen.length).to.be.greaterThan(50);
    for (const request of seen) {
      expect(request.url.href).not.to.include(secret);
      expect(request.url.href).not.to.include('auth_token');
      expect(request.headers.get('X-Auth-Token')).to.equal(secret);
    }
  });
});

describe('KazooProvider: the block list over many blacklists', () => {
  it('flattens the lists in force, blocks into the first one, unblocks from every list', async () => {
    const w = await kazoo.world();
    // Kazoo 4.x blocks E.164 caller IDs only: the demo's blocked extensions have no place on it.
    const expected = (await all((cursor) => demo.listBlockedNumbers({ cursor, limit: 500 }))).filter((b) => b.number.startsWith('+'));
    const listed = await all((cursor) => provider.listBlockedNumbers({ cursor, limit: 2 }));
    expect(listed).to.deep.equal(plain(expected));

    // A number on two lists shows once and is removed from both; a list not in force is not read.
    const shared = expected[0]!.number;
    w.blacklists.push({ id: 'second-list', name: 'Second', numbers: { [shared]: {} } });
    w.blacklists.push({ id: 'not-in-force', name: 'Draft', numbers: { '+33123456789': {} } });
    (w.account.blacklists as string[]).push('second-list');
    expect((await provider.listBlockedNumbers({ search: shared })).items).to.have.length(1);
    expect((await provider.listBlockedNumbers({ search: '+33123456789' })).items).to.have.length(0);

    seen = [];
    const blocked = await provider.blockNumber('+1 (202) 555-0142', { reason: 'Prank calls' });
    expect(blocked).to.deep.equal({ number: '+12025550142', blockedAt: gregorianToIso(greg(NOW_MS)), reason: 'Prank calls' });
    const [patch] = seenTo(`/blacklists/${w.blacklists[0]!.id}`, 'PATCH');
    expect(JSON.parse(await patch!.body)).to.deep.equal({
      data: { numbers: { '+12025550142': { blocked_at: greg(NOW_MS), reason: 'Prank calls' } } },
    });
    expect(await rejection(provider.blockNumber('+12025550142'))).to.include({ code: 'conflict' });
    expect(await rejection(provider.blockNumber('call me'))).to.include({ code: 'validation', field: 'number' });

    // An extension is refused, not written to raw_numbers (gone in 4.x, read by nothing); a leftover one is not listed.
    seen = [];
    const extension = await rejection(provider.blockNumber('1099'));
    expect(extension).to.include({ code: 'validation', field: 'number' });
    expect(extension.message).to.match(/cannot block an extension/);
    expect(seen.filter((r) => r.method !== 'GET')).to.have.length(0);
    w.blacklists[0]!.raw_numbers = { '1099': {} };
    expect((await provider.listBlockedNumbers({ search: '1099' })).items).to.deep.equal([]);

    await provider.unblockNumber(shared);
    expect(w.blacklists.some((b) => shared in b.numbers)).to.equal(false);
    expect(await rejection(provider.unblockNumber(shared))).to.include({ code: 'not-found' });
  });

  it('creates a list and puts it in force when the account has none', async () => {
    const w = await kazoo.world();
    w.account.blacklists = [];
    expect((await provider.listBlockedNumbers({})).items).to.deep.equal([]);
    await provider.blockNumber('+442071234567');
    const created = w.blacklists.at(-1)!;
    expect(created.name).to.equal('Blocked numbers');
    expect(w.account.blacklists).to.deep.equal([created.id]);
    expect((await provider.listBlockedNumbers({})).items.map((b) => b.number)).to.deep.equal(['+442071234567']);
  });
});

describe('KazooProvider: errors and transport', () => {
  it('maps crossbar error envelopes to contract codes', async () => {
    const answer = (status: number, body: unknown) =>
      http.get(`${BASE}/accounts/:a/users/:u`, () => HttpResponse.json(body as JsonBodyType, { status }));
    const cases: Array<[number, unknown, Record<string, unknown>]> = [
      [404, { status: 'error', error: '404', message: 'bad identifier', data: {} }, { code: 'not-found' }],
      [403, { status: 'error', error: '403', message: 'forbidden', data: {} }, { code: 'forbidden' }],
      [
        400,
        { status: 'error', error: '400', message: 'invalid data', data: { password: { minLength: { message: 'too short' } } } },
        { code: 'validation', field: 'newPassword', message: 'too short' },
      ],
      [
        400,
        {
          status: 'error',
          error: '400',
          message: 'invalid data',
          data: { created_from: { date_range: { message: 'more than 2682000 seconds' } } },
        },
        { code: 'range-too-large' },
      ],
      [402, { status: 'error', error: '402', message: 'billing_issue', data: {} }, { code: 'insufficient-credit' }],
      [500, { status: 'fatal', error: '500', message: 'datastore_fault', data: {} }, { code: 'unknown' }],
    ];
    for (const [status, body, expected] of cases) {
      override(answer(status, body));
      expect(await rejection(provider.getCurrentUser()), `HTTP ${status}`).to.include(expected);
      worker.resetHandlers(...kazoo.handlers);
    }
    override(
      http.get(`${BASE}/accounts/:a/users/:u`, () => new HttpResponse('<html>proxy</html>', { headers: { 'Content-Type': 'text/html' } })),
    );
    expect(await rejection(provider.getCurrentUser())).to.include({ code: 'unknown' });
  });

  it('turns a 400 date_range into range-too-large when the server caps below the windows', async () => {
    const strict = createKazooHandlers({ demo, baseUrl: BASE, maxRangeSeconds: 7 * 86_400 });
    worker.resetHandlers(...strict.handlers);
    const error = await rejection(make({}, strict).listInternationalCalls({ range: daysBack(20) }));
    expect(error).to.include({ code: 'range-too-large', status: 400 });
    const fits = make({ maxWindowSeconds: 7 * 86_400 }, strict);
    expect((await fits.listInternationalCalls({ range: daysBack(20), limit: 5 })).items).to.have.length(5);
    // The provider's own cap: ranges longer than limits.maxRangeDays never reach Kazoo.
    seen = [];
    expect(await rejection(provider.listInternationalCalls({ range: daysBack(400) }))).to.include({ code: 'range-too-large' });
    expect(seen).to.have.length(0);
  });

  it('retries GETs after 503 but never a change', async () => {
    let gets = 0;
    override(
      http.get(`${BASE}/accounts/:a/users/:u`, () =>
        ++gets < 2 ? HttpResponse.json({ status: 'error', error: '503' }, { status: 503 }) : undefined,
      ),
    );
    expect((await provider.getCurrentUser()).id).to.equal(kazoo.userId);
    expect(gets).to.equal(2);
    let patches = 0;
    override(
      http.patch(`${BASE}/accounts/:a/users/:u`, () => (patches++, HttpResponse.json({ status: 'error', error: '503' }, { status: 503 }))),
    );
    expect(await rejection(provider.changePassword({ newPassword: 'a-long-password' }))).to.include({ code: 'unavailable' });
    expect(patches).to.equal(1);
  });

  it('changes the password with a PATCH of the user, checking only the length', async () => {
    await provider.changePassword({ currentPassword: 'ignored', newPassword: 'correct horse battery' });
    const [patch] = seenTo(`/users/${kazoo.userId}`, 'PATCH');
    expect(JSON.parse(await patch!.body)).to.deep.equal({ data: { password: 'correct horse battery' } });
    expect(await rejection(provider.changePassword({ newPassword: 'short' }))).to.include({ code: 'validation', field: 'newPassword' });
  });

  it('aborts a pending list, and a list spanning windows stops at once', async () => {
    override(http.get(`${BASE}/accounts/:a/ledgers/per-minute-voip`, () => new Promise<Response>(() => undefined)));
    const controller = new AbortController();
    const pending = provider.listInternationalCalls({ range: daysBack(90), signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await rejection(pending))).to.equal(true);
  });
});

describe('KazooProvider: conversions', () => {
  it('converts Gregorian seconds, half-open ranges and windows', () => {
    expect(gregorianToIso(63_881_740_800)).to.equal('2024-05-01T00:00:00.000Z');
    expect(greg('2024-05-01T00:00:00Z')).to.equal(63_881_740_800);
    expect(GREGORIAN_OFFSET).to.equal(62_167_219_200);
    const g = toGregorianRange({ from: '2026-01-01T00:00:00.500Z', to: '2026-01-02T00:00:00Z' });
    expect(g.from).to.equal(greg('2026-01-01T00:00:01Z'));
    expect(g.to).to.equal(greg('2026-01-01T23:59:59Z'));
    expect(() => toGregorianRange({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }))
      .to.throw()
      .with.property('code', 'validation');
    const windows = splitWindows({ from: 0, to: 90 * 86_400 - 1 }, 31 * 86_400, 'ascending');
    expect(windows.map((w) => [w.from, w.to])).to.deep.equal([
      [0, 31 * 86_400],
      [31 * 86_400 + 1, 62 * 86_400 + 1],
      [62 * 86_400 + 2, 90 * 86_400 - 1],
    ]);
  });

  it('turns Kazoo floats into exact decimal strings', () => {
    expect(decimalFromFloat(10.179999999999999716)).to.equal('10.18');
    expect(decimalFromFloat(15)).to.equal('15.00');
    expect(decimalFromFloat(0.0125)).to.equal('0.0125');
    expect(decimalFromFloat(-54.7404)).to.equal('-54.7404');
    expect(decimalFromFloat(1e-7)).to.equal('0.00');
    expect(decimalFromFloat(2e21)).to.equal('2000000000000000000000.00');
    expect(decimalFromFloat(-0.00001)).to.equal('0.00');
    expect(decimalFromFloat(-0.001)).to.equal('-0.001');
    expect(decimalFromFloat(0.1 + 0.2)).to.equal('0.30');
    expect(decimalFromFloat(0.045, 4, 4)).to.equal('0.0450');
    expect(decimalFromFloat(1.23456, 2, 4)).to.equal('1.2346');
  });
});
