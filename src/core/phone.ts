/**
 * Phone numbers as the block list takes and shows them: what a user may type (an E.164 number
 * or an extension, written however people write them), its normal form (what providers get),
 * and a grouping for reading (`+442071234567` → `+44 20 7123 4567`).
 *
 * Only the shape is checked: `+`, a country code that does not start with 0, 8 to 15 digits in
 * all; or an extension of 2 to 6 digits. Whether the number exists is the backend's business.
 */

/** E.164: `+`, then 8 to 15 digits, the first not 0. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
/** An extension: 2 to 6 digits. */
export const EXTENSION_PATTERN = /^\d{2,6}$/;
/** Longer input is refused outright (no phone number needs it, however it is written). */
export const MAX_PHONE_INPUT_LENGTH = 40;

/** Why an input is not a number to block. */
export type PhoneProblem =
  /** Nothing but blanks and separators. */
  | 'empty'
  /** Letters or other symbols, a `+` that is not in front, or far too long. */
  | 'characters'
  /** `+0…`: no country code starts with 0. */
  | 'country-code'
  /** `+` and fewer than 8 or more than 15 digits. */
  | 'length'
  /** Digits only, but not 2 to 6 of them (a national number needs `+` and its country code). */
  | 'extension';

export type PhoneInput = { ok: true; kind: 'e164' | 'extension'; number: string } | { ok: false; problem: PhoneProblem };

/** Separators people write inside numbers: blanks, dashes, dots, slashes, brackets. */
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f\u2060.\-\u2010-\u2015\u2212/()[\]]/g;
/** Bidi marks a copy from an RTL page carries along. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The trunk prefix written in brackets after a country code: `+44 (0)20 …`. */
const TRUNK_ZERO = /^(\+\d{1,3})\s*\(0\)/;

/**
 * Digits of other scripts (Arabic-Indic, Eastern Arabic, full-width) as ASCII digits, and a
 * full-width plus as `+`, so a number typed on any keyboard reads the same. Every field that
 * takes digits (the block form, the user counts) reads them through this one function.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff0b]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0xff0b) return '+';
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/**
 * The input without separators: `+44 (0)20 7123-4567` → `+442071234567`. The result may still
 * be invalid; see {@link parsePhoneInput}.
 */
export function compactPhoneNumber(text: string): string {
  const plain = asciiDigits(text.replace(BIDI_MARKS, '')).trim().replace(TRUNK_ZERO, '$1');
  return plain.replace(SEPARATORS, '');
}

/** Reads what a user typed as a number to block: an E.164 number or an extension, normalized. */
export function parsePhoneInput(text: string): PhoneInput {
  if (text.length > MAX_PHONE_INPUT_LENGTH) return { ok: false, problem: 'characters' };
  const compact = compactPhoneNumber(text);
  if (compact === '') return { ok: false, problem: 'empty' };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, problem: 'characters' };
  if (compact.startsWith('+')) {
    if (compact[1] === '0') return { ok: false, problem: 'country-code' };
    return E164_PATTERN.test(compact) ? { ok: true, kind: 'e164', number: compact } : { ok: false, problem: 'length' };
  }
  return EXTENSION_PATTERN.test(compact) ? { ok: true, kind: 'extension', number: compact } : { ok: false, problem: 'extension' };
}

/** True for a normalized E.164 number (`+` and 8 to 15 digits). */
export function isE164(number: string): boolean {
  return E164_PATTERN.test(number);
}

/** True for an extension (2 to 6 digits). */
export function isExtension(number: string): boolean {
  return EXTENSION_PATTERN.test(number);
}

/**
 * Country calling codes of two digits (ITU-T E.164 assignments); `1` and `7` have one digit and
 * every other code three. The codes are prefix-free, so this splits any E.164 number.
 */
const TWO_DIGIT_CODES = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

/** The country calling code of an E.164 number (without `+`). */
export function countryCallingCode(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  if (digits[0] === '1' || digits[0] === '7') return digits[0];
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? digits.slice(0, 2) : digits.slice(0, 3);
}

/** Group sizes for a national number of `n` digits in a country without its own rule: 3s and 4s. */
function fallbackGroups(n: number): number[] {
  const table: Record<number, number[]> = {
    5: [2, 3],
    6: [3, 3],
    7: [3, 4],
    8: [4, 4],
    9: [3, 3, 3],
    10: [3, 3, 4],
    11: [3, 4, 4],
    12: [4, 4, 4],
    13: [3, 3, 3, 4],
    14: [3, 3, 4, 4],
  };
  return table[n] ?? [n];
}

type GroupRule = (nsn: string) => number[] | undefined;

