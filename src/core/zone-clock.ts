/**
 * A time zone's wall clock, read from the browser's own time-zone database through `Intl`.
 *
 * Nothing here uses `Date`'s local-time methods, so results never depend on the machine's time
 * zone, and offsets keep their seconds (Monrovia was −00:44:30 until 1972; some libraries lose
 * the sign of "−00:MM").
 */

const SECOND = 1000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
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
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * The wall clock of `timeZone` at instant `t` (ms since the epoch), written as the UTC
 * timestamp that shows the same date and time. Milliseconds are kept.
 */
export function wallClockAt(t: number, timeZone: string): number {
  const whole = Math.floor(t / SECOND) * SECOND;
  let era = 'AD';
  let [year, month, day, hour, minute, second] = [1970, 1, 1, 0, 0, 0];
  for (const part of formatFor(timeZone).formatToParts(new Date(whole))) {
    const n = Number(part.value);
    switch (part.type) {
      case 'era':
        era = part.value;
        break;
      case 'year':
        year = n;
        break;
      case 'month':
        month = n;
        break;
      case 'day':
        day = n;
        break;
      case 'hour':
        hour = n;
        break;
      case 'minute':
        minute = n;
        break;
      case 'second':
        second = n;
        break;
    }
  }
  const date = new Date(0);
  date.setUTCFullYear(era.startsWith('B') ? 1 - year : year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime() + (t - whole);
}

/** The UTC offset of `timeZone` at instant `t`, in ms (east of Greenwich is positive). */
export function offsetAt(t: number, timeZone: string): number {
  return wallClockAt(t, timeZone) - t;
}

/** Offsets stay within ±24 h (offset names like "-23:59" included): the answer is this close. */
const WINDOW_SECONDS = 26 * 3600;

/**
 * The first instant at which the wall clock of `timeZone` reads `wall` (a UTC timestamp used as
 * a wall-clock reading, whole seconds) or later.
 *
 * - A reading inside a gap (Kathmandu, 1 Jan 1986: 00:00 → 00:15) → the instant the clock jumps.
 * - A reading that happens twice (Amman: 01:00 → 00:00) → the first time.
 * - A reading the zone skipped by a whole day (Samoa, 30 Dec 2011) → the start of the next day
 *   shown, so the skipped day is an empty range.
 *
 * Most readings have one offset a day either side of them: then `wall − offset` is the answer
 * (three look-ups). Near a change of offset, the window the answer lies in is bisected to the
 * second (the wall clock only moves forward across the readings that matter), then checked
 * against the direct candidate `wall − offset` for each offset seen, which catches a clock that
 * went back across the reading.
 */
export function firstInstantAtOrAfter(wall: number, timeZone: string): number {
  const window = WINDOW_SECONDS * SECOND;
  const offset = offsetAt(wall - window, timeZone);
  if (offsetAt(wall + window, timeZone) === offset && offsetAt(wall - offset, timeZone) === offset) return wall - offset;
  const reached = (t: number) => wallClockAt(t, timeZone) >= wall;
  let lo = Math.floor(wall / SECOND) - WINDOW_SECONDS; // in seconds; not reached
  let hi = lo + 2 * WINDOW_SECONDS; // reached
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reached(mid * SECOND)) hi = mid;
    else lo = mid;
  }
  let first = hi * SECOND;
  for (const t of [first - SECOND, first + SECOND, wall - window, wall + window]) {
    const candidate = wall - offsetAt(t, timeZone);
    if (candidate < first && wallClockAt(candidate, timeZone) === wall) first = candidate;
  }
  return first;
}
