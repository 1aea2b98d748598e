import type { CallOrder, DateRange } from '../../core/provider.js';
import type { CheckContext } from '../context.js';
import { show } from '../describe.js';
import { checkOrder, checkWithin, pageThrough, prefixOf, type PagedList, type PassResult } from '../paging.js';
import { BILL, BLOCKED_NUMBER, CALL_RECORD, isIsoInstant, MEDIA_FILE, RECORDING, TRANSACTION } from '../shapes.js';
import { checkAbort } from './abort.js';
import { expectRejection } from './errors.js';

type Obj = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** What the checker needs to know about one list method, beyond paging it. */
export interface ListSpec extends PagedList {
  key: 'id' | 'number';
  /** The range the query takes, if any: whether it must be given, and the item instant it filters on. */
  range?: { required: boolean; on: string };
  /** The field a `search` for an item's full value should find it by. */
  search?: string;
}

export const CALLS: ListSpec = {
  method: 'listInternationalCalls',
  item: CALL_RECORD,
  key: 'id',
  range: { required: true, on: 'startedAt' },
  calls: true,
};
export const TRANSACTIONS: ListSpec = {
  method: 'listTransactions',
  item: TRANSACTION,
  key: 'id',
  range: { required: false, on: 'createdAt' },
};
export const BILLS: ListSpec = { method: 'listBills', item: BILL, key: 'id', range: { required: true, on: 'issuedAt' } };
export const MEDIA: ListSpec = { method: 'listMediaFiles', item: MEDIA_FILE, key: 'id', search: 'name' };
export const RECORDINGS: ListSpec = { method: 'listRecordings', item: RECORDING, key: 'id', range: { required: false, on: 'startedAt' } };
export const BLOCKED: ListSpec = { method: 'listBlockedNumbers', item: BLOCKED_NUMBER, key: 'number', search: 'number' };

/** What the list checks learnt, for the checks that follow (blobs, mutations). */
export interface ListFindings {
  items: Obj[];
  complete: boolean;
}

const iso = (t: number) => new Date(t).toISOString();

/** A query over `range` (when the list takes one) plus `extra`. */
function queryFor(spec: ListSpec, range: DateRange, extra: Obj = {}): Obj {
  return spec.range ? { range, ...extra } : { ...extra };
}

/** The call log's `order` parameter; nothing for the other lists, which have one order. */
function orderFor(spec: ListSpec, order: CallOrder): Obj {
  return spec.calls ? { order } : {};
}

function contains(result: PassResult, spec: ListSpec, key: unknown): boolean {
  return result.items.some((i) => i[spec.key] === key);
}

/**
 * The settings' range paged through with `limit` (calls in `order`); every item checked to lie
 * in the range and, for calls, to come in that order.
 */
async function rangePass(ctx: CheckContext, spec: ListSpec, label: string, limit: number, order: CallOrder): Promise<PassResult> {
  const { range } = ctx.settings;
  const result = await pageThrough(ctx, { list: spec, label, query: queryFor(spec, range, orderFor(spec, order)), limit });
  if (spec.range) checkWithin(ctx, spec.method, prefixOf(label), result.items, spec.range.on, range);
  if (spec.calls) checkOrder(ctx, spec.method, prefixOf(label), result.items, 'startedAt', order);
  return result;
}

/**
 * Checks one list method end to end: a first page with no limit, the main query paged through
 * (and, for calls, the other order with a smaller page), items inside the range, the half-open
 * 1 ms probes, search, invalid ranges and cursors, abort.
 */
export async function checkList(ctx: CheckContext, spec: ListSpec): Promise<ListFindings> {
  const { method } = spec;
  const { range, pageSize } = ctx.settings;

  // The first page as a caller that sends nothing optional would get it.
  await pageThrough(ctx, {
    list: spec,
    label: spec.range?.required === false ? 'no range, no limit' : 'no limit',
    query: spec.range?.required ? { range } : {},
    limit: undefined,
    firstPageOnly: true,
  });

  const main = await rangePass(ctx, spec, spec.calls ? 'newest' : '', pageSize, 'newest');

  // Again with a smaller page (and, for calls, the other order), so cursors are exercised on small data.
  const n = main.items.length;
  const smaller = main.complete && n >= 2 ? Math.min(pageSize, Math.max(1, Math.ceil(n / 3))) : pageSize;
  if (spec.calls || (main.complete && main.pages === 1 && n >= 2)) {
    await rangePass(ctx, spec, spec.calls ? `oldest, limit ${smaller}` : `limit ${smaller}`, smaller, 'oldest');
  }

  if (spec.range) await probeHalfOpen(ctx, spec, spec.range.on, main.items);
  if (spec.search) await checkSearch(ctx, spec, spec.search, main.items);
  await checkInvalidQueries(ctx, spec);
  await checkAbort(ctx, method, `${method}(first page)`, (signal) =>
    ctx.invoke(method, { ...queryFor(spec, range), limit: pageSize, signal }),
  );
  return { items: main.items, complete: main.complete };
}

