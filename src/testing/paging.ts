import { compareMoney, sumMoney } from '../core/money.js';
import { PageGuard } from '../core/page-guard.js';
import type { DateRange, Money } from '../core/provider.js';
import type { CheckContext } from './context.js';
import { show, showError } from './describe.js';
import { checkAbort } from './rules/abort.js';
import { asMoney, CALL_TOTALS, isIsoInstant, issuesOf, validatePage, type Issue, type Shape } from './shapes.js';

type Obj = Record<string, unknown>;

/** Consecutive empty pages that still carry a cursor before the cursor counts as endless. */
const MAX_EMPTY_RUN = 5;

/** What paging needs to know about a list method. */
export interface PagedList {
  method: string;
  /** The shape every item is held to. */
  item: Shape;
  /** The item field that identifies it (`id`; `number` for blocked numbers). */
  key: string;
  /** A page of calls: `totals` required on the first page and compared with the items. */
  calls?: boolean;
}

/** One paged query: which list, what to ask. */
export interface PassSpec {
  list: PagedList;
  /** Words naming this query in messages (`newest`, `search "ab"`); empty for the main query. */
  label: string;
  /** The query without cursor, limit and signal. */
  query: Obj;
  /** The `limit` to send; `undefined` sends none. */
  limit: number | undefined;
  /** Stop after the first page. */
  firstPageOnly?: boolean;
  /**
   * False for a follow-up query whose paging was already reported: only failures are
   * recorded, not passes.
   */
  report?: boolean;
}

export interface PassResult {
  /** Every item seen that is an object, across pages, in order. */
  items: Obj[];
  /** True when the last page came with `nextCursor: null`. */
  complete: boolean;
  /** True when the pass stopped at `maxItems` with more to come. */
  truncated: boolean;
  pages: number;
  /** The first page, when it was an object. */
  firstPage: Obj | undefined;
}

/** `where` for messages: `newest, page 2`. */
function whereOf(label: string, page: number): string {
  return [label, page > 1 ? `page ${page}` : ''].filter(Boolean).join(', ');
}

/** A message prefix: `newest, page 2: ` or nothing. */
export function prefixOf(label: string, page = 1): string {
  const where = whereOf(label, page);
  return where ? `${where}: ` : '';
}

/**
 * Pages through one query, holding every page to the shape rules and the paging rules:
 * `paging.terminates`, `paging.unique-ids`, `paging.page-size`, `paging.total` and, for calls,
 * `paging.call-totals`. Stops at `maxItems` (with a note), at a cursor seen before, or after
 * {@link MAX_EMPTY_RUN} empty pages in a row that still carry a cursor.
 */
