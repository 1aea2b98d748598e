import { expect } from '@open-wc/testing';
import { abortError, ProviderError } from '../../src/core/errors.js';
import { addMoney, compareMoney, multiplyMoney, subtractMoney, sumMoney } from '../../src/core/money.js';
import type {
  AccountDataProvider,
  BlockedNumber,
  CallPage,
  CallQuery,
  CallRecord,
  CallTotalsQuery,
  DateRange,
  MediaFile,
  Money,
  Page,
  PageQuery,
  Recording,
  ServicePlan,
  Transaction,
  Bill,
} from '../../src/core/provider.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { checkProvider, RULES, type CheckOptions, type CheckResult, type ConformanceReport } from '../../src/testing/index.js';

// ---------------------------------------------------------------------------------------------
// A small, honest reference provider: a few records in arrays, real paging, real abort.
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const HOUR = 3_600_000;
const usd = (amount: string): Money => ({ amount, currency: 'USD' });
const iso = (t: number) => new Date(t).toISOString();

/** Waits a macrotask, rejecting with an AbortError as soon as the signal aborts. */
function latency(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, 0);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function paged<T>(all: readonly T[], q: PageQuery): Page<T> {
  let offset = 0;
  if (q.cursor !== undefined && q.cursor !== null) {
    const m = /^o(\d+)$/.exec(q.cursor);
    if (!m || Number(m[1]) > all.length) throw new ProviderError('validation', 'Unknown cursor.', { field: 'cursor' });
    offset = Number(m[1]);
  }
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 20)), 100);
  const items = all.slice(offset, offset + limit);
  return { items, nextCursor: offset + limit < all.length ? `o${offset + limit}` : null, total: all.length };
}

function checkRange(range: DateRange | undefined, required: boolean): ((t: string) => boolean) | null {
  if (!range) {
    if (required) throw new ProviderError('validation', 'A range is required.', { field: 'range' });
    return null;
  }
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new ProviderError('validation', 'Malformed range.', { field: 'range' });
  if (from > to) throw new ProviderError('validation', 'The range ends before it starts.', { field: 'range' });
  if (to - from > 92 * DAY) throw new ProviderError('range-too-large', 'At most 92 days at a time.');
  return (t) => Date.parse(t) >= from && Date.parse(t) < to;
}

function count(n: number, field = 'count'): void {
  if (!Number.isSafeInteger(n) || n < 1 || n > 1000)
    throw new ProviderError('validation', 'Enter a whole number from 1 to 1000.', { field });
}

interface Reference extends AccountDataProvider {
  /** What the reference holds, for assertions. */
  state: { users: number; credit: Money; blocked: BlockedNumber[]; recordings: Recording[]; media: MediaFile[] };
}