/** `ranges.half-open`: [t, t+1ms) returns the item at t; [t−1ms, t) does not. */
async function probeHalfOpen(ctx: CheckContext, spec: ListSpec, field: string, items: readonly Obj[]): Promise<void> {
  const { method } = spec;
  const item = items.find((i) => isIsoInstant(i[field]) && i[spec.key] !== undefined);
  ctx.pass(method, 'ranges.half-open');
  if (!item) {
    ctx.pass(method, 'ranges.half-open', 'not exercised: no item in the range to probe with');
    return;
  }
  const key = item[spec.key];
  const t = Date.parse(item[field] as string);
  const at = { from: iso(t), to: iso(t + 1) };
  const before = { from: iso(t - 1), to: iso(t) };
  const probe = (r: DateRange, label: string) =>
    pageThrough(ctx, { list: spec, label, query: queryFor(spec, r, orderFor(spec, 'newest')), limit: ctx.settings.pageSize });

  const labelAt = `range [${at.from}, ${at.to})`;
  const hit = await probe(at, labelAt);
  checkWithin(ctx, method, prefixOf(labelAt), hit.items, field, at);
  if (hit.complete && !contains(hit, spec, key)) {
    ctx.fail(
      method,
      'ranges.half-open',
      `${labelAt} does not return item ${show(key)} whose ${field} is ${show(item[field])} (from is inclusive)`,
    );
  }
  const labelBefore = `range [${before.from}, ${before.to})`;
  const miss = await probe(before, labelBefore);
  if (contains(miss, spec, key)) {
    ctx.fail(
      method,
      'ranges.half-open',
      `${labelBefore} returns item ${show(key)} whose ${field} is ${show(item[field])}, exactly \`to\` (to is exclusive)`,
    );
  }
  checkWithin(ctx, method, prefixOf(labelBefore), miss.items, field, before);
}

/** `search`: searching for an item's full name / number finds it. */
async function checkSearch(ctx: CheckContext, spec: ListSpec, field: string, items: readonly Obj[]): Promise<void> {
  const { method } = spec;
  const item = items.find((i) => typeof i[field] === 'string' && (i[field] as string).trim() !== '');
  ctx.pass(method, 'search');
  if (!item) {
    ctx.pass(method, 'search', 'not exercised: no item to search for');
    return;
  }
  const term = item[field] as string;
  const label = `search ${show(term)}`;
  const found = await pageThrough(ctx, { list: spec, label, query: { search: term }, limit: ctx.settings.pageSize });
  if (contains(found, spec, item[spec.key])) return;
  if (found.complete) ctx.fail(method, 'search', `${label} does not return the item whose ${field} is ${show(term)}`);
  else ctx.pass(method, 'search', `${label}: not confirmed, the search results did not come to an end`);
}

/** Reversed and too-long ranges, a garbage cursor: each rejected with the right code. */
async function checkInvalidQueries(ctx: CheckContext, spec: ListSpec): Promise<void> {
  const { method } = spec;
  const { range, pageSize, maxRangeDays } = ctx.settings;
  const call = (query: Obj) => (signal: AbortSignal) => ctx.invoke(method, { ...query, limit: pageSize, signal });
  if (spec.range) {
    const reversed = { from: range.to, to: range.from };
    await expectRejection(
      ctx,
      method,
      'errors.reversed-range',
      `range ${show(reversed.from)} → ${show(reversed.to)} (from after to)`,
      call({ range: reversed }),
      ['validation', 'range-too-large'],
    );
    if (maxRangeDays !== undefined) {
      const to = Date.parse(range.to);
      const tooLong = { from: iso(to - (maxRangeDays + 1) * DAY_MS - 3_600_000), to: range.to };
      await expectRejection(
        ctx,
        method,
        'errors.range-too-large',
        `a range of ${maxRangeDays + 1} days and an hour (limits.maxRangeDays ${maxRangeDays})`,
        call({ range: tooLong }),
        ['range-too-large'],
      );
    }
  }
  await expectRejection(
    ctx,
    method,
    'errors.bad-cursor',
    'a cursor the provider never issued',
    call(queryFor(spec, range, { cursor: 'conformance-check:not-a-cursor' })),
    ['validation', 'not-found'],
  );
}
