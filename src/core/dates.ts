import type { DateRange } from './provider.js';
import { nowDate } from './clock.js';
import { firstInstantAtOrAfter, wallClockAt } from './zone-clock.js';

/**
 * Calendar days (`YYYY-MM-DD`) in an IANA time zone ↔ ISO instants. Ranges the user picks are
 * whole days, both inclusive; providers get the half-open instant range
 * `[start of From, start of the day after To)` in the display time zone. Offsets and DST come
 * from the browser's time-zone database (`Intl`, see zone-clock.ts), never from hand-written
 * rules, and nothing depends on the machine's own zone.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Midnight UTC of year `y`, month `m` (0-based, may overflow), day `d`; unlike `Date.UTC`, years 0–99 stay themselves. */
function utcMidnight(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  return date;
}

/** True for a real calendar day written `YYYY-MM-DD` (not `2026-02-30`). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = utcMidnight(y, mo - 1, d);
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parts(day: Day): [number, number, number] {
  if (!isDay(day)) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function fromUtcDate(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  return fromUtcDate(utcMidnight(y, m - 1, d + n));
}

/** `day` plus `n` calendar months, clamped to the month's last day (Mar 31 − 1 month → Feb 28). */
export function addMonths(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  const last = utcMidnight(y, m - 1 + n + 1, 0).getUTCDate();
  return fromUtcDate(utcMidnight(y, m - 1 + n, Math.min(d, last)));
}

/** First day of `day`'s month. */
export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

/** Number of days from `from` to `to`, both inclusive (`2026-01-01`..`2026-01-01` → 1). */
export function daysInclusive(from: Day, to: Day): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((utcMidnight(y2, m2 - 1, d2).getTime() - utcMidnight(y1, m1 - 1, d1).getTime()) / MS_PER_DAY) + 1;
}

/** True when the name is an IANA time zone this browser knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own time zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The instant at which `day` begins in `timeZone`, as an ISO string (UTC, milliseconds): the
 * first instant whose wall-clock date is `day`. A midnight the clock skipped → the instant it
 * jumped; a midnight that happened twice → the first one; a day the zone skipped → the start of
 * the next day (the skipped day is an empty range).
 */
export function startOfDayInstant(day: Day, timeZone: string): string {
  const [y, m, d] = parts(day);
  return new Date(firstInstantAtOrAfter(utcMidnight(y, m - 1, d).getTime(), timeZone)).toISOString();
}

/** The calendar day of `instant` in `timeZone`. */
export function dayOf(instant: string | Date, timeZone: string): Day {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return fromUtcDate(new Date(wallClockAt(t, timeZone)));
}

/** Today in `timeZone` (by the product's clock, `core/clock.ts`, unless `at` is given). */
export function today(timeZone: string, at: Date = nowDate()): Day {
  return dayOf(at, timeZone);
}

/** Inclusive calendar days `[from, to]` → the half-open instant range the providers take. */
export function dayRangeToInstants(from: Day, to: Day, timeZone: string): DateRange {
  return { from: startOfDayInstant(from, timeZone), to: startOfDayInstant(addDays(to, 1), timeZone) };
}

/** An inclusive range of calendar days. */
export interface DayRange {
  from: Day;
  to: Day;
}

export type RangePreset = 'this-month' | 'last-month' | 'last-7-days' | 'last-30-days' | 'last-90-days' | 'last-3-months';

/** The calendar days a preset covers on `todayDay` (both inclusive). */
export function presetRange(preset: RangePreset, todayDay: Day): DayRange {
  switch (preset) {
    case 'this-month':
      return { from: startOfMonth(todayDay), to: todayDay };
    case 'last-month': {
      const from = addMonths(startOfMonth(todayDay), -1);
      return { from, to: addDays(startOfMonth(todayDay), -1) };
    }
    case 'last-7-days':
      return { from: addDays(todayDay, -6), to: todayDay };
    case 'last-30-days':
      return { from: addDays(todayDay, -29), to: todayDay };
    case 'last-90-days':
      return { from: addDays(todayDay, -89), to: todayDay };
    case 'last-3-months':
      return { from: addDays(addMonths(todayDay, -3), 1), to: todayDay };
  }
}

export type DayRangeProblem = 'malformed-from' | 'malformed-to' | 'reversed' | 'too-long';

/** Why an inclusive day range cannot be queried, or `null` when it can. */
export function checkDayRange(range: Partial<DayRange>, maxRangeDays?: number): DayRangeProblem | null {
  if (!isDay(range.from)) return 'malformed-from';
  if (!isDay(range.to)) return 'malformed-to';
  const days = daysInclusive(range.from, range.to);
  if (days < 1) return 'reversed';
  if (maxRangeDays !== undefined && days > maxRangeDays) return 'too-long';
  return null;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/i;

/**
 * True for an ISO 8601 / RFC 3339 instant with a zone that names a real moment: a real
 * calendar day (not `2026-02-30`, which `Date.parse` quietly reads as March 2), hours 0–23,
 * minutes and seconds 0–59, an offset of at most ±23:59.
 */
export function isRealInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [h, mi, s, oh, om] = [m[4], m[5], m[6] ?? '0', m[8] ?? '0', m[9] ?? '0'].map(Number) as [number, number, number, number, number];
  if (!isDay(`${m[1]}-${m[2]}-${m[3]}`) || h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) return false;
  return !Number.isNaN(Date.parse(value));
}
