import { toScale } from '../../core/money.js';

/**
 * Kazoo sends money as JSON floats in major units (`10.179999999999999716`, `0.0125`,
 * `-54.7404`). The contract wants exact decimal strings. A float read from JSON is the double
 * nearest to what the server wrote; its shortest round-trip form (`Number#toString`) gives back
 * the decimal the server meant for every amount with at most 15 significant digits, which
 * covers money. That form is then rounded (half away from zero, exactly, on the string) to at
 * most `maxScale` decimals and padded to at least `minScale` (`minScale` 0 gives whole numbers
 * without a point).
 */

/** The shortest decimal that round-trips to `value`, never in exponent notation. */
function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa, exponentText] = text.toLowerCase().split('e') as [string, string];
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = `${whole}${fraction}`;
  const point = whole!.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = `${digits}${'0'.repeat(point - digits.length)}`;
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${negative ? '-' : ''}${out}`;
}

/** A Kazoo float as an exact decimal string, e.g. `10.18` → `"10.18"`, `15` → `"15.00"`. */
export function decimalFromFloat(value: number, minScale = 2, maxScale = 4): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  const plain = plainDecimal(value);
  const scale = Math.min(maxScale, Math.max(minScale, plain.split('.')[1]?.length ?? 0));
  let exact = toScale(plain, scale);
  // Rounding may leave zeros past `minScale` ("0.0000001" → "0.0000" → "0.00").
  while (exact.includes('.') && exact.split('.')[1]!.length > minScale && exact.endsWith('0')) exact = exact.slice(0, -1);
  if (exact.endsWith('.')) exact = exact.slice(0, -1);
  // "-0.00" is not a debit.
  return /^-0(\.0*)?$/.test(exact) ? exact.slice(1) : exact;
}

/** Kazoo units per currency unit (`kz_currency.erl`, `DOLLAR_TO_UNIT`). */
export const UNITS_PER_DOLLAR_DIGITS = 4;

/**
 * An amount in Kazoo *units* (1/10000 of the currency: `kz_currency:dollars_to_units/1`) as an
 * exact decimal string of the currency, with at least `minScale` decimals: `400` → `"0.0400"`,
 * `125.5` → `"0.01255"`. The point is moved on the decimal string, never by dividing a float.
 * A numeric string (how a rate may travel) is read the same way.
 */
export function dollarsFromUnits(units: number | string, minScale = 4): string {
  const plain = typeof units === 'number' ? plainDecimal(units) : units.trim();
  if (!/^-?\d+(\.\d+)?$/.test(plain)) throw new RangeError(`Not an amount in units: ${String(units)}`);
  const negative = plain.startsWith('-');
  const [whole, fraction = ''] = (negative ? plain.slice(1) : plain).split('.') as [string, string?];
  const digits = `${whole.padStart(UNITS_PER_DOLLAR_DIGITS + 1, '0')}${fraction}`;
  const point = digits.length - fraction.length - UNITS_PER_DOLLAR_DIGITS;
  let intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  let frac = digits.slice(point).replace(/0+$/, '');
  if (frac.length < minScale) frac = frac.padEnd(minScale, '0');
  if (intPart === '') intPart = '0';
  const out = frac ? `${intPart}.${frac}` : intPart;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** A decimal string as the float Kazoo expects in a request body. */
export function floatFromDecimal(amount: string): number {
  return Number(amount);
}
