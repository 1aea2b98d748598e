import { throwIfAborted } from '../../core/errors.js';
import type { CallRecord, CallTotals } from '../../core/provider.js';
import { COUNTRIES } from './catalog.js';
import { fromUnits } from './exact.js';
import { e164 } from './numbers.js';
import { hash32, mix32, Random, unit } from './random.js';

/**
 * The international call log, generated lazily: call `i` (0 = newest) is a pure function of the
 * seed and `i`, so a million calls cost nothing until they are read. Start times decrease with
 * `i` (a time range is an index range, found by binary search) and follow a weekly rhythm: busy
 * office hours, quiet nights and weekends, in the account's time zone (its UTC offset at "now";
 * DST shifts are ignored). Totals are summed per block of 1,024 calls, once, and memoised.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BLOCK = 1024;
/** Longest stretch `memoise` works before it yields to the page, in ms. */
const SLICE_MS = 4;

/**
 * Resolves in the page's idle time, or after 100 ms at the latest (`didTimeout`: a page that is
 * never idle still gets its totals), or after a task where there is no idle callback.
 */
function idle(): Promise<Pick<IdleDeadline, 'didTimeout' | 'timeRemaining'>> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: 100 });
    else setTimeout(() => resolve({ didTimeout: true, timeRemaining: () => 0 }));
  });
}

/** Rates have four decimals; charges are counted in 1/10,000 of the currency unit. */
export const RATE_SCALE = 4;
const HOURLY = [1, 1, 1, 1, 1, 2, 4, 10, 22, 30, 32, 30, 24, 28, 30, 28, 24, 16, 9, 6, 4, 3, 2, 1];
/** Sunday … Saturday. */
const DAILY = [0.3, 1, 1, 1, 1, 0.9, 0.4];
/** Share of calls that go to the account's regular contacts (the same numbers recur). */
const REGULARS = 300;

export interface CallSpaceOptions {
  seed: number;
  nowMs: number;
  count: number;
  spanDays: number;
  /** Local time minus UTC, in ms. */
  utcOffsetMs: number;
  extensions: readonly string[];
  dids: readonly string[];
  favourites: readonly string[];
  currency: string;
}

export class CallSpace {
  readonly count: number;
  private readonly o: CallSpaceOptions;
  private readonly weekCum = new Float64Array(169);
  private readonly weekWeight = new Float64Array(168);
  /** Country index by the top 12 bits of a hash, in proportion to the weights. */
  private readonly countryTable = new Uint8Array(4096);
  private readonly regularCountry = new Uint8Array(REGULARS);
  private readonly rateUnits: Int32Array;
  private readonly massNow: number;
  private readonly step: number;
  private readonly blockMinutes: Float64Array;
  private readonly blockUnits: Float64Array;
  private readonly blockDone: Uint8Array;

  constructor(o: CallSpaceOptions) {
    this.o = o;
    this.count = Math.max(0, Math.floor(o.count));
    // Hour 0 of the week table is Thursday 00:00 (the epoch's weekday).
    for (let k = 0; k < 168; k++) {
      this.weekWeight[k] = HOURLY[k % 24]! * DAILY[(4 + Math.floor(k / 24)) % 7]!;
      this.weekCum[k + 1] = this.weekCum[k]! + this.weekWeight[k]!;
    }
    this.rateUnits = Int32Array.from(COUNTRIES, (c) => Number(c.rate.replace('.', '')));
    const weights = COUNTRIES.map((c) => c.weight * (o.favourites.includes(c.iso) ? 6 : 1));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    for (let j = 0, c = 0, below = 0; j < 4096; j++) {
      while (c < COUNTRIES.length - 1 && below + weights[c]! <= ((j + 0.5) / 4096) * totalWeight) below += weights[c++]!;
      this.countryTable[j] = c;
    }
    for (let k = 0; k < REGULARS; k++) this.regularCountry[k] = this.countryTable[hash32(o.seed ^ 0x5bd1e995, k) >>> 20]!;
    const localNow = o.nowMs + o.utcOffsetMs;
    this.massNow = this.mass(localNow);
    this.step = this.count > 0 ? (this.massNow - this.mass(localNow - o.spanDays * DAY)) / this.count : 0;
    const blocks = Math.ceil(this.count / BLOCK);
    this.blockMinutes = new Float64Array(blocks);
    this.blockUnits = new Float64Array(blocks);
    this.blockDone = new Uint8Array(blocks);
  }

  /** Cumulative call density up to local time `t` (monotonic). */
  private mass(t: number): number {
    const h = Math.floor(t / HOUR);
    const week = Math.floor(h / 168);
    const k = h - week * 168;
    return week * this.weekCum[168]! + this.weekCum[k]! + this.weekWeight[k]! * ((t - h * HOUR) / HOUR);
  }

