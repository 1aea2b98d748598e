/**
 * A reference for "when does this calendar day begin in this time zone", built on `Intl` alone
 * (no @date-fns/tz, no Date local-time methods, so it does not depend on the machine's zone).
 *
 * A zone's UTC offset is piecewise constant. Within one piece with offset `o`, the wall clock is
 * `t + o`, so the first instant of that piece whose wall-clock date is ≥ `day` is
 * `max(pieceStart, midnightUtc(day) − o)`. The start of `day` is the smallest of those over the
 * pieces around it. That is right for skipped days (Samoa, 30 Dec 2011: the day is empty), for
 * midnights inside a gap (the day begins when the clock jumps) and for repeated midnights
 * (the day begins at the first one).
 */

const HOUR = 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at instant `t` (whole seconds), as if it were a UTC timestamp. */
function wallClock(t: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of format(timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
  const year = parts['era']?.startsWith('B') ? 1 - Number(parts['year']) : Number(parts['year']);
  const date = new Date(0);
  date.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  date.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return date.getTime();
}

/** UTC offset in ms at instant `t` (to the second: historical offsets have seconds). */
export function offsetAt(t: number, timeZone: string): number {
  const s = Math.floor(t / 1000) * 1000;
  return wallClock(s, timeZone) - s;
}

export interface Transition {
  /** First instant with the new offset. */
  at: number;
  before: number;
  after: number;
}

/** Offset changes in [from, to), found by sampling every `step` ms and bisecting to the second. */
export function transitions(from: number, to: number, timeZone: string, step = 3 * HOUR): Transition[] {
  const out: Transition[] = [];
  let t = from;
  let offset = offsetAt(t, timeZone);
  while (t < to) {
    const next = Math.min(t + step, to);
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (mid <= lo || mid >= hi) break;
        if (offsetAt(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, before: offset, after: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

function midnightUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

/** The first instant whose wall-clock date in `timeZone` is `day` or later. */
export function referenceStartOfDay(day: string, timeZone: string): number {
  const n = midnightUtc(day);
  const from = n - 40 * HOUR;
  const to = n + 40 * HOUR;
  let start = from;
  let offset = offsetAt(from, timeZone);
  let best = Infinity;
  const consider = (pieceStart: number, pieceEnd: number, o: number) => {
    const candidate = Math.max(pieceStart, n - o);
    if (candidate < pieceEnd) best = Math.min(best, candidate);
  };
  for (const tr of transitions(from, to, timeZone)) {
    consider(start, tr.at, offset);
    start = tr.at;
    offset = tr.after;
  }
  consider(start, to, offset);
  return best;
}
