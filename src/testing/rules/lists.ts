import type { DateRange } from '../../core/provider.js';
import type { CheckContext } from '../context.js';
import { show } from '../describe.js';
import { checkOrder, checkWithin, pageThrough, prefixOf, type PassResult } from '../paging.js';
import {
  isIsoInstant,
  validateBill,
  validateBlockedNumber,
  validateCallRecord,
  validateMediaFile,
  validateRecording,
  validateTransaction,
  type ShapeRule,
  type Validator,
} from '../shapes.js';
import { checkAbort } from './abort.js';
import { expectRejection } from './errors.js';

type Obj = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** What the checker needs to know about one list method. */
export interface ListSpec {
  method: string;
  item: Validator;
  rules: readonly ShapeRule[];
  /** The field that identifies an item. */
  key: 'id' | 'number';
  /** Whether the query takes a range, and which item instant it filters on. */
  range: 'required' | 'optional' | 'none';
  instant?: string;
  /** The field a `search` for an item's full value should find it by. */
  search?: string;
  /** The call log: totals and order. */
  calls?: boolean;
}

export const CALLS: ListSpec = {
  method: 'listInternationalCalls',
  item: validateCallRecord,
  rules: ['shapes', 'money', 'instants'],
  key: 'id',
  range: 'required',
  instant: 'startedAt',
  calls: true,
};
export const TRANSACTIONS: ListSpec = {
  method: 'listTransactions',
  item: validateTransaction,
  rules: ['shapes', 'money', 'instants'],
  key: 'id',
  range: 'optional',
  instant: 'createdAt',
};
export const BILLS: ListSpec = {
  method: 'listBills',
  item: validateBill,
  rules: ['shapes', 'money', 'instants'],
  key: 'id',
  range: 'required',
  instant: 'issuedAt',
};
export const MEDIA: ListSpec = {
  method: 'listMediaFiles',
  item: validateMediaFile,
  rules: ['shapes', 'instants'],
  key: 'id',
  range: 'none',
  search: 'name',
};
export const RECORDINGS: ListSpec = {
  method: 'listRecordings',
  item: validateRecording,
  rules: ['shapes', 'instants'],
  key: 'id',
  range: 'optional',
  instant: 'startedAt',
};
export const BLOCKED: ListSpec = {
  method: 'listBlockedNumbers',
  item: validateBlockedNumber,
  rules: ['shapes', 'instants'],
  key: 'number',
  range: 'none',
  search: 'number',
};

/** What the list checks learnt, for the checks that follow (blobs, mutations). */
export interface ListFindings {
  items: Obj[];
  complete: boolean;
}

const iso = (t: number) => new Date(t).toISOString();

/** A query over `range` (when the list takes one) plus `extra`. */
function queryFor(spec: ListSpec, range: DateRange, extra: Obj = {}): Obj {
  return spec.range === 'none' ? { ...extra } : { range, ...extra };
}

function baseSpec(spec: ListSpec) {
  return { method: spec.method, item: spec.item, rules: spec.rules, key: spec.key, calls: spec.calls ?? false };
}

function contains(result: PassResult, spec: ListSpec, key: unknown): boolean {
  return result.items.some((i) => i[spec.key] === key);
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
    ...baseSpec(spec),
    label: spec.range === 'optional' ? 'no range, no limit' : 'no limit',
    query: spec.range === 'required' ? { range } : {},
    limit: undefined,
    firstPageOnly: true,
  });

  // The main query, paged through.
  const mainLabel = spec.calls ? 'newest' : '';
  const main = await pageThrough(ctx, {
    ...baseSpec(spec),
    label: mainLabel,
    query: queryFor(spec, range, spec.calls ? { order: 'newest' } : {}),
    limit: pageSize,
  });
  if (spec.instant && spec.range !== 'none') checkWithin(ctx, method, prefixOf(mainLabel), main.items, spec.instant, range);
  if (spec.calls) checkOrder(ctx, method, prefixOf(mainLabel), main.items, 'startedAt', 'newest');

  // Again with a smaller page (and, for calls, the other order), so cursors are exercised on small data.
  const n = main.items.length;
  const smaller = main.complete && n >= 2 ? Math.min(pageSize, Math.max(1, Math.ceil(n / 3))) : pageSize;
  if (spec.calls || (main.complete && main.pages === 1 && n >= 2)) {
    const label = spec.calls ? `oldest, limit ${smaller}` : `limit ${smaller}`;
    const second = await pageThrough(ctx, {
      ...baseSpec(spec),
      label,
      query: queryFor(spec, range, spec.calls ? { order: 'oldest' } : {}),
      limit: smaller,
    });
    if (spec.instant && spec.range !== 'none') checkWithin(ctx, method, prefixOf(label), second.items, spec.instant, range);
    if (spec.calls) checkOrder(ctx, method, prefixOf(label), second.items, 'startedAt', 'oldest');
  }

  if (spec.instant && spec.range !== 'none') await probeHalfOpen(ctx, spec, main.items);
  if (spec.search) await checkSearch(ctx, spec, main.items);
  await checkInvalidQueries(ctx, spec);
  await checkAbort(ctx, method, `${method}(first page)`, (signal) => ctx.invoke(method, { ...queryFor(spec, range), limit: pageSize, signal }));
  return { items: main.items, complete: main.complete };
}

