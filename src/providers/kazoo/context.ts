import { ProviderError } from '../../core/errors.js';
import type { DateRange, PageQuery } from '../../core/provider.js';
import { decodeCursor, encodeCursor, type CursorState } from './cursor.js';
import { msToGregorian, splitWindows, toGregorianRange, type GregorianRange } from './gregorian.js';
import type { Reader } from './json.js';
import { START, type Position } from './pager.js';
import type { KazooTransport } from './transport.js';

/** What every resource mapping needs: the transport, where the account is, the settings in force. */
export interface KazooContext {
  transport: KazooTransport;
  /** `/accounts/{accountId}`, encoded. */
  accountPath: string;
  accountId: string;
  userId: string;
  currency: string;
  maxRangeDays: number;
  maxPageSize: number;
  maxWindowSeconds: number;
  seatPrefix: string;
  callTotals: 'scan' | 'ledger';
  /** The longest call expected, in seconds: per-minute rows are filed at hang-up, so a range of starts reads this much further. */
  maxCallSeconds: number;
  planName: string | undefined;
  passwordMinLength: number;
  /** Epoch ms. */
  now(): number;
  /** The account document (`GET /accounts/{A}`), read once per provider and shared. */
  account(signal?: AbortSignal): Promise<Reader>;
  /** The account document read afresh (for changes that depend on it). */
  freshAccount(signal?: AbortSignal): Promise<Reader>;
  /** The account's home country (ISO alpha-2), for the international rule. */
  homeCountry(signal?: AbortSignal): Promise<string>;
}

/**
 * Kazoo `page_size`: the one a cursor was issued with (a resumed page must read the same Kazoo
 * pages), else one for a contract page of `limit` items (rows may be filtered out, so never tiny).
 */
export function kazooPageSize(limit: number, ctx: KazooContext, state?: CursorState | null): number {
  return Math.min(ctx.maxPageSize, state?.ps ?? Math.max(25, limit));
}

/** The `limit` asked for, checked (`validation`, field `limit`), defaulted to 50 and capped at `maxPageSize`. */
export function pageLimit(limit: unknown, ctx: KazooContext): number {
  if (limit === undefined || limit === null) return Math.min(50, ctx.maxPageSize);
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    throw new ProviderError('validation', 'The page size must be a positive whole number.', { field: 'limit' });
  }
  return Math.min(limit, ctx.maxPageSize);
}

/** A list's windows: from its range, or — without one — from the account's creation to now. */
export interface WindowPlan {
  windows: GregorianRange[];
  anchors: [number, number];
}

/**
 * The windows of a ranged list (Kazoo allows at most `maxWindowSeconds` per request). Without a
 * range the list spans the account's life: from its `created` (else 400 days back) to now —
 * frozen in the cursor's anchors on later pages so the windows do not move under the reader.
 */
export async function planWindows(
  ctx: KazooContext,
  range: DateRange | undefined,
  cursor: CursorState | null,
  direction: 'descending' | 'ascending',
  signal?: AbortSignal,
  /** Seconds to read past the end of `range` (rows filed later than what they describe). */
  extendBy = 0,
): Promise<WindowPlan> {
  let anchors: [number, number];
  if (range !== undefined) {
    const g = toGregorianRange(range, ctx.maxRangeDays);
    anchors = [g.from, g.to + (g.to >= g.from ? extendBy : 0)];
  } else if (cursor?.a) {
    anchors = cursor.a;
  } else {
    const account = await ctx.account(signal);
    const to = msToGregorian(ctx.now());
    const created = account.number('created');
    const from = created !== undefined && created > 0 && created <= to ? Math.floor(created) : to - 400 * 86_400;
    anchors = [from, to];
  }
  return { windows: splitWindows({ from: anchors[0], to: anchors[1] }, ctx.maxWindowSeconds, direction), anchors };
}

/** Decodes `q.cursor` for the query fingerprinted `key` into a position (the start for a first page). */
export function startOf(q: PageQuery, key: string): { state: CursorState | null; position: Position } {
  const state = decodeCursor(q.cursor, key);
  return { state, position: state ? { w: state.w, k: state.k, o: state.o, id: state.id } : START };
}

/** The cursor for `next`, or `null` at the end. */
export function cursorFor(
  key: string,
  anchors: [number, number] | null,
  pageSize: number,
  next: Position | null,
  extra?: unknown,
): string | null {
  if (next === null) return null;
  return encodeCursor({
    q: key,
    a: anchors,
    w: next.w,
    k: next.k,
    ps: pageSize,
    o: next.o,
    id: next.id,
    ...(extra === undefined ? {} : { x: extra }),
  });
}