export async function pageThrough(ctx: CheckContext, spec: PassSpec): Promise<PassResult> {
  const { list, label, limit } = spec;
  const { method, key } = list;
  const { maxItems, maxPageSize } = ctx.settings;
  const report = spec.report ?? true;
  const pass = (rule: string, note?: string) => {
    if (report) ctx.pass(method, rule, note);
  };
  const items: Obj[] = [];
  const seen = new Map<string, number>();
  const usedCursors = new Set<string>();
  // The same items again under a fresh cursor, or more requests than any list needs.
  const guard = new PageGuard({
    keyOf: (item) =>
      typeof item === 'object' && item !== null && typeof (item as Obj)[key] === 'string' ? ((item as Obj)[key] as string) : undefined,
  });
  const pages: Obj[] = [];
  let cursor: string | null = null;
  let emptyRun = 0;
  let complete = false;
  let truncated = false;

  pass('paging.page-size');
  pass('paging.unique-ids');
  if (!spec.firstPageOnly) pass('paging.terminates');

  for (let n = 1; ; n++) {
    const prefix = prefixOf(label, n);
    const query: Obj = { ...spec.query };
    if (cursor !== null) query.cursor = cursor;
    if (limit !== undefined) query.limit = limit;
    try {
      guard.request();
    } catch (error) {
      ctx.fail(method, 'paging.terminates', `${prefix}${(error as Error).message}`);
      break;
    }
    const callLabel = `${n === 1 ? 'the first page' : `page ${n}`}${label ? ` (${label})` : ''}${cursor === null ? '' : ` (cursor ${show(cursor)})`}`;
    const outcome = await ctx.call(method, callLabel, (signal) => ctx.invoke(method, { ...query, signal }));
    if (outcome.status !== 'resolved') {
      if (outcome.status === 'rejected') {
        const rule = n === 1 ? 'resolves' : 'paging.terminates';
        ctx.fail(method, rule, `${callLabel} rejected with ${showError(outcome.error)}`);
      }
      break;
    }

    const issues: Issue[] = [];
    const page = validatePage(outcome.value, issues, list.item.validate, list.calls ?? false);
    if (report) ctx.issues(method, list.item.rules, issues, prefix);
    else issues.forEach((i) => ctx.fail(method, i.rule, prefix + i.message));
    if (!page) break;
    pages.push(page);
    const pageItems: unknown[] = Array.isArray(page.items) ? page.items : [];

    if (limit !== undefined && pageItems.length > limit) {
      ctx.fail(method, 'paging.page-size', `${prefix}${pageItems.length} items for limit ${limit}`);
    } else if (maxPageSize !== undefined && pageItems.length > maxPageSize) {
      ctx.fail(method, 'paging.page-size', `${prefix}${pageItems.length} items, more than limits.maxPageSize ${maxPageSize}`);
    }

    const before = items.length;
    pageItems.forEach((item, i) => {
      if (typeof item !== 'object' || item === null) return;
      items.push(item as Obj);
      const id = (item as Obj)[key];
      if (typeof id !== 'string') return;
      const firstSeen = seen.get(id);
      if (firstSeen === undefined) seen.set(id, n);
      else
        ctx.fail(
          method,
          'paging.unique-ids',
          `${prefix}items[${i}].${key} ${show(id)} was already returned ${firstSeen === n ? 'earlier on this page' : `on page ${firstSeen}`}`,
        );
    });

    // With getCallTotals the totals come from there, not from the first page.
    if (n === 1 && list.calls && !ctx.has('getCallTotals')) {
      if (page.totals === undefined || page.totals === null) {
        ctx.fail(method, 'paging.call-totals', `${prefix}the first page has no totals (required on the first page of calls)`);
      } else pass('paging.call-totals');
    }

    const next = page.nextCursor;
    if (next === null) {
      complete = true;
      break;
    }
    if (typeof next !== 'string' || next === '' || spec.firstPageOnly) break;
    if (usedCursors.has(next) || next === cursor) {
      ctx.fail(method, 'paging.terminates', `${prefix}nextCursor ${show(next)} was already used: the cursor loops`);
      break;
    }
    usedCursors.add(next);
    emptyRun = pageItems.length === 0 ? emptyRun + 1 : 0;
    if (emptyRun >= MAX_EMPTY_RUN) {
      ctx.fail(
        method,
        'paging.terminates',
        `${prefix}${emptyRun} empty pages in a row, each with another nextCursor: the cursor never ends`,
      );
      break;
    }
    try {
      guard.check(before, cursor, { items: pageItems, nextCursor: next });
    } catch (error) {
      ctx.fail(method, 'paging.terminates', `${prefix}${(error as Error).message}`);
      break;
    }
    if (items.length >= maxItems) {
      truncated = true;
      pass('paging.terminates', `${whereOf(label, 1) || 'the query'}: stopped after ${items.length} items (maxItems) with more to come`);
      break;
    }
    cursor = next;
  }

  if (complete) {
    pass('paging.total');
    pages.forEach((page, i) => {
      if (typeof page.total === 'number' && page.total !== items.length) {
        ctx.fail(method, 'paging.total', `${prefixOf(label, i + 1)}total is ${page.total} but the query returned ${items.length} items`);
      }
    });
    if (list.calls && pages[0]) {
      if (ctx.has('getCallTotals')) {
        const totals = await askTotals(ctx, spec, report);
        if (totals !== undefined) checkCallTotals(ctx, 'getCallTotals', prefixOf(label), totals, items, report);
      } else checkCallTotals(ctx, method, prefixOf(label), pages[0].totals, items, report);
    }
  }
  return { items, complete, truncated, pages: pages.length, firstPage: pages[0] };
}

/** A follow-up query (after a change): paged through with only its failures recorded. */
export function pageAgain(ctx: CheckContext, list: PagedList, label: string, query: Obj): Promise<PassResult> {
  return pageThrough(ctx, { list, label, query, limit: ctx.settings.pageSize, report: false });
}

/**
 * `getCallTotals` for the query's range: it resolves with a {@link CALL_TOTALS} shape (compared
 * with the calls by the caller) and honours abort. Undefined when it did not resolve, or
 * resolved with a value of the wrong shape.
 */
