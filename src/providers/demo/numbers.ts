import type { Country } from './catalog.js';
import type { Random } from './random.js';

/** A real-looking E.164 number in `country`: +dial, one of its prefixes, random digits. */
export function e164(country: Country, r: Random): string {
  const prefix = r.pick(country.prefixes);
  return `+${country.dial}${prefix}${r.digits(Math.max(0, country.length - prefix.length))}`;
}

/** Only the digits of `text` (for searching numbers however they are written). */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

const E164 = /^\+[1-9]\d{6,14}$/;
const EXTENSION = /^\d{2,8}$/;

/** `number` without spaces, dots, dashes or parentheses, if it is E.164 or an extension; else `null`. */
export function normalizeNumber(number: unknown): string | null {
  if (typeof number !== 'string') return null;
  const compact = number.trim().replace(/[\s().-]/g, '');
  return E164.test(compact) || EXTENSION.test(compact) ? compact : null;
}
