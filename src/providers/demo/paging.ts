import { ProviderError } from '../../core/errors.js';
import type { DateRange, Page, ProviderLimits } from '../../core/provider.js';
import { hashText } from './random.js';

/**
 * Query checks and cursor paging shared by every list. A cursor is opaque to callers:
 * base64url of `{"q": <hash of the query>, "k": <position key>}`. A cursor presented with a
 * different query is refused (`validation`, field `cursor`).
 */

export const DEFAULT_LIMITS: Required<ProviderLimits> = { maxRangeDays: 366, maxPageSize: 500 };
export const DEFAULT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
/** A range of N local days may be up to an hour longer than N × 24 h across a DST change. */
const DST_SLACK_MS = 2 * 3_600_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function invalid(field: string, message: string): ProviderError {
  return new ProviderError('validation', message, { field, status: 422 });
}

/** The page size to use: `limit` checked, defaulted and clamped to `maxPageSize`. */
export function pageSize(limit: number | undefined, limits: Required<ProviderLimits>): number {
  if (limit === undefined || limit === null) return Math.min(DEFAULT_PAGE_SIZE, limits.maxPageSize);
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    throw invalid('limit', 'The page size must be a positive whole number.');
  }
  return Math.min(limit, limits.maxPageSize);
}

/** Parses an ISO instant, or `NaN`. */
export function instantMs(value: unknown): number {
  return typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : NaN;
}

/** Checks a half-open range and returns it in epoch milliseconds. */
export function checkRange(range: DateRange | undefined, limits: Required<ProviderLimits>): [number, number] {
  const from = instantMs(range?.from);
  const to = instantMs(range?.to);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    throw invalid('range', 'The date range must have ISO 8601 instants "from" and "to".');
  }
  if (from >= to) throw invalid('range', 'The start of the date range must be before its end.');
  if (to - from > limits.maxRangeDays * DAY_MS + DST_SLACK_MS) {
    throw new ProviderError('range-too-large', `The date range may span at most ${limits.maxRangeDays} days.`, { status: 422 });
  }
  return [from, to];
}

/** A fingerprint of the query parameters that define a list (not the cursor or the limit). */
export function queryKey(kind: string, params: Record<string, unknown>): string {
  return hashText(JSON.stringify([kind, params]));
}

function toBase64Url(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function encodeCursor(query: string, key: number): string {
  return toBase64Url(JSON.stringify({ q: query, k: key }));
}

/** The position key in `cursor`, or `null` for a first page. */
export function decodeCursor(cursor: string | null | undefined, query: string): number | null {
  if (cursor === undefined || cursor === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(atob(String(cursor).replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    throw invalid('cursor', 'The cursor is malformed.');
  }
  const { q, k } = (parsed ?? {}) as { q?: unknown; k?: unknown };
  if (typeof k !== 'number' || !Number.isSafeInteger(k)) throw invalid('cursor', 'The cursor is malformed.');
  if (q !== query) throw invalid('cursor', 'The cursor belongs to a different query.');
  return k;
}

/**
 * Keyset paging over `items` sorted by ascending, unique `rank`: the page starts after the rank
 * in the cursor, so rows added before it or deleted while a caller pages never shift the rest.
 */
export function keysetPage<T>(
  items: readonly T[],
  rank: (item: T) => number,
  query: string,
  cursor: string | null | undefined,
  size: number,
): Page<T> {
  const after = decodeCursor(cursor, query);
  let start = 0;
  if (after !== null) {
    let hi = items.length;
    while (start < hi) {
      const mid = (start + hi) >>> 1;
      if (rank(items[mid]!) <= after) start = mid + 1;
      else hi = mid;
    }
  }
  const slice = items.slice(start, start + size);
  const more = start + size < items.length;
  return {
    items: slice,
    nextCursor: more && slice.length > 0 ? encodeCursor(query, rank(slice[slice.length - 1]!)) : null,
    total: items.length,
  };
}
