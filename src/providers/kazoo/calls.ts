import { ProviderError, throwIfAborted } from '../../core/errors.js';
import { addMoney } from '../../core/money.js';
import type { CallPage, CallQuery, CallRecord, CallTotals, CallTotalsQuery, DateRange, Money } from '../../core/provider.js';
import { cursorFor, kazooPageSize, pageLimit, planWindows, startOf, type KazooContext } from './context.js';
import { fingerprint } from './cursor.js';
import { decimalFromFloat, dollarsFromUnits } from './decimal.js';
import { isObject } from './envelope.js';
import { clean, Reader, userPart } from './json.js';
import { classifyDialled } from './numbers.js';
import { readPage, scanAll, type ListSource } from './pager.js';
import type { GregorianRange } from './gregorian.js';

/**
 * International calls from the per-minute ledger
 * (`GET /accounts/{A}/ledgers/per-minute-voip?created_from&created_to`).
 *
 * A row is a call when it is not inbound; it is international by the rule in `numbers.ts`
 * applied to the dialled number (`metadata.callee_id_number`, else the user part of
 * `metadata.to`). Per-minute amounts keep four decimals.
 *
 * What a row says (`j5_per_minute.erl`, `create_ledger_usage/4` and `metadata/1`): `amount` is
 * the charge in dollars (crossbar converts the ledger's units, `kz_ledger:public_json/1`), but
 * `metadata.rate.value` is the rate as jonny5 got it from hotornot — in Kazoo *units*, 1/10000
 * of the currency (`hon_rater.erl` passes `kz_currency:dollars_to_units(rate_cost)`), so `400`
 * is 0.04 a minute. `period.start` is the request's timestamp, taken when the channel is
 * destroyed (`j5_channel_destroy.erl`): the hang-up, so the call started `usage.quantity`
 * seconds earlier. There is no `billing_seconds` on the row.
 */

const RATE_SCALE = 4;

const wholeNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};

/**
 * Billed seconds of a row, as Kazoo bills a call (`kapps_call_util:calculate_call/5`): a call of
 * up to `rate.minimum` seconds is billed the minimum, a longer one in whole `rate.increment`s
 * (60 when 0 or absent). Without the rate's terms, the usage in seconds.
 */
function billedSeconds(row: Reader): number {
  const seconds = usageSeconds(row);
  const rate = row.object('metadata')?.object('rate');
  const increment = wholeNumber(rate?.value.increment);
  const minimum = wholeNumber(rate?.value.minimum);
  if (seconds === 0 || (increment === undefined && minimum === undefined)) return seconds;
  const step = increment || 60;
  const floor = minimum ?? 0;
  return seconds <= floor ? floor : Math.ceil(seconds / step) * step;
}

function usageSeconds(row: Reader): number {
  const usage = row.object('usage');
  const quantity = usage?.number('quantity') ?? 0;
  const unit = (usage?.string('unit') ?? 'sec').toLowerCase();
  return Math.max(0, unit.startsWith('min') ? quantity * 60 : quantity);
}

/** `charge / minutes` to four decimals, exactly (for a row without `metadata.rate.value`). */
function derivedRate(charge: string, seconds: number): string {
  const minutes = BigInt(Math.max(1, Math.ceil(seconds / 60)));
  const [whole, fraction = ''] = charge.split('.');
  const units = BigInt(`${whole}${fraction.padEnd(RATE_SCALE, '0').slice(0, RATE_SCALE)}`);
  const q = (units * 2n + minutes) / (2n * minutes);
  const digits = q.toString().padStart(RATE_SCALE + 1, '0');
  return `${digits.slice(0, -RATE_SCALE)}.${digits.slice(-RATE_SCALE)}`;
}

const money = (amount: string, currency: string): Money => ({ amount, currency });

/** `metadata.rate.value` (Kazoo units, a number or a numeric string) as dollars, exactly; `undefined` when absent or not a number. */
function ratePerMinute(rate: Reader | undefined): string | undefined {
  const value = rate?.value.value;
  if (typeof value === 'number' && Number.isFinite(value)) return dollarsFromUnits(Math.abs(value), RATE_SCALE);
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return dollarsFromUnits(value, RATE_SCALE);
  return undefined;
}

/** One per-minute ledger row as a call, or `undefined` when it is not an international call. */
export function callFromRow(row: Reader, home: string, currency: string): CallRecord | undefined {
  const meta = row.object('metadata');
  if ((meta?.string('direction') ?? '').toLowerCase() === 'inbound') return undefined;
  const dialled = meta?.string('callee_id_number') || userPart(meta?.string('to'));
  if (!dialled) return undefined;
  const number = classifyDialled(dialled, home);
  if (!number.international) return undefined;
  const charge = decimalFromFloat(Math.abs(row.requiredNumber('amount')), RATE_SCALE, RATE_SCALE);
  const rate = meta?.object('rate');
  const rateValue = ratePerMinute(rate);
  const period = row.object('period') ?? Reader.of({}, row.where, `${row.path}.period`);
  const seconds = usageSeconds(row);
  // period.start is the hang-up: the call started its duration earlier.
  const endedAt = Date.parse(period.requiredInstant('start'));
  return clean({
    id: row.requiredString('id'),
    startedAt: new Date(endedAt - Math.round(seconds * 1000)).toISOString(),
    from: meta?.string('caller_id_number') || userPart(meta?.string('from')) || 'unknown',
    to: number.display,
    destination: row.string('description') || rate?.string('name') || undefined,
    countryCode: number.countryCode,
    durationSeconds: seconds,
    ratePerMinute: money(rateValue ?? derivedRate(charge, billedSeconds(row)), currency),
    charge: money(charge, currency),
  });
}