function createReference(): Reference {
  const now = Math.floor(Date.now() / 1000) * 1000;
  const rates = ['0.0125', '0.2100', '0.0450', '1.1000'];
  const calls: CallRecord[] = [];
  for (let k = 0; k < 14; k++) {
    const durationSeconds = 17 + k * 53;
    const ratePerMinute = usd(rates[k % rates.length]!);
    // two of them are older than 30 days, outside the default range
    const startedAt = iso(k < 12 ? now - k * 37 * HOUR - 13 * 60_000 : now - (40 + k) * DAY);
    calls.push({
      id: `call-${k}`,
      startedAt,
      from: k % 2 ? '1001' : '+15555550100',
      to: `+4420712345${String(k).padStart(2, '0')}`,
      destination: 'United Kingdom',
      countryCode: 'GB',
      durationSeconds,
      ratePerMinute,
      charge: multiplyMoney(ratePerMinute, Math.ceil(durationSeconds / 60)),
    });
  }
  // two calls at the very same instant, to make order ties and 1 ms probes honest
  calls.push({ ...calls[3]!, id: 'call-twin', to: '+33123456789', destination: 'France', countryCode: 'FR' });
  calls.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));

  const transactions: Transaction[] = Array.from({ length: 6 }, (_, k) => ({
    id: `tx-${k}`,
    createdAt: iso(now - k * 4 * DAY - HOUR),
    kind: k % 3 === 0 ? 'credit' : 'debit',
    amount: usd(`${10 + k}.50`),
    description: k % 3 === 0 ? 'Top-up' : 'Monthly plan',
  }));
  const bills: Bill[] = Array.from({ length: 3 }, (_, k) => ({
    id: `bill-${k}`,
    issuedAt: iso(now - (k * 20 + 2) * DAY),
    periodStart: iso(now - (k * 20 + 32) * DAY),
    periodEnd: iso(now - (k * 20 + 2) * DAY),
    amount: usd('61.97'),
    status: k === 0 ? 'unpaid' : 'paid',
    hasDocument: k !== 2,
  }));
  const media: MediaFile[] = [
    { id: 'm-1', name: 'Welcome greeting', contentType: 'audio/wav', sizeBytes: 44, durationSeconds: 0, uploadedAt: iso(now - 50 * DAY) },
    { id: 'm-2', name: 'Hold music', contentType: 'audio/wav', sizeBytes: 44, durationSeconds: 0 },
    { id: 'm-3', name: 'Price list', contentType: 'application/pdf', sizeBytes: 1200 },
  ];
  const recordings: Recording[] = Array.from({ length: 5 }, (_, k) => ({
    id: `rec-${k}`,
    from: '1001',
    to: `+1555555010${k}`,
    startedAt: iso(now - k * 5 * DAY - 2 * HOUR),
    durationSeconds: 30 + k,
    contentType: 'audio/wav',
    sizeBytes: 44,
  }));
  const blocked: BlockedNumber[] = [{ number: '+18005550123', blockedAt: iso(now - 3 * DAY), reason: 'Spam' }, { number: '+447700900123' }];
  const state = { users: 5, inUse: 3, credit: usd('100.00'), blocked, recordings, media };
  const wav = () => new Blob([new Uint8Array(44)], { type: 'audio/wav' });

  const plan = (): ServicePlan => {
    const users = { quantity: state.users, inUse: state.inUse, unitPrice: usd('19.99'), total: multiplyMoney(usd('19.99'), state.users) };
    const dids = { quantity: 2, unitPrice: usd('2.50'), total: usd('5.00') };
    const otherLines = [{ label: 'Recording storage', quantity: 1, unitPrice: usd('4.00'), total: usd('4.00') }];
    return {
      name: 'Business',
      users,
      dids,
      otherLines,
      monthlyTotal: sumMoney([users.total, dids.total, otherLines[0]!.total], 'USD'),
      credit: state.credit,
    };
  };
  const search = <T>(all: T[], term: string | undefined, text: (x: T) => string) =>
    term ? all.filter((x) => text(x).toLowerCase().includes(term.toLowerCase())) : all;

  return {
    state,
    limits: { maxRangeDays: 92, maxPageSize: 100 },
    async getCurrentUser(o) {
      await latency(o?.signal);
      return { id: 'u-1', username: 'admin', firstName: 'Ada', email: 'ada@example.com', timezone: 'Europe/London' };
    },
    async getPasswordPolicy(o) {
      await latency(o?.signal);
      return { minLength: 12, requireCurrentPassword: true };
    },
    async changePassword(input, o) {
      await latency(o?.signal);
      if (input.currentPassword !== 'correct horse battery')
        throw new ProviderError('validation', 'The current password is wrong.', { field: 'currentPassword' });
      if (input.newPassword.length < 12) throw new ProviderError('validation', 'Too short.', { field: 'newPassword' });
    },
    async getAccount(o) {
      await latency(o?.signal);
      return {
        id: 'acc-1',
        name: 'Acme Ltd',
        realm: 'acme.pbx.example',
        timezone: 'Europe/London',
        contacts: [{ role: 'billing', name: 'Ada', email: 'ada@example.com' }],
      };
    },
    async getServicePlan(o) {
      await latency(o?.signal);
      return plan();
    },
    async quoteAddUsers(n, o) {
      await latency(o?.signal);
      count(n);
      const charge = multiplyMoney(usd('19.99'), n);
      return { charge, creditAfter: subtractMoney(state.credit, charge) };
    },
    async addUsers(n, o) {
      await latency(o?.signal);
      count(n);
      const charge = multiplyMoney(usd('19.99'), n);
      if (compareMoney(charge, state.credit) > 0) throw new ProviderError('insufficient-credit', 'Not enough credit.');
      state.credit = subtractMoney(state.credit, charge);
      state.users += n;
      return plan();
    },
    async removeUsers(n, o) {
      await latency(o?.signal);
      count(n);
      if (state.users - n < state.inUse) throw new ProviderError('conflict', 'Those users are in use.');
      state.users -= n;
      state.credit = addMoney(state.credit, multiplyMoney(usd('19.99'), n));
      return plan();
    },
    async listInternationalCalls(q: CallQuery): Promise<CallPage> {
      await latency(q.signal);
      const inRange = checkRange(q.range, true)!;
      let all = calls.filter((c) => inRange(c.startedAt));
      if (q.order === 'oldest') all = [...all].reverse();
      const page = paged(all, q);
      const totals = {
        minutes: all.reduce((m, c) => m + Math.ceil(c.durationSeconds / 60), 0),
        charges: sumMoney(
          all.map((c) => c.charge),
          'USD',
        ),
        calls: all.length,
      };
      return { ...page, totals };
    },
    async listTransactions(q) {
      await latency(q.signal);
      const inRange = checkRange(q.range, false);
      return paged(inRange ? transactions.filter((t) => inRange(t.createdAt)) : transactions, q);
    },
    async listBills(q) {
      await latency(q.signal);
      const inRange = checkRange(q.range, true)!;
      return paged(
        bills.filter((b) => inRange(b.issuedAt)),
        q,
      );
    },
    async getBillDocument(id, o) {
      await latency(o?.signal);
      if (!bills.some((b) => b.id === id && b.hasDocument)) throw new ProviderError('not-found', 'No such bill document.');
      return new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    },
    async listMediaFiles(q) {
      await latency(q.signal);
      return paged(
        search(state.media, q.search, (m) => m.name),
        q,
      );
    },
    async getMediaFileAudio(id, o) {
      await latency(o?.signal);
      if (!state.media.some((m) => m.id === id && m.contentType?.startsWith('audio/')))
        throw new ProviderError('not-found', 'No such audio file.');
      return wav();
    },
    async deleteMediaFile(id, o) {
      await latency(o?.signal);
      const i = state.media.findIndex((m) => m.id === id);
      if (i < 0) throw new ProviderError('not-found', 'No such file.');
      state.media.splice(i, 1);
    },
    async listRecordings(q) {
      await latency(q.signal);
      const inRange = checkRange(q.range, false);
      return paged(inRange ? state.recordings.filter((r) => inRange(r.startedAt)) : state.recordings, q);
    },
    async getRecordingAudio(id, o) {
      await latency(o?.signal);
      if (!state.recordings.some((r) => r.id === id)) throw new ProviderError('not-found', 'No such recording.');
      return wav();
    },
    async deleteRecording(id, o) {
      await latency(o?.signal);
      const i = state.recordings.findIndex((r) => r.id === id);
      if (i < 0) throw new ProviderError('not-found', 'No such recording.');
      state.recordings.splice(i, 1);
    },
    async listBlockedNumbers(q) {
      await latency(q.signal);
      return paged(
        search(state.blocked, q.search, (b) => b.number),
        q,
      );
    },
    async blockNumber(number, o) {
      await latency(o?.signal);
      if (!/^(\+\d{6,15}|\d{2,6})$/.test(number)) throw new ProviderError('validation', 'Not a phone number.', { field: 'number' });
      if (state.blocked.some((b) => b.number === number)) throw new ProviderError('conflict', 'Already blocked.');
      const entry: BlockedNumber = { number, blockedAt: new Date().toISOString(), ...(o?.reason ? { reason: o.reason } : {}) };
      state.blocked.unshift(entry);
      return entry;
    },
    async unblockNumber(number, o) {
      await latency(o?.signal);
      const i = state.blocked.findIndex((b) => b.number === number);
      if (i < 0) throw new ProviderError('not-found', 'That number is not blocked.');
      state.blocked.splice(i, 1);
    },
  };
}

