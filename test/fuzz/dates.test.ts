import { expect } from '@open-wc/testing';
import { addDays, checkDayRange, dayOf, dayRangeToInstants, daysInclusive, isDay, presetRange, type RangePreset } from '../../src/core/dates.js';
import { check, fc } from './fuzz-config.js';
import { offsetAt, referenceStartOfDay, transitions } from './zone-oracle.js';

/*
 * src/core/dates.ts: inclusive calendar days in an IANA zone → the half-open instant range the
 * providers get, across DST and the odd zones (Lord Howe's 30-minute DST, Kathmandu's +05:45,
 * Samoa skipping 30 Dec 2011, Kiribati skipping 31 Dec 1994, Dublin's "negative" DST, St John's
 * −03:30 and its changes at 00:01, Santiago/Havana/Asunción/Beirut changing at midnight…),
 * checked against zone-oracle.ts (Intl only).
 *
 * Results of @date-fns/tz depend on the *machine's* time zone as well (TZDate builds wall-clock
 * dates through the native local-time setters): CI runs in UTC. See the report on issue #10 for
 * the cases that differ under other machine zones.
 */

const HOUR = 3_600_000;

/** The zones issue #10 names, then zones whose clocks change at midnight or skip a day. */
const ZONES = [
  'America/Sao_Paulo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia', 'Europe/Dublin', 'America/St_Johns', 'UTC',
  'America/Havana', 'America/Santiago', 'America/Asuncion', 'Asia/Beirut', 'Pacific/Chatham', 'Atlantic/Azores',
  'Africa/Casablanca', 'Pacific/Kiritimati',
] as const;

/**
 * KNOWN BUGS (reported to the lead), left out of the properties below so main stays green; each
 * is a day whose start `startOfDayInstant` gets wrong. Remove an entry once dates.ts is fixed.
 * - Asia/Kathmandu 1986-01-01: the clock jumped from 00:00 (+05:30) to 00:15 (+05:45), so the
 *   day begins at 1985-12-31T18:30Z; dates.ts says 18:15Z, an instant of 31 Dec (a 15-minute
 *   overlap with the previous day). TZDate resolves a midnight inside a gap backwards.
 */
const KNOWN_BAD_DAY_STARTS: Readonly<Record<string, readonly string[]>> = {
  'Asia/Kathmandu': ['1986-01-01'],
};
/**
 * Zones left out for the same reason (see the skipped test at the end):
 * - Asia/Amman, Asia/Gaza: clocks went back from 01:00 to 00:00, so midnight happened twice; the
 *   day begins at the first midnight, dates.ts picks the second (the previous day's range then
 *   holds an hour of the next day). 25 days in Amman 1995–2006, 14 in Gaza 1980–2018.
 * - Africa/Monrovia (−00:44:30 until 1972): @date-fns/tz's tzOffset reads "GMT-00:44:30" as
 *   +44.5 minutes (the sign of "-00" is lost), so every day before 1972-01-07 is 89 minutes off.
 *   Same for Europe/Dublin before 1916 (−00:25:21), outside the years fuzzed here.
 */
const PENDING_ZONES = ['Asia/Amman', 'Asia/Gaza', 'Africa/Monrovia'] as const;

const FIRST_DAY = Date.UTC(1970, 0, 1);
const LAST_DAY = Date.UTC(2099, 11, 31);
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayIndex = fc.integer({ min: 0, max: Math.round((LAST_DAY - FIRST_DAY) / (24 * HOUR)) });
const anyDay = dayIndex.map((i) => dayString(FIRST_DAY + i * 24 * HOUR));

/** Calendar days (local) next to each of the zone's offset changes, 1970–2099, cached. */
const transitionDays = new Map<string, string[]>();
function daysNearTransitions(zone: string): string[] {
  let days = transitionDays.get(zone);
  if (!days) {
    const set = new Set<string>();
    for (const t of transitions(FIRST_DAY, LAST_DAY, zone, 5 * 24 * HOUR)) {
      for (const instant of [t.at - 1000, t.at]) {
        const local = dayString(instant + offsetAt(instant, zone));
        for (const k of [-1, 0, 1]) set.add(addDays(local, k));
      }
    }
    days = [...set].sort();
    transitionDays.set(zone, days);
  }
  return days;
}