/** `ranges.half-open`: [t, t+1ms) returns the item at t; [t−1ms, t) does not. */
async function probeHalfOpen(ctx: CheckContext, spec: ListSpec, items: readonly Obj[]): Promise<void> {
  const { method } = spec;
  const field = spec.instant!;
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
    pageThrough(ctx, { ...baseSpec(spec), label, query: queryFor(spec, r, spec.calls ? { order: 'newest' } : {}), limit: ctx.settings.pageSize });

  const labelAt = `range [${at.from}, ${at.to})`;
  const hit = await probe(at, labelAt);
  checkWithin(ctx, method, prefixOf(labelAt), hit.items, field, at);
  if (hit.complete && !contains(hit, spec, key)) {
    ctx.fail(method, 'ranges.half-open', `${labelAt} does not return item ${show(key)} whose ${field} is ${show(item[field])} (from is inclusive)`);
  }
  const labelBefore = `range [${before.from}, ${before.to})`;
  const miss = await probe(before, labelBefore);
  if (contains(miss, spec, key)) {
    ctx.fail(method, 'ranges.half-open', `${labelBefore} returns item ${show(key)} whose ${field} is ${show(item[field])}, exactly \`to\` (to is exclusive)`);
  }
  checkWithin(ctx, method, prefixOf(labelBefore), miss.items, field, before);
}

/** `search`: searching for an item's full name / number finds it. */
async function checkSearch(ctx: CheckContext, spec: ListSpec, items: readonly Obj[]): Promise<void> {
  const { method } = spec;
  const field = spec.search!;
  const item = items.find((i) => typeof i[field] === 'string' && (i[field] as string).trim() !== '');
  ctx.pass(method, 'search');
  if (!item) {
    ctx.pass(method, 'search', 'not exercised: no item to search for');
    return;
  }
  const term = item[field] as string;
  const label = `search ${show(term)}`;
  const found = await pageThrough(ctx, { ...baseSpec(spec), label, query: { search: term }, limit: ctx.settings.pageSize });
  if (contains(found, spec, item[spec.key])) return;
  if (found.complete) ctx.fail(method, 'search', `${label} does not return the item whose ${field} is ${show(term)}`);
  else ctx.pass(method, 'search', `${label}: not confirmed, the search results did not come to an end`);
}

/** Reversed and too-long ranges, a garbage cursor: each rejected with the right code. */
async function checkInvalidQueries(ctx: CheckContext, spec: ListSpec): Promise<void> {
  const { method } = spec;
  const { range, pageSize, maxRangeDays } = ctx.settings;
  const call = (query: Obj) => (signal: AbortSignal) => ctx.invoke(method, { ...query, limit: pageSize, signal });
  if (spec.range !== 'none') {
    const reversed = { from: range.to, to: range.from };
    await expectRejection(ctx, method, 'errors.reversed-range', `range ${show(reversed.from)} → ${show(reversed.to)} (from after to)`, call({ range: reversed }), [
      'validation',
      'range-too-large',
    ]);
    if (maxRangeDays !== undefined) {
      const to = Date.parse(range.to);
      const tooLong = { from: iso(to - (maxRangeDays + 1) * DAY_MS - 3_600_000), to: range.to };
      await expectRejection(ctx, method, 'errors.range-too-large', `a range of ${maxRangeDays + 1} days and an hour (limits.maxRangeDays ${maxRangeDays})`, call({ range: tooLong }), ['range-too-large']);
    }
  }
  await expectRejection(ctx, method, 'errors.bad-cursor', 'a cursor the provider never issued', call(queryFor(spec, range, { cursor: 'conformance-check:not-a-cursor' })), [
    'validation',
    'not-found',
  ]);
}