// ---------------------------------------------------------------------------------------------

const fast: CheckOptions = { timeoutMs: 1000 };

function failuresOf(report: ConformanceReport, rule: string, method?: string): CheckResult[] {
  return report.failures.filter((f) => f.rule === rule && (method === undefined || f.method === method));
}

/** Asserts the report fails `rule` (on `method`), with a message containing `text`. */
function expectFailure(report: ConformanceReport, rule: string, method?: string, text?: string): void {
  const found = failuresOf(report, rule, method);
  expect(report.ok, report.summary()).to.equal(false);
  expect(found.length, `expected a failure of ${rule}${method ? ` on ${method}` : ''}; got:\n${report.summary()}`).to.be.greaterThan(0);
  if (text !== undefined) expect(found.map((f) => f.message).join('\n')).to.contain(text);
}

describe('checkProvider', function () {
  this.timeout(60_000);

  describe('on a correct provider', () => {
    it('passes everything, mutations and deletes included, and restores what it changes', async () => {
      const ref = createReference();
      const progress: CheckResult[] = [];
      const report = await checkProvider(ref, { mutations: true, allowDelete: true, pageSize: 4, onProgress: (r) => progress.push(r) });
      expect(report.ok, report.summary()).to.equal(true);
      expect(report.failures).to.deep.equal([]);
      // Its first page carries the totals (the demo provider below answers getCallTotals).
      expect(report.skipped).to.deep.equal(['getCallTotals']);
      expect(progress).to.deep.equal(report.results);
      expect(report.summary()).to.match(/^Provider conformance: OK/);
      // every rule was applied somewhere (the checker itself never crashed)
      const applied = new Set(report.results.map((r) => r.rule));
      for (const rule of Object.keys(RULES)) if (rule !== 'checker') expect(applied.has(rule), `rule ${rule} applied`).to.equal(true);
      for (const r of report.results) expect(Object.keys(RULES)).to.include(r.rule);
      // one result per (method, rule)
      const pairs = report.results.map((r) => `${r.method} ${r.rule}`);
      expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).to.deep.equal([]);
      // the probes and aborts really ran
      const notes = report.results.filter((r) => r.message?.includes('not exercised') && !r.method.startsWith('delete'));
      expect(notes, JSON.stringify(notes)).to.deep.equal([]);
      // restored: same users, test number unblocked; one recording and one file deleted
      expect(ref.state.users).to.equal(5);
      expect(ref.state.credit.amount).to.equal('100.00');
      expect(ref.state.blocked.map((b) => b.number)).to.deep.equal(['+18005550123', '+447700900123']);
      expect(ref.state.recordings.length).to.equal(4);
      expect(ref.state.media.length).to.equal(2);
    });

    it('with default options reads only, and lists absent optional methods as skipped', async () => {
      const ref = createReference();
      const touched: string[] = [];
      const spy = (name: string) => () => {
        touched.push(name);
        return Promise.reject(new ProviderError('forbidden', 'read-only'));
      };
      const provider: AccountDataProvider = {
        ...ref,
        changePassword: spy('changePassword'),
        addUsers: spy('addUsers'),
        removeUsers: spy('removeUsers'),
        deleteMediaFile: spy('deleteMediaFile'),
        deleteRecording: spy('deleteRecording'),
        unblockNumber: spy('unblockNumber'),
      };
      delete provider.listBills;
      delete provider.getBillDocument;
      delete provider.blockNumber;
      delete provider.quoteAddUsers;
      const report = await checkProvider(provider);
      expect(report.ok, report.summary()).to.equal(true);
      expect(touched).to.deep.equal([]);
      expect(report.skipped).to.deep.equal(['quoteAddUsers', 'getCallTotals', 'listBills', 'getBillDocument', 'blockNumber']);
      expect(report.results.some((r) => r.method === 'listBills')).to.equal(false);
      expect(report.summary()).to.contain('quoteAddUsers, getCallTotals, listBills, getBillDocument, blockNumber');
    });

    it('pages a list longer than maxItems with a note, not a failure', async () => {
      const report = await checkProvider(createReference(), { maxItems: 3, pageSize: 2 });
      expect(report.ok, report.summary()).to.equal(true);
      const note = report.results.find((r) => r.method === 'listInternationalCalls' && r.rule === 'paging.terminates');
      expect(note?.message).to.contain('stopped after 4 items');
    });

    it('refuses invalid options', async () => {
      let error: unknown;
      try {
        await checkProvider(createReference(), { range: { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' } });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(RangeError);
    });
  });

  describe('on the demo provider', () => {
    it('passes everything, mutations included', async () => {
      const report = await checkProvider(createDemoProvider({ seed: 3, now: '2026-11-27T12:00:00Z', size: 'small' }), { mutations: true });
      expect(report.ok, report.summary()).to.equal(true);
      expect(report.skipped).to.deep.equal([]);
    });

    it('passes with latency, so aborts land while calls are pending, deletes included', async () => {
      const demo = createDemoProvider({ seed: 3, now: '2026-11-27T12:00:00Z', size: 'small', latency: 2 });
      const report = await checkProvider(demo, { mutations: true, allowDelete: true, pageSize: 200, maxItems: 600 });
      expect(report.ok, report.summary()).to.equal(true);
      const during = report.results.filter((r) => r.rule === 'abort.during');
      expect(during.length).to.be.greaterThan(10);
      for (const r of during) expect(r.message, `${r.method}: ${r.message}`).to.equal(undefined);
    });
  });

  describe('on broken providers', () => {
    it('money: a float or an exponent amount', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          async listInternationalCalls(q) {
            const page = await ref.listInternationalCalls(q);
            const items = page.items.map((c, i) => ({
              ...c,
              charge: { amount: i === 0 ? (1.5 as unknown as string) : '1.5e2', currency: 'USD' },
            }));
            return { ...page, items };
          },
        },
        fast,
      );
      expectFailure(report, 'money', 'listInternationalCalls', 'items[3].charge.amount: "1.5e2" is not a decimal string');
      expectFailure(report, 'money', 'listInternationalCalls', 'items[0].charge.amount: 1.5 is not a decimal string');
    });

    it('money: a lower-case currency code', async () => {
      const ref = createReference();
      const report = await checkProvider(
        { ...ref, getServicePlan: async (o) => ({ ...(await ref.getServicePlan(o)), credit: { amount: '1.00', currency: 'usd' } }) },
        fast,
      );
      expectFailure(report, 'money', 'getServicePlan', 'credit.currency: "usd" is not an ISO 4217 currency code');
    });

    it('money.plan-arithmetic: a monthly total that does not add up', async () => {
      const ref = createReference();
      const report = await checkProvider(
        { ...ref, getServicePlan: async (o) => ({ ...(await ref.getServicePlan(o)), monthlyTotal: usd('108.96') }) },
        fast,
      );
      expectFailure(
        report,
        'money.plan-arithmetic',
        'getServicePlan',
        'monthlyTotal is "108.96" USD but the line totals add up to "108.95"',
      );
    });

    it('money.plan-arithmetic: a users total computed in floating point', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          async getServicePlan(o) {
            const plan = await ref.getServicePlan(o);
            return { ...plan, users: { ...plan.users, total: usd(String(19.99 * 5)) } };
          },
        },
        fast,
      );
      expectFailure(
        report,
        'money.plan-arithmetic',
        'getServicePlan',
        'users.total is "99.94999999999999" USD but quantity 5 × unitPrice "19.99" = "99.95"',
      );
    });

    it('money.quote-arithmetic: creditAfter that is not credit − charge', async () => {
      const ref = createReference();
      const report = await checkProvider(
        { ...ref, quoteAddUsers: async (n, o) => ({ ...(await ref.quoteAddUsers!(n, o)), creditAfter: usd('100.00') }) },
        fast,
      );
      expectFailure(
        report,
        'money.quote-arithmetic',
        'quoteAddUsers',
        'creditAfter is "100.00" USD but credit "100.00" − charge "19.99" = "80.01"',
      );
    });

    it('money.quote-arithmetic: a monthlyIncrease in another currency or negative; a well-formed one passes', async () => {
      const ref = createReference();
      const eur = { amount: '5.00', currency: 'EUR' };
      const wrong = await checkProvider(
        { ...ref, quoteAddUsers: async (n, o) => ({ ...(await ref.quoteAddUsers!(n, o)), monthlyIncrease: eur }) },
        fast,
      );
      expectFailure(wrong, 'money.quote-arithmetic', 'quoteAddUsers', 'monthlyIncrease is in EUR but the charge in USD');
      const negative = await checkProvider(
        { ...ref, quoteAddUsers: async (n, o) => ({ ...(await ref.quoteAddUsers!(n, o)), monthlyIncrease: usd('-1.00') }) },
        fast,
      );
      expectFailure(negative, 'money.quote-arithmetic', 'quoteAddUsers', 'monthlyIncrease "-1.00" USD is negative');
      const fine = await checkProvider(
        { ...ref, quoteAddUsers: async (n, o) => ({ ...(await ref.quoteAddUsers!(n, o)), monthlyIncrease: usd('19.99') }) },
        fast,
      );
      expect(fine.ok, fine.summary()).to.equal(true);
    });

    it('shapes: a missing required field, a null optional one, an undefined nextCursor', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          getCurrentUser: async (o) => ({
            ...(await ref.getCurrentUser(o)),
            username: undefined as unknown as string,
            email: null as unknown as string,
          }),
          listMediaFiles: async (q) => ({ ...(await ref.listMediaFiles(q)), nextCursor: undefined as unknown as null }),
        },
        fast,
      );
      expectFailure(report, 'shapes', 'getCurrentUser', 'username is undefined (a required field)');
      expectFailure(report, 'shapes', 'getCurrentUser', 'email is null');
      expectFailure(report, 'shapes', 'listMediaFiles', 'nextCursor is undefined');
    });

    it('instants: a time without a zone', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          async listTransactions(q) {
            const page = await ref.listTransactions(q);
            return { ...page, items: page.items.map((t) => ({ ...t, createdAt: t.createdAt.replace('Z', '') })) };
          },
        },
        fast,
      );
      expectFailure(report, 'instants', 'listTransactions', 'is not an ISO 8601 instant with a zone');
    });

    it('paging.unique-ids: an id repeated across pages', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          async listRecordings(q) {
            const page = await ref.listRecordings(q);
            if (!q.cursor || page.items.length === 0) return page;
            const first = (await ref.listRecordings({ ...q, cursor: null })).items[0]!;
            return { ...page, items: [first, ...page.items.slice(1)] };
          },
        },
        { ...fast, pageSize: 2 },
      );
      expectFailure(report, 'paging.unique-ids', 'listRecordings', 'page 2: items[0].id "rec-0" was already returned on page 1');
    });

    it('paging.terminates: a cursor that never ends', async () => {
      const ref = createReference();
      let n = 0;
      const report = await checkProvider(
        {
          ...ref,
          async listTransactions(q) {
            if (q.cursor?.startsWith('more-')) return { items: [], nextCursor: `more-${++n}` };
            const page = await ref.listTransactions(q);
            return { ...page, nextCursor: page.nextCursor ?? `more-${++n}` };
          },
        },
        fast,
      );
      expectFailure(report, 'paging.terminates', 'listTransactions', 'empty pages in a row, each with another nextCursor');
    });

    it('paging.terminates: a cursor that loops', async () => {
      const ref = createReference();
      const report = await checkProvider(
        { ...ref, listMediaFiles: async (q) => ({ ...(await ref.listMediaFiles({ ...q, cursor: null })), nextCursor: 'again' }) },
        fast,
      );
      expectFailure(report, 'paging.terminates', 'listMediaFiles', 'nextCursor "again" was already used: the cursor loops');
    });

    it('paging.terminates: a cursor cycle a → b → a', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          async listMediaFiles(q) {
            const page = await ref.listMediaFiles({ ...q, cursor: q.cursor === 'b' ? 'o1' : q.cursor === 'a' ? 'o1' : q.cursor });
            return { ...page, nextCursor: q.cursor === 'a' ? 'b' : 'a' };
          },
        },
        { ...fast, pageSize: 1 },
      );
      expectFailure(report, 'paging.terminates', 'listMediaFiles', 'was already used: the cursor loops');
    });

    it('paging.terminates: the same items again under a fresh cursor', async () => {
      const ref = createReference();
      let n = 0;
      const report = await checkProvider(
        { ...ref, listMediaFiles: async (q) => ({ ...(await ref.listMediaFiles({ ...q, cursor: null })), nextCursor: `fresh-${++n}` }) },
        fast,
      );
      expectFailure(report, 'paging.terminates', 'listMediaFiles', 'came back under another cursor');
      expect(n).to.be.below(100);
    });

    it('paging.terminates: a page that fails part-way', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          listBlockedNumbers: async (q) =>
            q.cursor === 'o1' ? Promise.reject(new ProviderError('unavailable', 'Try later')) : ref.listBlockedNumbers(q),
        },
        { ...fast, pageSize: 1 },
      );
      expectFailure(
        report,
        'paging.terminates',
        'listBlockedNumbers',
        'page 2 (cursor "o1") rejected with "unavailable" error "Try later"',
      );
    });

    it('paging.page-size and paging.total: a page above the limit, a wrong total', async () => {
      const ref = createReference();
      const report = await checkProvider(
        { ...ref, listRecordings: async (q) => ({ ...(await ref.listRecordings({ ...q, limit: 100 })), total: 99 }) },
        { ...fast, pageSize: 2 },
      );
      expectFailure(report, 'paging.page-size', 'listRecordings', 'items for limit 2');
      expectFailure(report, 'paging.total', 'listRecordings', 'total is 99 but the query returned');
    });

    it('paging.call-totals: missing totals, a wrong count, charges that do not add up', async () => {
      const ref = createReference();
      const noTotals = await checkProvider(
        {
          ...ref,
          async listInternationalCalls(q) {
            const { totals: _totals, ...page } = await ref.listInternationalCalls(q);
            return page as CallPage;
          },
        },
        fast,
      );
      expectFailure(noTotals, 'paging.call-totals', 'listInternationalCalls', 'the first page has no totals');

      const wrong = await checkProvider(
        {
          ...ref,
          async listInternationalCalls(q) {
            const page = await ref.listInternationalCalls(q);
            const totals = page.totals!;
            return { ...page, totals: { ...totals, calls: (totals.calls ?? 0) + 1, charges: addMoney(totals.charges, usd('0.01')) } };
          },
        },
        fast,
      );
      expectFailure(wrong, 'paging.call-totals', 'listInternationalCalls', 'totals.calls is 14 but the query returned 13 calls');
      expectFailure(wrong, 'paging.call-totals', 'listInternationalCalls', "calls' charges add up to");
    });

    it('paging.call-totals with getCallTotals: pages need no totals; its answer is held to the calls', async () => {
      const ref = createReference();
      const totalsOf = async (range: DateRange) => (await ref.listInternationalCalls({ range, limit: 1000 })).totals!;
      const withoutPageTotals = {
        ...ref,
        async listInternationalCalls(q: CallQuery) {
          const { totals: _totals, ...page } = await ref.listInternationalCalls(q);
          return page as CallPage;
        },
      };
      const good = await checkProvider(
        {
          ...withoutPageTotals,
          async getCallTotals(q: CallTotalsQuery) {
            if (q.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
            return totalsOf(q.range);
          },
        },
        fast,
      );
      expect(failuresOf(good, 'paging.call-totals')).to.deep.equal([]);
      expect(good.results.some((r) => r.method === 'getCallTotals' && r.rule === 'paging.call-totals' && r.passed)).to.equal(true);
      expect(good.skipped).not.to.include('getCallTotals');

      const wrong = await checkProvider(
        {
          ...withoutPageTotals,
          async getCallTotals(q: CallTotalsQuery) {
            const totals = await totalsOf(q.range);
            return { ...totals, calls: (totals.calls ?? 0) + 1 };
          },
        },
        fast,
      );
      expectFailure(wrong, 'paging.call-totals', 'getCallTotals', 'totals.calls is 14 but the query returned 13 calls');
    });

    it('paging.order: oldest ignored', async () => {
      const ref = createReference();
      const report = await checkProvider(
        { ...ref, listInternationalCalls: (q) => ref.listInternationalCalls({ ...q, order: 'newest' }) },
        fast,
      );
      expectFailure(report, 'paging.order', 'listInternationalCalls', 'order "oldest"');
    });

    it('ranges: an item exactly at `to` is returned', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          listInternationalCalls: (q) =>
            ref.listInternationalCalls({ ...q, range: { from: q.range.from, to: iso(Date.parse(q.range.to) + 1) } }),
        },
        fast,
      );
      expectFailure(report, 'ranges.half-open', 'listInternationalCalls', 'exactly `to` (to is exclusive)');
    });

    it('ranges: the range is ignored', async () => {
      const ref = createReference();
      const report = await checkProvider({ ...ref, listRecordings: ({ range: _range, ...q }) => ref.listRecordings(q) }, fast);
      expectFailure(report, 'ranges.within', 'listRecordings', 'is before from');
    });

    it('abort: a provider that ignores its signal', async () => {
      const ref = createReference();
      const slow = <T>(value: () => Promise<T>) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), 5));
      const report = await checkProvider(
        {
          ...ref,
          getCurrentUser: () => slow(() => ref.getCurrentUser()),
          listBlockedNumbers: ({ signal: _signal, ...q }) => slow(() => ref.listBlockedNumbers(q)),
        },
        fast,
      );
      expectFailure(report, 'abort.before', 'getCurrentUser', 'resolved');
      expectFailure(report, 'abort.during', 'getCurrentUser', 'instead of rejecting with an AbortError');
      expectFailure(report, 'abort.during', 'listBlockedNumbers');
    });

    it('abort: an abort that never settles, or settles with the wrong error', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          getAccount: (o) =>
            o?.signal?.aborted
              ? Promise.reject(new ProviderError('unknown', 'aborted'))
              : new Promise((resolve) => setTimeout(() => resolve(ref.getAccount()), 20)),
          listBills: (q) => (q.signal ? new Promise(() => {}) : ref.listBills!(q)),
        },
        { timeoutMs: 300 },
      );
      expectFailure(report, 'abort.before', 'getAccount', 'rejected with "unknown" error "aborted" instead of an AbortError');
      expectFailure(report, 'abort.before', 'listBills', 'still pending 300 ms after the abort');
    });

    it('errors.contract: a plain Error or a bare string instead of a coded error', async () => {
      const ref = createReference();
      const recode =
        <A extends unknown[], T>(fn: (...args: A) => Promise<T>, to: (e: Error) => unknown) =>
        async (...args: A) => {
          try {
            return await fn(...args);
          } catch (e) {
            throw e instanceof ProviderError ? to(e) : e;
          }
        };
      const report = await checkProvider(
        {
          ...ref,
          listTransactions: recode(ref.listTransactions, (e) => new Error(e.message)),
          getRecordingAudio: recode(ref.getRecordingAudio, (e) => e.message),
          listBlockedNumbers: recode(ref.listBlockedNumbers, (e) => ({ code: 'E_CURSOR', message: e.message })),
        },
        fast,
      );
      expectFailure(report, 'errors.contract', 'listTransactions', 'rejected with Error("Unknown cursor.") (no contract code)');
      expectFailure(report, 'errors.bad-cursor', 'listTransactions', 'expected a contract error with "validation" or "not-found"');
      expectFailure(report, 'errors.contract', 'getRecordingAudio', 'the bare string "No such recording."');
      expectFailure(report, 'errors.contract', 'listBlockedNumbers', 'code: "E_CURSOR"');
    });

    it('errors: invalid ranges and cursors accepted', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          limits: { maxRangeDays: 31, maxPageSize: 100 },
          listBills: ({ range, cursor: _cursor, ...q }) =>
            ref.listBills!({ ...q, range: Date.parse(range.from) > Date.parse(range.to) ? { from: range.to, to: range.from } : range }),
        },
        fast,
      );
      expectFailure(report, 'errors.reversed-range', 'listBills', 'resolved');
      expectFailure(report, 'errors.bad-cursor', 'listBills', 'resolved');
      expectFailure(report, 'errors.range-too-large', 'listBills', 'a range of 32 days and an hour (limits.maxRangeDays 31) resolved');
      // the reference enforces 92 days, not 31: every ranged list is caught
      expectFailure(report, 'errors.range-too-large', 'listInternationalCalls');
    });

    it('errors: bad user counts, a wrong password, unblocking an unknown number (mutations)', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          addUsers: async (n, o) => (n === 0 ? ref.getServicePlan(o) : ref.addUsers(n, o)),
          removeUsers: async (n, o) => {
            try {
              return await ref.removeUsers(n, o);
            } catch (e) {
              throw new ProviderError((e as ProviderError).code, 'no field');
            }
          },
          changePassword: async (input, o) => {
            try {
              await ref.changePassword(input, o);
            } catch {
              throw new ProviderError('unauthorized', 'Wrong password');
            }
          },
          unblockNumber: async () => {},
        },
        { ...fast, mutations: true },
      );
      expectFailure(report, 'errors.bad-count', 'addUsers', 'addUsers(0) resolved');
      expectFailure(
        report,
        'errors.bad-count',
        'removeUsers',
        'removeUsers(-1) rejected with "validation" error "no field" but names no `field`',
      );
      expectFailure(report, 'errors.wrong-password', 'changePassword', 'expected "validation"');
      expectFailure(report, 'errors.not-blocked', 'unblockNumber', 'of a number that was never blocked resolved');
    });

    it('mutations: a change that is not applied', async () => {
      const ref = createReference();
      const report = await checkProvider(
        {
          ...ref,
          addUsers: async (n, o) => {
            count(n);
            return ref.getServicePlan(o);
          },
          blockNumber: async (number) => ({ number }),
        },
        { ...fast, mutations: true },
      );
      expectFailure(report, 'mutations.users', 'addUsers', 'addUsers(1) returned users.quantity 5; expected 6');
      expectFailure(report, 'mutations.block', 'blockNumber', 'does not list it');
    });

    it('blob: audio of the wrong type', async () => {
      const ref = createReference();
      const report = await checkProvider({ ...ref, getRecordingAudio: async () => new Blob(['x'], { type: 'text/plain' }) }, fast);
      expectFailure(report, 'blob', 'getRecordingAudio', 'a Blob of type "text/plain", not audio/*');
      expectFailure(report, 'errors.unknown-id', 'getRecordingAudio');
    });

    it('settles: a call that never settles', async () => {
      const ref = createReference();
      const report = await checkProvider({ ...ref, getAccount: () => new Promise(() => {}) }, { timeoutMs: 200 });
      expectFailure(report, 'settles', 'getAccount', 'did not settle within 200 ms');
    });

    it('promise and present: a synchronous throw, a missing method', async () => {
      const ref = createReference();
      const provider = {
        ...ref,
        getAccount: () => {
          throw new ProviderError('unavailable', 'down');
        },
      } as Partial<AccountDataProvider>;
      delete provider.listRecordings;
      const report = await checkProvider(provider as AccountDataProvider, fast);
      expectFailure(report, 'promise', 'getAccount', 'threw synchronously');
      expectFailure(report, 'present', 'listRecordings', 'listRecordings is undefined, not a function');
      expect(report.summary()).to.contain('✗ getAccount · promise: ');
    });
  });
});