const roundMinutes = (seconds: number): number => Math.round((seconds / 60) * 100) / 100;

/** Totals by reading every row of the range (exact: only international calls count). */
async function scanTotals(ctx: KazooContext, source: ListSource<CallRecord>, signal?: AbortSignal): Promise<CallTotals> {
  let calls = 0;
  let seconds = 0;
  let charges = money('0.0000', ctx.currency);
  await scanAll(
    ctx.transport,
    source,
    ctx.maxPageSize,
    (row) => {
      const call = source.map(row);
      if (!call) return;
      calls++;
      seconds += billedSeconds(row);
      charges = addMoney(charges, call.charge);
    },
    signal,
  );
  return { minutes: roundMinutes(seconds), charges, calls };
}

/**
 * Totals from Kazoo's ledger summary (`GET /accounts/{A}/ledgers?created_from&created_to`, one
 * request per window): all per-minute usage of the range, which includes domestic per-minute
 * calls if the account has any; the number of calls is not known.
 */
async function ledgerTotals(ctx: KazooContext, windows: readonly GregorianRange[], signal?: AbortSignal): Promise<CallTotals> {
  let seconds = 0;
  let charges = money('0.0000', ctx.currency);
  const where = `GET ${ctx.accountPath}/ledgers`;
  const answers = await Promise.all(
    windows.map((w) =>
      ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/ledgers`, query: { created_from: w.from, created_to: w.to }, signal }),
    ),
  );
  for (const envelope of answers) {
    const data = Reader.of(isObject(envelope.data) ? envelope.data : {}, where);
    const perMinute = data.value['per-minute-voip'];
    if (typeof perMinute === 'number') {
      charges = addMoney(charges, money(decimalFromFloat(Math.abs(perMinute), RATE_SCALE, RATE_SCALE), ctx.currency));
    } else if (isObject(perMinute)) {
      const entry = new Reader(perMinute, where, 'data.per-minute-voip');
      charges = addMoney(charges, money(decimalFromFloat(Math.abs(entry.number('amount') ?? 0), RATE_SCALE, RATE_SCALE), ctx.currency));
      seconds += usageSeconds(entry);
    }
  }
  return { minutes: roundMinutes(seconds), charges };
}

/** The range a call query is about: required (`validation`, field `range`). */
function requireRange(range: DateRange | undefined): DateRange {
  if (!range) throw new ProviderError('validation', 'The call log needs a date range.', { field: 'range' });
  return range;
}

/**
 * The per-minute rows of `range`'s windows as international calls that started in the range
 * (rows outside it, and calls that are not international, map to `undefined`).
 */
function callSource(
  ctx: KazooContext,
  range: DateRange,
  windows: readonly GregorianRange[],
  home: string,
  ascending: boolean,
): ListSource<CallRecord> {
  const fromMs = Date.parse(range.from);
  const toMs = Date.parse(range.to);
  return {
    path: `${ctx.accountPath}/ledgers/per-minute-voip`,
    windows,
    ascending,
    map: (row) => {
      const call = callFromRow(row, home, ctx.currency);
      if (!call) return undefined;
      const t = Date.parse(call.startedAt);
      return t >= fromMs && t < toMs ? call : undefined;
    },
    rowId: (row) => row.string('id'),
  };
}

/**
 * A page of the call log: only the per-minute reads the page needs (and the account document
 * once, for the home country). No totals — {@link getCallTotals} answers those apart — and a
 * `total` only when this first page is the whole list.
 */
export async function listInternationalCalls(ctx: KazooContext, q: CallQuery): Promise<CallPage> {
  const { signal } = q;
  const range = requireRange(q.range);
  const order = q.order ?? 'newest';
  if (order !== 'newest' && order !== 'oldest')
    throw new ProviderError('validation', 'The order must be "newest" or "oldest".', { field: 'order' });
  const limit = pageLimit(q.limit, ctx);
  const key = fingerprint(['calls', range.from, range.to, order]);
  const { state, position } = startOf(q, key);
  // Kazoo files a call at its hang-up: a call that started before the range's end may be filed up to maxCallSeconds after it.
  const plan = await planWindows(ctx, range, state, order === 'newest' ? 'descending' : 'ascending', signal, ctx.maxCallSeconds);
  const home = await ctx.homeCountry(signal);
  const source = callSource(ctx, range, plan.windows, home, order === 'oldest');
  const pageSize = kazooPageSize(limit, ctx, state);
  const page = await readPage(ctx.transport, source, position, limit, pageSize, signal);
  return clean({
    items: page.items,
    nextCursor: cursorFor(key, plan.anchors, pageSize, page.next),
    // Known without another request only when the first page is the whole list.
    total: state === null && page.next === null ? page.items.length : undefined,
  });
}

/**
 * The totals of `range`'s international calls, by `ctx.callTotals`: `scan` reads every
 * per-minute row of the range (exact, with `calls`), `ledger` asks the ledger summary once per
 * window (all per-minute usage, no `calls`). Validates the range as the call log does.
 */
export async function getCallTotals(ctx: KazooContext, q: CallTotalsQuery): Promise<CallTotals> {
  const { signal } = q;
  throwIfAborted(signal);
  const range = requireRange(q.range);
  const plan = await planWindows(ctx, range, null, 'descending', signal, ctx.maxCallSeconds);
  if (ctx.callTotals === 'ledger') return ledgerTotals(ctx, plan.windows, signal);
  // A range holding no whole second has no window: nothing to ask, not even the home country.
  if (plan.windows.length === 0) return { minutes: 0, charges: money('0.0000', ctx.currency), calls: 0 };
  const home = await ctx.homeCountry(signal);
  return scanTotals(ctx, callSource(ctx, range, plan.windows, home, false), signal);
}
