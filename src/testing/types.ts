import type { DateRange } from '../core/provider.js';

/** How {@link checkProvider} exercises a provider. Every field is optional. */
export interface CheckOptions {
  /**
   * Also exercise the changing methods (default `false`: read methods only). With `true` the
   * checker calls `changePassword` with a wrong current password (expecting `validation`),
   * `addUsers(1)` then `removeUsers(1)` (restoring the plan), invalid counts, blocks then
   * unblocks a fictitious test number (`+1 202 555 01xx`), and — when the provider has
   * `uploadMediaFile` — uploads a tiny silent WAV (`pbx-conformance-….wav`) and deletes it again.
   * Nothing else is deleted unless {@link CheckOptions.allowDelete} is also `true`.
   */
  mutations?: boolean;
  /**
   * With `mutations`, also delete one recording and one media file (the oldest found) and
   * check they are gone. Default `false`: this cannot be undone.
   */
  allowDelete?: boolean;
  /** Range for the list queries. Default: the last 30 days (or `limits.maxRangeDays`) ending now. */
  range?: DateRange;
  /** Most items paged through per list query (default 2000); a longer list stops with a note. */
  maxItems?: number;
  /** The `limit` asked for (default 50, clamped to `limits.maxPageSize`). */
  pageSize?: number;
  /** Per call, in ms (default 10000): a call that has not settled by then is a failure. */
  timeoutMs?: number;
  /** Called with each result as soon as it is known. */
  onProgress?: (check: CheckResult) => void;
}

/** One verdict: one rule (see {@link RULES}) applied to one method. */
export interface CheckResult {
  /** The provider method (or `limits`). */
  method: string;
  /** A rule name from {@link RULES}, e.g. `"money"` or `"paging.unique-ids"`. */
  rule: string;
  passed: boolean;
  /**
   * For a failure: what is wrong, naming the offending path and value, e.g.
   * `items[3].charge.amount: "1.5e2" is not a decimal string`. For a pass: an optional note
   * (e.g. what could not be exercised).
   */
  message?: string;
}

/** What {@link checkProvider} found. */
export interface ConformanceReport {
  /** True when no check failed. */
  ok: boolean;
  /** Every result, in the order they were produced. */
  results: CheckResult[];
  /** The failed results. */
  failures: CheckResult[];
  /** The optional methods the provider does not have (their checks were skipped). */
  skipped: string[];
  /** A human-readable, multi-line account: a headline, then one line per failure. */
  summary(): string;
}

/**
 * Every rule the checker applies, with what it demands. A {@link CheckResult}'s `rule` is one of
 * these names.
 */
export const RULES = {
  present: 'every required method of the contract is a function',
  promise: 'a method returns a promise; it never throws synchronously',
  settles: 'every call settles (resolves or rejects) within `timeoutMs`',
  resolves: 'a valid query or change resolves: it does not reject',
  shapes: 'returned objects have every required field, with the right type; optional fields are absent or well-typed, never null',
  money: 'amounts are decimal strings ("15.00", never 15 or "1.5e2"); currencies are ISO 4217 codes (3 upper-case letters)',
  instants: 'instants are ISO 8601 with a zone (`Z` or an offset) that Date.parse accepts',
  'money.plan-arithmetic':
    'users.total = quantity × unitPrice, dids likewise, every other line likewise, monthlyTotal = the sum of the line totals — exactly',
  'money.quote-arithmetic': 'a quote’s creditAfter equals the plan’s credit minus the charge',
  'ranges.within': 'every item of a range query has its instant in [from, to)',
  'ranges.half-open': 'a 1 ms range [t, t+1ms) returns the item at t; the range [t−1ms, t) does not',
  'paging.terminates': 'cursors end with nextCursor null, never loop, never reject part-way',
  'paging.unique-ids': 'no item id repeats across the pages of one query',
  'paging.page-size': 'a page never holds more than the requested limit nor limits.maxPageSize',
  'paging.total': '`total`, when given, equals the number of items of the fully paged query',
  'paging.call-totals':
    '`totals` is on the first page of calls; totals.calls equals the count and totals.charges the exact sum of the charges',
  'paging.order': 'calls come newest first (order "newest", the default) or oldest first (order "oldest")',
  search: 'searching for an item’s full name / number returns that item',
  'abort.before': 'a call given an already-aborted signal rejects with an AbortError quickly, and does not resolve',
  'abort.during': 'aborting the signal during a call makes it reject with an AbortError quickly, and not resolve',
  'errors.contract': 'every rejection is a contract error (a known `code` and a string `message`) or, after an abort, an AbortError',
  'errors.reversed-range': 'a range with from after to rejects with "validation" or "range-too-large"',
  'errors.range-too-large': 'a range longer than limits.maxRangeDays rejects with "range-too-large"',
  'errors.bad-cursor': 'a cursor the provider never issued rejects with "validation" or "not-found"',
  'errors.bad-count': 'a user count of 0, -1 or 2.5 rejects with "validation" naming the `field`',
  'errors.wrong-password': 'changePassword with a wrong current password rejects with "validation"',
  'errors.not-blocked': 'unblocking a number that is not blocked rejects with "not-found"',
  'errors.unknown-id': 'fetching or deleting an id that does not exist rejects with "not-found" (or "validation")',
  blob: 'audio methods resolve to a non-empty Blob of type audio/*; getBillDocument to a non-empty Blob',
  'mutations.users': 'addUsers(1) and removeUsers(1) return the plan with the quantity changed by one, and the plan is restored',
  'mutations.block': 'a blocked number is listed, and gone again after unblockNumber',
  'mutations.delete': 'a deleted recording / media file is no longer listed',
  checker: 'the checker could run the method’s checks to the end (a value so malformed it could not go on fails here)',
} as const;

/** A rule name; see {@link RULES}. */
export type RuleName = keyof typeof RULES;