async function askTotals(ctx: CheckContext, spec: PassSpec, report: boolean): Promise<unknown> {
  const method = 'getCallTotals';
  const range = spec.query.range;
  const label = `getCallTotals(${show({ range })})`;
  const invoke = (signal: AbortSignal) => ctx.invoke(method, { range, signal });
  const outcome = await ctx.call(method, label, invoke);
  if (report) await checkAbort(ctx, method, label, invoke);
  if (outcome.status !== 'resolved') {
    if (outcome.status === 'rejected') ctx.fail(method, 'resolves', `${label} rejected with ${showError(outcome.error)}`);
    return undefined;
  }
  if (report) {
    ctx.pass(method, 'resolves');
    ctx.pass(method, 'paging.call-totals');
  }
  const issues = issuesOf(CALL_TOTALS, outcome.value);
  if (report) ctx.issues(method, CALL_TOTALS.rules, issues);
  else issues.forEach((i) => ctx.fail(method, i.rule, i.message));
  return issues.length ? undefined : outcome.value;
}

/** totals.calls equals the count; totals.charges equals the exact sum of the charges. */
function checkCallTotals(ctx: CheckContext, method: string, prefix: string, totals: unknown, items: Obj[], report: boolean): void {
  if (typeof totals !== 'object' || totals === null) return;
  const { calls, charges } = totals as Obj;
  if (typeof calls === 'number' && calls !== items.length) {
    ctx.fail(method, 'paging.call-totals', `${prefix}totals.calls is ${calls} but the query returned ${items.length} calls`);
  }
  const total = asMoney(charges);
  if (!total) return;
  const amounts: Money[] = [];
  for (const [i, item] of items.entries()) {
    const charge = asMoney(item.charge);
    if (!charge) {
      if (report) ctx.pass(method, 'paging.call-totals', `${prefix}totals.charges not compared: item ${i} has no valid charge`);
      return;
    }
    if (charge.currency !== total.currency) {
      ctx.fail(
        method,
        'paging.call-totals',
        `${prefix}item ${i} (id ${show(item.id)}) is charged in ${charge.currency} but totals.charges is in ${total.currency}`,
      );
      return;
    }
    amounts.push(charge);
  }
  const sum = sumMoney(amounts, total.currency);
  if (compareMoney(sum, total) !== 0) {
    ctx.fail(
      method,
      'paging.call-totals',
      `${prefix}totals.charges is ${show(total.amount)} ${total.currency} but the ${items.length} calls' charges add up to ${show(sum.amount)}`,
    );
  }
}

/** Every item's `field` instant lies in `[from, to)`. */
export function checkWithin(
  ctx: CheckContext,
  method: string,
  prefix: string,
  items: readonly Obj[],
  field: string,
  range: DateRange,
): void {
  ctx.pass(method, 'ranges.within');
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  items.forEach((item, i) => {
    const value = item[field];
    if (!isIsoInstant(value)) return;
    const t = Date.parse(value);
    const which = `item ${i} (${show(item.id ?? item.number)})`;
    if (t < from) ctx.fail(method, 'ranges.within', `${prefix}${which}: ${field} ${show(value)} is before from ${show(range.from)}`);
    else if (t === to)
      ctx.fail(
        method,
        'ranges.within',
        `${prefix}${which}: ${field} ${show(value)} is exactly to ${show(range.to)} (ranges are half-open: [from, to))`,
      );
    else if (t > to) ctx.fail(method, 'ranges.within', `${prefix}${which}: ${field} ${show(value)} is after to ${show(range.to)}`);
  });
}

/** Items come in `order` by their `field` instant. */
export function checkOrder(
  ctx: CheckContext,
  method: string,
  prefix: string,
  items: readonly Obj[],
  field: string,
  order: 'newest' | 'oldest',
): void {
  ctx.pass(method, 'paging.order');
  let previous: { t: number; value: string; index: number } | undefined;
  for (const [i, item] of items.entries()) {
    const value = item[field];
    if (!isIsoInstant(value)) continue;
    const t = Date.parse(value);
    if (previous && (order === 'newest' ? t > previous.t : t < previous.t)) {
      ctx.fail(
        method,
        'paging.order',
        `${prefix}order "${order}": item ${i} ${field} ${show(value)} is ${order === 'newest' ? 'newer' : 'older'} than item ${previous.index} ${show(previous.value)}`,
      );
      return;
    }
    previous = { t, value, index: i };
  }
}
