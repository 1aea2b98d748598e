import { isRealInstant } from '../../core/dates.js';
import { ProviderError } from '../../core/errors.js';
import type { DateRange } from '../../core/provider.js';

/**
 * Kazoo counts time in Gregorian seconds (seconds since 0000-01-01T00:00:00Z); the contract
 * speaks ISO instants with milliseconds and half-open ranges. Kazoo's `created_from` /
 * `created_to` are whole seconds and both inclusive.
 */

/** Gregorian seconds at the Unix epoch. */
export const GREGORIAN_OFFSET = 62_167_219_200;

/** Kazoo's default `crossbar.maximum_range`: 31 days (the server allows an hour more). */
export const KAZOO_MAX_RANGE_SECONDS = 31 * 86_400;

export function gregorianToMs(gregorian: number): number {
  return (gregorian - GREGORIAN_OFFSET) * 1000;
}

/** Gregorian seconds → ISO instant (`2026-11-27T14:05:33.000Z`). */
export function gregorianToIso(gregorian: number): string {
  return new Date(gregorianToMs(gregorian)).toISOString();
}

/** Epoch ms → Gregorian seconds, rounded down (the second the instant falls in). */
export function msToGregorian(ms: number): number {
  return Math.floor(ms / 1000) + GREGORIAN_OFFSET;
}

/** An inclusive range of whole Gregorian seconds, `[from, to]`; empty when `from > to`. */
export interface GregorianRange {
  from: number;
  to: number;
}

function instantMs(value: unknown, field: string): number {
  // A real instant: `2026-02-30T…` is refused, not read as March 2.
  const ms = isRealInstant(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new ProviderError('validation', `The range's "${field}" must be an ISO 8601 instant.`, { field: 'range' });
  return ms;
}

/**
 * The contract's half-open `[from, to)` (ms) as Kazoo's inclusive whole seconds: a record at
 * second `s` (that is, at `s × 1000` ms) is inside when `from ≤ s×1000 < to`, so the first
 * second is `ceil(from / 1000)` and the last `ceil(to / 1000) − 1`. The result may be empty
 * (`[t − 1 ms, t)` holds no whole second) — callers then send no request at all.
 *
 * Rejects a malformed or reversed range (`validation`) and, with `maxRangeDays`, a longer one
 * (`range-too-large`) — the provider's own cap, not Kazoo's 31 days (those are split into windows).
 */
export function toGregorianRange(range: DateRange | undefined, maxRangeDays?: number): GregorianRange {
  const fromMs = instantMs(range?.from, 'from');
  const toMs = instantMs(range?.to, 'to');
  if (fromMs > toMs) throw new ProviderError('validation', 'The start of the date range must not be after its end.', { field: 'range' });
  // A range of N local days may be up to an hour longer than N × 24 h across a DST change.
  if (maxRangeDays !== undefined && toMs - fromMs > maxRangeDays * 86_400_000 + 2 * 3_600_000) {
    throw new ProviderError('range-too-large', `The date range may span at most ${maxRangeDays} days.`);
  }
  return {
    from: Math.ceil(fromMs / 1000) + GREGORIAN_OFFSET,
    to: Math.ceil(toMs / 1000) - 1 + GREGORIAN_OFFSET,
  };
}

/**
 * Splits `[from, to]` into consecutive windows no longer than `maxSeconds` (Kazoo rejects a
 * `created_to − created_from` above its maximum range), in the order they are read: newest
 * window first for `descending`, oldest first for `ascending`. An empty range has no window.
 */
export function splitWindows(range: GregorianRange, maxSeconds: number, direction: 'descending' | 'ascending'): GregorianRange[] {
  if (range.from > range.to) return [];
  const step = Math.max(1, Math.floor(maxSeconds));
  const windows: GregorianRange[] = [];
  for (let start = range.from; start <= range.to; start += step + 1) {
    windows.push({ from: start, to: Math.min(range.to, start + step) });
  }
  return direction === 'descending' ? windows.reverse() : windows;
}