/** How numbers are written in common countries: group sizes of the national significant number. */
const RULES: Record<string, GroupRule> = {
  // NANP: 212 555 0123
  '1': (n) => (n.length === 10 ? [3, 3, 4] : undefined),
  // Russia, Kazakhstan: 495 123 45 67
  '7': (n) => (n.length === 10 ? [3, 3, 2, 2] : undefined),
  // Egypt: 10 1234 5678 (mobile), 2 1234 5678 (Cairo)
  '20': (n) => (n.length === 10 ? [2, 4, 4] : n.length === 9 && n[0] === '2' ? [1, 4, 4] : undefined),
  // South Africa: 21 123 4567
  '27': (n) => (n.length === 9 ? [2, 3, 4] : undefined),
  // Netherlands: 6 12345678 (mobile), 20 123 4567
  '31': (n) => (n.length === 9 ? (n[0] === '6' ? [1, 8] : [2, 3, 4]) : undefined),
  // France: 1 23 45 67 89
  '33': (n) => (n.length === 9 ? [1, 2, 2, 2, 2] : undefined),
  // Spain: 912 345 678
  '34': (n) => (n.length === 9 ? [3, 3, 3] : undefined),
  // Switzerland: 44 123 45 67
  '41': (n) => (n.length === 9 ? [2, 3, 2, 2] : undefined),
  // United Kingdom: 20 7123 4567 (London and other 2x), 161 496 0000 (1x1, 11x), 7700 900123 (mobile and the rest)
  '44': (n) => {
    if (n.length !== 10) return undefined;
    if (n[0] === '2') return [2, 4, 4];
    if (n[0] === '1' && (n[1] === '1' || n[2] === '1')) return [3, 3, 4];
    if (n[0] === '3' || n[0] === '8' || n[0] === '9') return [3, 3, 4];
    return [4, 6];
  },
  // Germany: 30 12345678 (Berlin, Hamburg, Frankfurt, Munich), 151 23456789 (mobile)
  '49': (n) => {
    if (['30', '40', '69', '89'].includes(n.slice(0, 2))) return [2, n.length - 2];
    if (/^1[5-7]/.test(n) && n.length >= 10) return [3, n.length - 3];
    return undefined;
  },
  // Mexico: 55 1234 5678
  '52': (n) => (n.length === 10 ? [2, 4, 4] : undefined),
  // Brazil: 11 91234 5678, 11 2345 6789
  '55': (n) => (n.length === 11 ? [2, 5, 4] : n.length === 10 ? [2, 4, 4] : undefined),
  // Australia: 412 345 678 (mobile), 2 1234 5678
  '61': (n) => (n.length === 9 ? (n[0] === '4' ? [3, 3, 3] : [1, 4, 4]) : undefined),
  // Singapore: 6123 4567
  '65': (n) => (n.length === 8 ? [4, 4] : undefined),
  // Japan: 3 1234 5678 (Tokyo, Osaka), 90 1234 5678 (mobile)
  '81': (n) => (n.length === 10 ? [2, 4, 4] : n.length === 9 ? (n[0] === '3' || n[0] === '6' ? [1, 4, 4] : [2, 3, 4]) : undefined),
  // China: 138 0013 8000 (mobile), 10 1234 5678 (Beijing)
  '86': (n) => (n.length === 11 && n[0] === '1' ? [3, 4, 4] : n.length === 10 ? [2, 4, 4] : undefined),
  // India: 98765 43210
  '91': (n) => (n.length === 10 ? [5, 5] : undefined),
  // Hong Kong: 2123 4567
  '852': (n) => (n.length === 8 ? [4, 4] : undefined),
  // Saudi Arabia: 50 123 4567
  '966': (n) => (n.length === 9 ? [2, 3, 4] : undefined),
  // United Arab Emirates: 50 123 4567 (mobile), 4 123 4567 (Dubai)
  '971': (n) => (n.length === 9 ? [2, 3, 4] : n.length === 8 ? [1, 3, 4] : undefined),
};

function split(digits: string, sizes: readonly number[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts;
}

/**
 * A number grouped for reading: an E.164 number as `+<country code> <groups>` (the country's
 * usual grouping for common countries, else groups of three and four); anything else (an
 * extension, a number a backend keeps in another form) unchanged. Always ASCII digits and
 * spaces, so it reads left to right in any locale (wrap it in `dir="ltr"` in RTL text).
 */
export function formatPhoneNumber(number: string): string {
  if (!isE164(number)) return number;
  const code = countryCallingCode(number);
  const nsn = number.slice(1 + code.length);
  const groups = RULES[code]?.(nsn) ?? fallbackGroups(nsn.length);
  return `+${code} ${split(nsn, groups).join(' ')}`;
}