/** A zone and a day in it: half the time a day next to a clock change of that zone. */
function zoneAndDay(zones: readonly string[] = ZONES) {
  return fc.constantFrom(...zones).chain((zone) => {
    const near = daysNearTransitions(zone);
    return fc.tuple(fc.constant(zone), near.length ? fc.oneof(anyDay, fc.constantFrom(...near)) : anyDay);
  });
}

const iso = (ms: number) => new Date(ms).toISOString();
const startOf = (day: string, zone: string) => referenceStartOfDay(day, zone);
/** A day that has at least one instant in the zone (Apia skipped 2011-12-30). */
const exists = (day: string, zone: string) => startOf(day, zone) < startOf(addDays(day, 1), zone);
const knownBad = (zone: string, ...days: string[]) => days.some((d) => KNOWN_BAD_DAY_STARTS[zone]?.includes(d));

describe('fuzz: calendar days ↔ instants across zones (src/core/dates.ts)', function () {
  this.timeout(20_000);

  before(() => {
    for (const zone of ZONES) daysNearTransitions(zone);
  });

  it('generates transition days (sanity: Samoa 2011-12-30 and a Lord Howe change are among them)', () => {
    expect(daysNearTransitions('Pacific/Apia')).to.include('2011-12-30');
    expect(daysNearTransitions('Australia/Lord_Howe').length).to.be.greaterThan(100);
    expect(exists('2011-12-30', 'Pacific/Apia')).to.equal(false);
    expect(exists('2011-12-31', 'Pacific/Apia')).to.equal(true);
  });

  it('gives exactly [start of From, start of the day after To) — against the Intl reference', () => {
    check(
      fc.property(zoneAndDay(), fc.integer({ min: 0, max: 45 }), ([zone, from], span) => {
        const to = addDays(from, span);
        const after = addDays(to, 1);
        fc.pre(!knownBad(zone, from, after));
        const got = dayRangeToInstants(from, to, zone);
        expect(got, `${zone} ${from}..${to}`).to.deep.equal({ from: iso(startOf(from, zone)), to: iso(startOf(after, zone)) });
      }),
      { numRuns: 600 },
    );
  });

  it('from < to; dayOf(from) is From and dayOf(to − 1 ms) is To (an empty range only for a skipped day)', () => {
    check(
      fc.property(zoneAndDay(), fc.integer({ min: 0, max: 3 }), ([zone, fromDay], span) => {
        const toDay = addDays(fromDay, span);
        fc.pre(!knownBad(zone, fromDay, addDays(toDay, 1)));
        const { from, to } = dayRangeToInstants(fromDay, toDay, zone);
        const [a, b] = [Date.parse(from), Date.parse(to)];
        const anyDayExists = Array.from({ length: span + 1 }, (_, k) => addDays(fromDay, k)).some((d) => exists(d, zone));
        if (anyDayExists) expect(a, `${zone} ${fromDay}..${toDay}: ${from}..${to}`).to.be.lessThan(b);
        else expect(a, `${zone} ${fromDay} does not exist: the range is empty`).to.equal(b);
        if (exists(fromDay, zone)) expect(dayOf(from, zone), `${zone} dayOf(${from})`).to.equal(fromDay);
        if (exists(toDay, zone)) expect(dayOf(new Date(b - 1), zone), `${zone} dayOf(${to} − 1 ms)`).to.equal(toDay);
      }),
      { numRuns: 600 },
    );
  });

  it('consecutive ranges tile: no gap, no overlap, and they join into the whole range', () => {
    check(
      fc.property(zoneAndDay(), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), ([zone, a], n1, n2) => {
        const b = addDays(a, n1);
        const c = addDays(b, 1 + n2);
        fc.pre(!knownBad(zone, a, addDays(b, 1), addDays(c, 1)));
        const first = dayRangeToInstants(a, b, zone);
        const second = dayRangeToInstants(addDays(b, 1), c, zone);
        expect(first.to, `${zone} ${a}..${b} | ${addDays(b, 1)}..${c}`).to.equal(second.from);
        expect(dayRangeToInstants(a, c, zone)).to.deep.equal({ from: first.from, to: second.to });
        expect(daysInclusive(a, c)).to.equal(n1 + n2 + 2);
      }),
      { numRuns: 400 },
    );
  });

  it('every day lasts 23–25 h (Lord Howe: 23.5–24.5 h), or 0 h when the zone skipped it', () => {
    check(
      fc.property(zoneAndDay(), ([zone, day]) => {
        fc.pre(!knownBad(zone, day, addDays(day, 1)));
        const { from, to } = dayRangeToInstants(day, day, zone);
        const hours = (Date.parse(to) - Date.parse(from)) / HOUR;
        const [min, max] = zone === 'Australia/Lord_Howe' ? [23.5, 24.5] : [23, 25];
        if (!exists(day, zone)) expect(hours, `${zone} ${day} was skipped`).to.equal(0);
        else expect(hours, `${zone} ${day} lasts ${hours} h`).to.be.within(min, max);
      }),
      { numRuns: 1000 },
    );
  });

  it('dayOf(instant) is the wall-clock date of the instant in the zone', () => {
    const instant = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
    check(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        expect(dayOf(new Date(t), zone), `${zone} ${iso(t)}`).to.equal(dayString(t + offsetAt(t, zone)));
      }),
      { numRuns: 1000 },
    );
  });

  it('presets are valid inclusive ranges that end today (or at the end of last month)', () => {
    const presets: RangePreset[] = ['this-month', 'last-month', 'last-7-days', 'last-30-days', 'last-90-days', 'last-3-months'];
    check(
      fc.property(anyDay, fc.constantFrom(...presets), (today, preset) => {
        const range = presetRange(preset, today);
        expect(isDay(range.from) && isDay(range.to)).to.equal(true);
        expect(checkDayRange(range, 366), `${preset} on ${today}`).to.equal(null);
        const days = daysInclusive(range.from, range.to);
        if (preset === 'last-month') {
          expect(range.to).to.equal(addDays(`${today.slice(0, 7)}-01`, -1));
          expect(range.from).to.equal(`${range.to.slice(0, 7)}-01`);
        } else {
          expect(range.to).to.equal(today);
        }
        if (preset === 'last-7-days') expect(days).to.equal(7);
        if (preset === 'last-30-days') expect(days).to.equal(30);
        if (preset === 'last-90-days') expect(days).to.equal(90);
        if (preset === 'this-month') expect(range.from).to.equal(`${today.slice(0, 7)}-01`);
        if (preset === 'last-3-months') expect(days).to.be.within(89, 93);
      }),
    );
  });

  // KNOWN BUGS: see KNOWN_BAD_DAY_STARTS and PENDING_ZONES above. Un-skip once dates.ts computes
  // the start of a day from the zone's offsets (as zone-oracle.ts does) instead of TZDate's
  // wall-clock constructor, and works around @date-fns/tz's "-00:MM" offset sign.
  it.skip('KNOWN BUG dates.ts: Kathmandu 1986, repeated midnights (Amman, Gaza), Monrovia before 1972', () => {
    for (const [zone, days] of Object.entries(KNOWN_BAD_DAY_STARTS)) {
      for (const day of days) expect(dayRangeToInstants(day, day, zone).from, `${zone} ${day}`).to.equal(iso(startOf(day, zone)));
    }
    check(
      fc.property(zoneAndDay(PENDING_ZONES), ([zone, day]) => {
        expect(dayRangeToInstants(day, day, zone).from, `${zone} ${day}`).to.equal(iso(startOf(day, zone)));
      }),
      { numRuns: 300 },
    );
  });
});