  private localTimeOf(m: number): number {
    const total = this.weekCum[168]!;
    const week = Math.floor(m / total);
    const r = m - week * total;
    let lo = 0;
    let hi = 167;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.weekCum[mid]! <= r) lo = mid;
      else hi = mid - 1;
    }
    return (week * 168 + lo) * HOUR + ((r - this.weekCum[lo]!) / this.weekWeight[lo]!) * HOUR;
  }

  /** The hash every attribute of call `i` derives from. */
  private key(i: number): number {
    return hash32(this.o.seed, i);
  }

  /** Start of call `i`, epoch ms (whole seconds); never increases with `i`. */
  startMs(i: number): number {
    const m = this.massNow - (i + 0.05 + 0.9 * unit(mix32(this.key(i) ^ 0x3c6ef372))) * this.step;
    return Math.floor((this.localTimeOf(m) - this.o.utcOffsetMs) / 1000) * 1000;
  }

  /** Indices `[lo, hi)` of the calls that start in `[fromMs, toMs)`. */
  indexRange(fromMs: number, toMs: number): [number, number] {
    return [this.firstBefore(toMs), this.firstBefore(fromMs)];
  }

  private firstBefore(ms: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.startMs(mid) < ms) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The regular contact called, or -1 for a one-off number. */
  private regular(key: number): number {
    const h = mix32(key ^ 0x1b873593);
    return h % 100 < 55 ? (h >>> 8) % REGULARS : -1;
  }

  private countryOf(key: number): number {
    const k = this.regular(key);
    return k >= 0 ? this.regularCountry[k]! : this.countryTable[mix32(key ^ 0x2c1b3c6d) >>> 20]!;
  }

  /** Mostly 1–15 minutes; some short, some long. */
  private durationOf(key: number): number {
    const u = unit(mix32(key ^ 0x297a2d39));
    const v = unit(mix32(key ^ 0x68e31da4));
    if (u < 0.12) return 3 + Math.floor(v * 57);
    if (u < 0.88) return 60 + Math.floor(840 * v * v);
    return 900 + Math.floor(1800 * v * v);
  }

  /** The regular contact `k`'s number (stable for the seed). */
  regularNumber(k: number): string {
    return e164(COUNTRIES[this.regularCountry[k]!]!, new Random(hash32(this.o.seed ^ 0x5bd1e995, k), 2));
  }

  record(i: number): CallRecord {
    const { extensions, dids, currency } = this.o;
    const key = this.key(i);
    const country = this.countryOf(key);
    const k = this.regular(key);
    const to = k >= 0 ? this.regularNumber(k) : e164(COUNTRIES[country]!, new Random(key, 5));
    const h = mix32(key ^ 0x7f4a7c15);
    const from = h % 100 < 85 || dids.length === 0 ? extensions[h % extensions.length]! : dids[h % dids.length]!;
    const durationSeconds = this.durationOf(key);
    const minutes = Math.ceil(durationSeconds / 60);
    return {
      id: `call-${i}`,
      startedAt: new Date(this.startMs(i)).toISOString(),
      from,
      to,
      destination: COUNTRIES[country]!.name,
      countryCode: COUNTRIES[country]!.iso,
      durationSeconds,
      ratePerMinute: { amount: COUNTRIES[country]!.rate, currency },
      charge: { amount: fromUnits(this.rateUnits[country]! * minutes, RATE_SCALE), currency },
    };
  }

  private sumDirect(lo: number, hi: number, acc: [number, number]): void {
    for (let i = lo; i < hi; i++) {
      const key = this.key(i);
      const minutes = Math.ceil(this.durationOf(key) / 60);
      acc[0] += minutes;
      acc[1] += this.rateUnits[this.countryOf(key)]! * minutes;
    }
  }

  /**
   * Sums the whole blocks of `[lo, hi)` into the memo a few milliseconds at a time, in the page's
   * idle time: the demo runs on the page's own thread, where a server's work over a million calls
   * would otherwise hold up what the page is drawing. Rejects when `signal` aborts.
   */
  async memoise(lo: number, hi: number, signal?: AbortSignal): Promise<void> {
    const last = Math.floor(hi / BLOCK);
    let b = Math.ceil(lo / BLOCK);
    for (;;) {
      while (b < last && this.blockDone[b]) b++;
      if (b >= last) return;
      const deadline = await idle();
      throwIfAborted(signal);
      const start = performance.now();
      // Within the idle period (or one slice when the wait timed out), never over SLICE_MS.
      do this.block(b++);
      while (b < last && performance.now() - start < SLICE_MS && (deadline.didTimeout || deadline.timeRemaining() > 1));
    }
  }

  private block(b: number): void {
    if (this.blockDone[b]) return;
    const block: [number, number] = [0, 0];
    this.sumDirect(b * BLOCK, (b + 1) * BLOCK, block);
    this.blockMinutes[b] = block[0];
    this.blockUnits[b] = block[1];
    this.blockDone[b] = 1;
  }

  /** Billed minutes and charge units of calls `[lo, hi)`; whole blocks are memoised. */
  sums(lo: number, hi: number): { minutes: number; units: number } {
    const acc: [number, number] = [0, 0];
    const first = Math.ceil(lo / BLOCK);
    const last = Math.floor(hi / BLOCK);
    if (first >= last) {
      this.sumDirect(lo, hi, acc);
    } else {
      this.sumDirect(lo, first * BLOCK, acc);
      for (let b = first; b < last; b++) {
        this.block(b);
        acc[0] += this.blockMinutes[b]!;
        acc[1] += this.blockUnits[b]!;
      }
      this.sumDirect(last * BLOCK, hi, acc);
    }
    return { minutes: acc[0], units: acc[1] };
  }

  totals(lo: number, hi: number): CallTotals {
    const { minutes, units } = this.sums(lo, hi);
    return { minutes, charges: { amount: fromUnits(units, RATE_SCALE), currency: this.o.currency }, calls: hi - lo };
  }
}
