import { toScale } from '../../core/money.js';

/**
 * Exact decimal helpers the demo needs beyond `core/money`: integer units ↔ decimal strings
 * and a rounded `× n / d` (for prorating). All arithmetic on `bigint`.
 */

/** `units` counted in `10^-scale` → a decimal string (`fromUnits(125, 4)` → `"0.0125"`). */
export function fromUnits(units: bigint | number, scale: number): string {
  const n = BigInt(units);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${digits.slice(digits.length - scale)}` : ''}`;
}

/** A decimal string as integer units of `10^-scale` (rounding half away from zero if it has more decimals). */
export function toUnits(amount: string, scale: number): bigint {
  return BigInt(toScale(amount, scale).replace('.', ''));
}

/** `amount × numerator / denominator`, rounded half away from zero to `scale` decimals. */
export function mulDiv(amount: string, numerator: bigint, denominator: bigint, scale: number): string {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const fraction = amount.split('.')[1]?.length ?? 0;
  const top = toUnits(amount, fraction) * numerator * 10n ** BigInt(scale);
  const bottom = denominator * 10n ** BigInt(fraction);
  const magnitude = top < 0n ? -top : top;
  let q = magnitude / bottom;
  if ((magnitude % bottom) * 2n >= bottom) q += 1n;
  return fromUnits(top < 0n ? -q : q, scale);
}
