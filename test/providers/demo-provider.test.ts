import { expect } from '@open-wc/testing';
import { dayOf } from '../../src/core/dates.js';
import { isProviderError } from '../../src/core/errors.js';
import { addMoney, compareMoney, multiplyMoney, subtractMoney } from '../../src/core/money.js';
import type { CallRecord, DateRange, Money, Transaction } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProvider } from '../../src/providers/demo/index.js';
import { rejection } from '../support/spy.js';

const NOW = '2026-03-15T12:00:00.000Z';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const lastDays = (days: number): DateRange => ({ from: iso(Date.parse(NOW) - days * DAY), to: NOW });

async function allCalls(p: DemoProvider, range: DateRange, order: 'newest' | 'oldest' = 'newest', limit = 100): Promise<CallRecord[]> {
  const out: CallRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await p.listInternationalCalls({ range, order, cursor, limit });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

async function decodeWav(blob: Blob): Promise<AudioBuffer> {
  const context = new OfflineAudioContext(1, 8000, 8000);
  return context.decodeAudioData(await blob.arrayBuffer());
}

describe('demo provider', () => {
  it('is deterministic for a seed and a "now"', async () => {
    const a = createDemoProvider({ seed: 42, now: NOW });
    const b = createDemoProvider({ seed: 42, now: NOW });
    const c = createDemoProvider({ seed: 43, now: NOW });
    const range = lastDays(30);
    expect(await a.listInternationalCalls({ range })).to.deep.equal(await b.listInternationalCalls({ range }));
    expect(await a.getAccount()).to.deep.equal(await b.getAccount());
    expect(await a.listTransactions({ limit: 20 })).to.deep.equal(await b.listTransactions({ limit: 20 }));
    expect(await a.listRecordings({})).to.deep.equal(await b.listRecordings({}));
    expect((await c.listInternationalCalls({ range })).items).not.to.deep.equal((await a.listInternationalCalls({ range })).items);
  });

  it('returns fresh objects', async () => {
    const p = createDemoProvider({ now: NOW });
    const account = await p.getAccount();
    account.name = 'changed';
    account.contacts.length = 0;
    const again = await p.getAccount();
    expect(again.name).not.to.equal('changed');
    expect(again.contacts.length).to.be.within(2, 3);
  });

  it('serves a million calls lazily, with fast totals', async () => {
    const p = createDemoProvider({ seed: 7, now: NOW, size: { calls: 1_000_000 } });
    const range = lastDays(366);
    let t = performance.now();
    const first = await p.listInternationalCalls({ range, limit: 100 });
    const firstMs = performance.now() - t;
    expect(firstMs, 'first page ms').to.be.below(2000);
    expect(first.items).to.have.length(100);
    expect(first.total).to.be.above(800_000);
    // With getCallTotals (the default) pages carry no totals: the sums are asked apart.
    expect(first.totals).to.equal(undefined);
    t = performance.now();
    const totals = await p.getCallTotals!({ range });
    expect(performance.now() - t, 'totals ms').to.be.below(2000);
    expect(totals.calls).to.equal(first.total);
    t = performance.now();
    const again = await p.getCallTotals!({ range: lastDays(365) });
    expect(performance.now() - t, 'warm totals ms').to.be.below(50);
    expect(again.minutes).to.be.below(totals.minutes);
  });

  it('puts the totals on the first page (only) when getCallTotals is off, the same as getCallTotals gives', async () => {
    const options = { seed: 7, now: NOW, size: { calls: 50_000 } };
    const without = createDemoProvider({ ...options, features: { getCallTotals: false } });
    expect(without.getCallTotals).to.equal(undefined);
    const range = lastDays(90);
    const first = await without.listInternationalCalls({ range, limit: 100 });
    expect(first.totals).to.deep.equal(await createDemoProvider(options).getCallTotals!({ range }));
    const second = await without.listInternationalCalls({ range, limit: 100, cursor: first.nextCursor! });
    expect(second.totals).to.equal(undefined);
  });

  it("getCallTotals over a million calls yields to the page while it sums (the demo shares the page's thread)", async () => {
    const p = createDemoProvider({ seed: 7, now: NOW, size: { calls: 2_000_000 } });
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick);
    };
    setTimeout(tick);
    const totals = await p.getCallTotals!({ range: lastDays(366) });
    ticking = false;
    expect(totals.calls).to.be.above(1_500_000);
    // Summed in slices of a few ms: other tasks ran in between (all at once, one or two would).
    expect(ticks, 'tasks that ran while it summed').to.be.at.least(5);
  });

  it('getCallTotals checks the range as the list does, and honours abort', async () => {
    const p = createDemoProvider({ seed: 7, now: NOW, latency: 50 });
    const tooLong = { from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' };
    const [listError, totalsError] = await Promise.all([
      p.listInternationalCalls({ range: tooLong }).catch((e: unknown) => e),
      p.getCallTotals!({ range: tooLong }).catch((e: unknown) => e),
    ]);
    expect((totalsError as { code: string }).code).to.equal((listError as { code: string }).code);
    const controller = new AbortController();
    const pending = p.getCallTotals!({ range: lastDays(30), signal: controller.signal });
    controller.abort();
    expect(((await pending.catch((e: unknown) => e)) as Error).name).to.equal('AbortError');
  });

  it('pages a range exactly once, newest first, inside the half-open range, totals matching', async () => {
    const p = createDemoProvider({ seed: 3, now: NOW, size: { calls: 1_000_000 } });
    const range = { from: '2026-02-10T08:30:00.000Z', to: '2026-02-11T08:30:00.000Z' };
    const first = await p.listInternationalCalls({ range, limit: 100 });
    const totals = await p.getCallTotals!({ range });
    const calls = await allCalls(p, range);
    expect(calls.length).to.equal(first.total);
    expect(calls.length).to.be.above(1000);
    expect(new Set(calls.map((c) => c.id)).size).to.equal(calls.length);
    const from = Date.parse(range.from);
    const to = Date.parse(range.to);
    calls.forEach((c, i) => {
      const t = Date.parse(c.startedAt);
      expect(t >= from && t < to, c.startedAt).to.equal(true);
      if (i > 0) expect(t).to.be.at.most(Date.parse(calls[i - 1]!.startedAt));
    });
    const minutes = calls.reduce((sum, c) => sum + Math.ceil(c.durationSeconds / 60), 0);
    const charges = calls.reduce((sum: Money, c) => addMoney(sum, c.charge), { amount: '0', currency: 'USD' });
    expect(totals.minutes).to.equal(minutes);
    expect(compareMoney(totals.charges, charges)).to.equal(0);
    expect(totals.calls).to.equal(calls.length);
    const oldest = await allCalls(p, range, 'oldest', 500);
    expect(oldest.map((c) => c.id)).to.deep.equal(calls.map((c) => c.id).reverse());
  });

  it('charges rate × started minutes exactly, to many countries', async () => {
    const p = createDemoProvider({ seed: 5, now: NOW, size: { calls: 200_000 } });
    const calls = await allCalls(p, lastDays(60), 'newest', 500);
    for (const c of calls.slice(0, 3000)) {
      expect(c.charge.amount).to.equal(multiplyMoney(c.ratePerMinute, Math.ceil(c.durationSeconds / 60)).amount);
      expect(c.ratePerMinute.amount).to.match(/^0\.\d{4}$/);
      expect(c.to).to.match(/^\+[1-9]\d{7,14}$/);
      expect(c.from).to.match(/^(10[0-4]\d|\+\d+)$/);
    }
    expect(new Set(calls.map((c) => c.countryCode)).size).to.be.at.least(25);
    expect(calls.some((c) => c.durationSeconds < 60)).to.equal(true);
  });

  it('validates queries and clamps page sizes', async () => {
    const p = createDemoProvider({ now: NOW, limits: { maxPageSize: 50, maxRangeDays: 90 } });
    expect((await p.listInternationalCalls({ range: lastDays(60), limit: 1000 })).items).to.have.length(50);
    expect((await p.listRecordings({ limit: 1000 })).items).to.have.length(50);
    for (const limit of [0, -1, 2.5, Number.NaN]) {
      expect(await rejection(p.listMediaFiles({ limit }))).to.include({ code: 'validation', field: 'limit' });
    }
    expect(await rejection(p.listInternationalCalls({ range: lastDays(91) }))).to.include({ code: 'range-too-large' });
    expect(await rejection(p.listInternationalCalls({ range: { from: NOW, to: NOW } }))).to.include({ code: 'validation', field: 'range' });
    expect(await rejection(p.listInternationalCalls({ range: { from: 'yesterday', to: NOW } }))).to.include({
      code: 'validation',
      field: 'range',
    });
    expect(await rejection(p.listTransactions({ cursor: 'not a cursor' }))).to.include({ code: 'validation', field: 'cursor' });
    const page = await p.listInternationalCalls({ range: lastDays(30), limit: 10 });
    const other = await rejection(p.listInternationalCalls({ range: lastDays(31), cursor: page.nextCursor }));
    expect(other).to.include({ code: 'validation', field: 'cursor' });
    expect(isProviderError(other)).to.equal(true);
  });

  it('honours abort signals, also while waiting and when hanging', async () => {
    const p = createDemoProvider({ now: NOW, latency: { getAccount: 5_000, getCurrentUser: Infinity } });
    expect((await rejection(p.getServicePlan({ signal: AbortSignal.abort() }))).name).to.equal('AbortError');
    const controller = new AbortController();
    const t = performance.now();
    const pending = p.getAccount({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(pending)).name).to.equal('AbortError');
    expect(performance.now() - t).to.be.below(1000);
    const hanging = new AbortController();
    const never = p.getCurrentUser({ signal: hanging.signal });
    setTimeout(() => hanging.abort(), 20);
    expect((await rejection(never)).name).to.equal('AbortError');
    p.setLatency('*', 0);
    expect((await p.getAccount()).name).to.be.a('string');
  });

  it('injects failures', async () => {
    const p = createDemoProvider({ now: NOW, failures: { getServicePlan: { code: 'unavailable', times: 2 } } });
    expect(await rejection(p.getServicePlan())).to.include({ code: 'unavailable', retryable: true });
    expect(await rejection(p.getServicePlan())).to.include({ code: 'unavailable' });
    expect((await p.getServicePlan()).users.quantity).to.be.above(0);
    p.failNext('changePassword', { code: 'validation', field: 'newPassword', message: 'Too common' });
    const error = await rejection(p.changePassword({ currentPassword: 'demo-password', newPassword: 'long enough' }));
    expect(error).to.include({ code: 'validation', field: 'newPassword', message: 'Too common' });
    await p.changePassword({ currentPassword: 'demo-password', newPassword: 'long enough' });
  });

  it('quotes prorated users exactly and debits the same charge', async () => {
    const p = createDemoProvider({ seed: 11, now: NOW, credit: '1000.00' });
    const plan = await p.getServicePlan();
    const { timezone } = await p.getAccount();
    const [y, m, d] = dayOf(NOW, timezone!).split('-').map(Number) as [number, number, number];
    const inMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const left = BigInt(inMonth - d + 1);
    // Expected in cents, rounded half up: price × 3 × left / inMonth.
    const numerator = BigInt(plan.users.unitPrice.amount.replace('.', '')) * 3n * left;
    const cents = (numerator * 2n + BigInt(inMonth)) / (2n * BigInt(inMonth));
    const quote = await p.quoteAddUsers!(3);
    expect(quote.charge.amount).to.equal(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
    expect(quote.creditAfter).to.deep.equal(subtractMoney(plan.credit, quote.charge));
    const after = await p.addUsers(3);
    expect(after.users.quantity).to.equal(plan.users.quantity + 3);
    expect(after.credit.amount).to.equal(quote.creditAfter!.amount);
    expect(after.users.total).to.deep.equal(multiplyMoney(plan.users.unitPrice, plan.users.quantity + 3));
    const [latest] = (await p.listTransactions({ limit: 1 })).items as [Transaction];
    expect(latest).to.deep.include({ kind: 'debit', amount: quote.charge, balanceAfter: after.credit });
    expect((await p.getServicePlan()).users.quantity).to.equal(plan.users.quantity + 3);
  });

  it('applies a change once per idempotency key', async () => {
    const p = createDemoProvider({ now: NOW, credit: '900.00' });
    const before = await p.getServicePlan();
    const first = await p.addUsers(2, { idempotencyKey: 'buy-1' });
    const retry = await p.addUsers(2, { idempotencyKey: 'buy-1' });
    expect(retry).to.deep.equal(first);
    expect((await p.getServicePlan()).users.quantity).to.equal(before.users.quantity + 2);
    await p.addUsers(2, { idempotencyKey: 'buy-2' });
    expect((await p.getServicePlan()).users.quantity).to.equal(before.users.quantity + 4);
  });

  it('refuses purchases beyond the credit and bad counts', async () => {
    const p = createDemoProvider({ now: NOW, credit: '5.00' });
    const before = await p.getServicePlan();
    expect(await rejection(p.addUsers(10))).to.include({ code: 'insufficient-credit' });
    for (const count of [0, -1, 2.5, 1e20, Number.NaN]) {
      expect(await rejection(p.addUsers(count))).to.include({ code: 'validation', field: 'count' });
      expect(await rejection(p.removeUsers(count))).to.include({ code: 'validation', field: 'count' });
    }
    expect(await p.getServicePlan()).to.deep.equal(before);
  });

  it('removes users down to those in use, no further', async () => {
    const p = createDemoProvider({ now: NOW, size: { users: 10 } });
    const { users } = await p.getServicePlan();
    const spare = users.quantity - users.inUse!;
    expect(await rejection(p.removeUsers(spare + 1))).to.include({ code: 'conflict' });
    expect(await rejection(p.removeUsers(users.quantity + 1))).to.include({ code: 'conflict' });
    if (spare > 0) expect((await p.removeUsers(spare)).users.quantity).to.equal(users.inUse);
  });

  it('validates password changes', async () => {
    const p = createDemoProvider({ now: NOW });
    expect(await p.getPasswordPolicy!()).to.deep.equal({ minLength: 8, requireCurrentPassword: true });
    expect(await rejection(p.changePassword({ currentPassword: 'wrong', newPassword: 'a-good-password' }))).to.include({
      code: 'validation',
      field: 'currentPassword',
    });
    expect(await rejection(p.changePassword({ currentPassword: 'demo-password', newPassword: 'short' }))).to.include({
      code: 'validation',
      field: 'newPassword',
    });
    await p.changePassword({ currentPassword: 'demo-password', newPassword: 'a-good-password' });
    expect(await rejection(p.changePassword({ currentPassword: 'demo-password', newPassword: 'another-one' }))).to.include({
      field: 'currentPassword',
    });
  });

  it('keeps a ledger whose balances add up to the credit', async () => {
    const p = createDemoProvider({ seed: 9, now: NOW });
    const rows: Transaction[] = [];
    let cursor: string | null = null;
    do {
      const page = await p.listTransactions({ cursor, limit: 200 });
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(rows.length).to.be.above(300);
    expect(rows[0]!.balanceAfter).to.deep.equal((await p.getServicePlan()).credit);
    for (let i = 0; i + 1 < rows.length; i++) {
      const [newer, older] = [rows[i]!, rows[i + 1]!];
      expect(Date.parse(newer.createdAt)).to.be.at.least(Date.parse(older.createdAt));
      const expected =
        newer.kind === 'credit' ? addMoney(older.balanceAfter!, newer.amount) : subtractMoney(older.balanceAfter!, newer.amount);
      expect(compareMoney(newer.balanceAfter!, expected), newer.id).to.equal(0);
    }
    const kinds = new Set(rows.map((r) => r.description.split(' ')[0]));
    expect([...kinds]).to.include.members(['Monthly', 'International']);
    expect(rows.some((r) => r.kind === 'credit')).to.equal(true);
    const march = await p.listTransactions({ range: { from: '2026-03-01T00:00:00Z', to: '2026-03-10T00:00:00Z' } });
    expect(march.items.every((r) => r.createdAt >= '2026-03-01' && r.createdAt < '2026-03-10')).to.equal(true);
  });

  it('lists monthly bills and serves real PDFs', async () => {
    const p = createDemoProvider({ seed: 4, now: NOW });
    const bills = await p.listBills!({ range: lastDays(366) });
    expect(bills.items.length).to.be.within(11, 13);
    expect(bills.items[0]!.status).to.equal('unpaid');
    expect(bills.items.slice(2).every((b) => b.status === 'paid')).to.equal(true);
    const blob = await p.getBillDocument!(bills.items[0]!.id);
    expect(blob.type).to.equal('application/pdf');
    const text = new TextDecoder('latin1').decode(await blob.arrayBuffer());
    expect(text.startsWith('%PDF-')).to.equal(true);
    expect(text.trimEnd().endsWith('%%EOF')).to.equal(true);
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).to.equal('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).to.equal(true));
    expect(text).to.include((await p.getAccount()).name.replace(/[()\\]/g, ''));
    expect(await rejection(p.getBillDocument!('bill-1999-01'))).to.include({ code: 'not-found' });
  });

  it('lists, searches, plays and deletes media files', async () => {
    const p = createDemoProvider({ now: NOW });
    const all = await p.listMediaFiles({});
    expect(all.items).to.have.length(12);
    const hold = await p.listMediaFiles({ search: 'HOLD music' });
    expect(hold.items.length).to.be.above(0);
    expect(hold.items.every((m) => m.name.toLowerCase().includes('hold music'))).to.equal(true);
    const target = all.items[0]!;
    const audio = await decodeWav(await p.getMediaFileAudio!(target.id));
    expect(audio.duration).to.be.closeTo(Math.min(target.durationSeconds!, 30), 0.05);
    await p.deleteMediaFile(target.id);
    expect((await p.listMediaFiles({})).items.map((m) => m.id)).not.to.include(target.id);
    expect(await rejection(p.deleteMediaFile(target.id))).to.include({ code: 'not-found' });
  });

  it('lists, filters, plays and deletes recordings', async () => {
    const p = createDemoProvider({ now: NOW });
    const first = await p.listRecordings({ limit: 20 });
    expect(first.total).to.equal(2000);
    const range = lastDays(7);
    const week = await p.listRecordings({ range, limit: 500 });
    expect(week.items.every((r) => r.startedAt >= range.from && r.startedAt < range.to)).to.equal(true);
    const rec = first.items[0]!;
    const blob = await p.getRecordingAudio(rec.id);
    expect(blob.type).to.equal('audio/wav');
    const audio = await decodeWav(blob);
    expect(audio.duration).to.be.closeTo(Math.min(rec.durationSeconds, 30), 0.05);
    const samples = audio.getChannelData(0);
    expect(samples.some((s) => Math.abs(s) > 0.05)).to.equal(true);
    // Deleting while paging neither repeats nor skips the rest.
    const page1 = await p.listRecordings({ limit: 5 });
    await p.deleteRecording(page1.items[2]!.id);
    const page2 = await p.listRecordings({ limit: 5, cursor: page1.nextCursor });
    expect(page2.items[0]!.id).to.equal(first.items[5]!.id);
    expect(await rejection(p.getRecordingAudio(page1.items[2]!.id))).to.include({ code: 'not-found' });
  });

  it('blocks, searches and unblocks numbers', async () => {
    const p = createDemoProvider({ now: NOW });
    const initial = await p.listBlockedNumbers({});
    expect(initial.items).to.have.length(8);
    const added = await p.blockNumber!('+44 20 7946 0123', { reason: 'Spam caller' });
    expect(added).to.deep.include({ number: '+442079460123', reason: 'Spam caller' });
    expect((await p.listBlockedNumbers({})).items[0]!.number).to.equal('+442079460123');
    expect((await p.listBlockedNumbers({ search: '(7946) 01' })).items.map((b) => b.number)).to.deep.equal(['+442079460123']);
    expect(await rejection(p.blockNumber!('+442079460123'))).to.include({ code: 'conflict' });
    expect(await rejection(p.blockNumber!('call me'))).to.include({ code: 'validation', field: 'number' });
    const [call] = (await p.listInternationalCalls({ range: lastDays(30), limit: 1 })).items as [CallRecord];
    if (!initial.items.some((b) => b.number === call.to)) {
      await p.blockNumber!(call.to, { reason: 'Blocked from call log' });
      expect((await p.listBlockedNumbers({ search: call.to })).items[0]).to.deep.include({
        number: call.to,
        reason: 'Blocked from call log',
      });
    }
    await p.unblockNumber('+442079460123');
    expect((await p.listBlockedNumbers({ search: '442079460123' })).items).to.have.length(0);
    expect(await rejection(p.unblockNumber('+442079460123'))).to.include({ code: 'not-found' });
  });

  it('leaves switched-off optional methods off the object', () => {
    const p = createDemoProvider({ features: { quoteAddUsers: false, listBills: false, blockNumber: false } });
    expect('quoteAddUsers' in p).to.equal(false);
    expect('listBills' in p).to.equal(false);
    expect('blockNumber' in p).to.equal(false);
    expect('getBillDocument' in p).to.equal(true);
    expect(p.limits).to.deep.equal({ maxRangeDays: 366, maxPageSize: 500 });
    expect(Date.parse(p.options.now) % 3_600_000).to.equal(0);
  });
});
