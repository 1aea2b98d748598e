import type { Money } from './provider.js';

/**
 * Exact decimal arithmetic on {@link Money} amounts. Amounts are decimal strings in major
 * units; arithmetic runs on scaled `bigint`s, so `3 × 0.10` is `0.30`, never `0.30000000000000004`.
 */

/**
 * The most digits an amount may have before and after the point: far more than any ledger
 * holds (10^30), few enough that every amount formats exactly and at once. A longer string is
 * not an amount (a 200,000-digit one would block the page for seconds and show as "∞").
 */
export const MAX_WHOLE_DIGITS = 30;
export const MAX_FRACTION_DIGITS = 20;
const MAX_AMOUNT_LENGTH = 1 + MAX_WHOLE_DIGITS + 1 + MAX_FRACTION_DIGITS;
const DECIMAL = /^-?\d{1,30}(\.\d{1,20})?$/;

/**
 * True for a plain decimal string such as `"15.00"`, `"-3.2"`, `"0.0125"` (no exponent, no `+`),
 * of at most {@link MAX_WHOLE_DIGITS} digits before the point and {@link MAX_FRACTION_DIGITS} after.
 */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_AMOUNT_LENGTH && DECIMAL.test(value);
}

interface Scaled {
  units: bigint;
  scale: number;
}

function parse(amount: string): Scaled {
  if (!isDecimalString(amount as unknown)) {
    const shown = typeof amount === 'string' && amount.length > 40 ? `${amount.slice(0, 40)}… (${amount.length} characters)` : amount;
    throw new RangeError(`Not a decimal amount: ${JSON.stringify(shown)}`);
  }
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

function print(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`Cannot combine ${a.currency} with ${b.currency}`);
  }
}

/** `a + b`, keeping the larger number of decimals. */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  const x = parse(a.amount);
  const y = parse(b.amount);
  const scale = Math.max(x.scale, y.scale);
  return { amount: print(rescale(x, scale) + rescale(y, scale), scale), currency: a.currency };
}

/** `a - b`, keeping the larger number of decimals. */
export function subtractMoney(a: Money, b: Money): Money {
  return addMoney(a, negateMoney(b));
}

/** `-a`. */
export function negateMoney(a: Money): Money {
  const x = parse(a.amount);
  return { amount: print(-x.units, x.scale), currency: a.currency };
}

/** `a × n` for a whole number `n` (a count of users, of minutes…). */
export function multiplyMoney(a: Money, n: number): Money {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number: ${n}`);
  const x = parse(a.amount);
  return { amount: print(x.units * BigInt(n), x.scale), currency: a.currency };
}

/** The sum of `items` (which must share one currency); `zero` currency when empty. */
export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce((total, m) => addMoney(total, m), { amount: '0', currency });
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  const x = parse(a.amount);
  const y = parse(b.amount);
  const scale = Math.max(x.scale, y.scale);
  const d = rescale(x, scale) - rescale(y, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Number of decimals written in the amount (`"0.0125"` → 4). */
export function decimalsOf(a: Money): number {
  return parse(a.amount).scale;
}

/** `"1.5"` → `"1.50"` at `scale` decimals, rounding half away from zero when shortening. */
export function toScale(amount: string, scale: number): string {
  const x = parse(amount);
  if (scale >= x.scale) return print(rescale(x, scale), scale);
  const divisor = 10n ** BigInt(x.scale - scale);
  const magnitude = x.units < 0n ? -x.units : x.units;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  return print(x.units < 0n ? -q : q, scale);
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats exactly with `Intl.NumberFormat` (which takes decimal strings without going
 * through a float): at least the currency's usual decimals, more when the amount has them
 * (a rate of `0.0125` shows all four).
 */
export function formatMoney(money: Money, locale?: string, options: { signDisplay?: 'auto' | 'always' | 'exceptZero' } = {}): string {
  const scale = decimalsOf(money);
  const key = `${locale ?? ''}|${money.currency}|${scale}|${options.signDisplay ?? 'auto'}`;
  let format = formatters.get(key);
  if (!format) {
    const base = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    const minimum = base.resolvedOptions().minimumFractionDigits ?? 2;
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: minimum,
      maximumFractionDigits: Math.min(20, Math.max(minimum, scale)),
      signDisplay: options.signDisplay ?? 'auto',
    });
    formatters.set(key, format);
  }
  // A zero is never negative on screen ("-0.00" → "$0.00").
  const amount = /^-0+(\.0+)?$/.test(money.amount) ? money.amount.slice(1) : money.amount;
  return format.format(amount as Intl.StringNumericLiteral);
}

/** The currency's minor unit: its usual number of decimals (USD 2, JPY 0, KWD 3). */
export function minorUnitDecimals(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().minimumFractionDigits ?? 2;
}

/**
 * A total as people read it: rounded (half away from zero) to the currency's minor unit
 * (`5394.4385` USD → `$5,394.44`), and the exact amount when rounding changed it (for a
 * tooltip and assistive technology), else `undefined`. Rates keep {@link formatMoney}.
 */
export function formatMoneyTotal(
  money: Money,
  locale?: string,
  options: { signDisplay?: 'auto' | 'always' | 'exceptZero' } = {},
): { text: string; exact: string | undefined } {
  const decimals = minorUnitDecimals(money.currency);
  if (decimalsOf(money) <= decimals) return { text: formatMoney(money, locale, options), exact: undefined };
  const rounded = { amount: toScale(money.amount, decimals), currency: money.currency };
  const exact = formatMoney(money, locale, options);
  const text = formatMoney(rounded, locale, options);
  return { text, exact: exact === text ? undefined : exact };
}
