import { expect } from '@open-wc/testing';
import {
  addDays,
  checkDayRange,
  dayOf,
  dayRangeToInstants,
  daysInclusive,
  isDay,
  presetRange,
  type RangePreset,
} from '../../src/core/dates.js';
import { check, fc } from './fuzz-config.js';
import { offsetAt, referenceStartOfDay, transitions } from './zone-oracle.js';

/*
 * src/core/dates.ts: inclusive calendar days in an IANA zone → the half-open instant range the
 * providers get, across DST and the odd zones (Lord Howe's 30-minute DST, Kathmandu's +05:45,
 * Samoa skipping 30 Dec 2011, Kiribati skipping 31 Dec 1994, Dublin's "negative" DST, St John's
 * −03:30 and its changes at 00:01, Santiago/Havana/Asunción/Beirut changing at midnight…),
 * checked against zone-oracle.ts (Intl only).
 *
 * dates.ts reads the zones through Intl only (zone-clock.ts), never Date's local-time methods, so
 * the results do not depend on the machine's zone either.
 */

const HOUR = 3_600_000;

/** The zones issue #10 names, then zones whose clocks change at midnight or skip a day. */
const ZONES = [
  'America/Sao_Paulo',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Europe/Dublin',
  'America/St_Johns',
  'UTC',
  'America/Havana',
  'America/Santiago',
  'America/Asuncion',
  'Asia/Beirut',
  'Pacific/Chatham',
  'Atlantic/Azores',
  'Africa/Casablanca',
  'Pacific/Kiritimati',
  // Midnight happened twice (clocks back from 01:00 to 00:00): the day begins at the first one.
  'Asia/Amman',
  'Asia/Gaza',
  // −00:44:30 until 1972: an offset with seconds and a "−00" hour.
  'Africa/Monrovia',
] as const;

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

  it('begins a day when the clock jumps over its midnight, at the first of two midnights, and keeps offset seconds', () => {
    // Kathmandu 1986-01-01: 00:00 (+05:30) jumped to 00:15 (+05:45).
    expect(dayRangeToInstants('1986-01-01', '1986-01-01', 'Asia/Kathmandu').from).to.equal('1985-12-31T18:30:00.000Z');
    // Monrovia, −00:44:30 until 7 Jan 1972.
    expect(dayRangeToInstants('1971-06-01', '1971-06-01', 'Africa/Monrovia').from).to.equal('1971-06-01T00:44:30.000Z');
    // Amman 1999-09-24 and Gaza 1997-09-19: 01:00 (+03:00) went back to 00:00 (+02:00); the day
    // begins at the first midnight, and the day before ends there.
    expect(dayRangeToInstants('1999-09-23', '1999-09-24', 'Asia/Amman')).to.deep.equal({
      from: '1999-09-22T21:00:00.000Z',
      to: '1999-09-24T22:00:00.000Z',
    });
    expect(dayRangeToInstants('1999-09-24', '1999-09-24', 'Asia/Amman').from).to.equal('1999-09-23T21:00:00.000Z');
    expect(dayRangeToInstants('1997-09-18', '1997-09-18', 'Asia/Gaza').to).to.equal('1997-09-18T21:00:00.000Z');
    // Samoa skipped 30 Dec 2011: an empty day between 29 Dec (−10:00) and 31 Dec (+14:00).
    expect(dayRangeToInstants('2011-12-30', '2011-12-30', 'Pacific/Apia')).to.deep.equal({
      from: '2011-12-30T10:00:00.000Z',
      to: '2011-12-30T10:00:00.000Z',
    });
  });
});
