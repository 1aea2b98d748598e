import { MAX_STRING_LENGTH } from '../core/answer-check.js';
import { isDecimalString, MAX_FRACTION_DIGITS, MAX_WHOLE_DIGITS } from '../core/money.js';
import { isTimeZone } from '../core/dates.js';
import { show } from './describe.js';

/**
 * Small validators, one per contract type. Each walks a value that came from a provider and
 * appends an {@link Issue} per broken field, naming its path (`items[3].charge.amount`).
 * Required fields must be present and well-typed; optional fields are checked when present
 * (and must be absent rather than `null`). Unknown extra fields are allowed.
 */

/** The rule an issue belongs to: structure, money format, or instant format. */
export type ShapeRule = 'shapes' | 'money' | 'instants';

export interface Issue {
  rule: ShapeRule;
  /** The full message, starting with the path. */
  message: string;
}

/** Validates `value` found at `path`, appending issues to `out`. */
export type Validator = (value: unknown, path: string, out: Issue[]) => void;

type Obj = Record<string, unknown>;

/** `path` + `key` → `a.b`, `a[3]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path || 'value'}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function named(path: string): string {
  return path || 'the result';
}

function add(out: Issue[], rule: ShapeRule, path: string, text: string): void {
  out.push({ rule, message: `${named(path)}: ${text}` });
}

function wrongType(out: Issue[], path: string, value: unknown, expected: string): void {
  add(out, 'shapes', path, `${show(value)} is not ${expected}`);
}

/** The value as a plain object, or an issue. */
export function asObject(value: unknown, path: string, out: Issue[]): Obj | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
  wrongType(out, path, value, 'an object');
  return undefined;
}

function required(o: Obj, key: string, path: string, out: Issue[], check: Validator): void {
  const p = at(path, key);
  const value = o[key];
  if (value === undefined) {
    out.push({ rule: 'shapes', message: key in o ? `${p} is undefined (a required field)` : `${p} is missing (a required field)` });
  } else if (value === null) {
    out.push({ rule: 'shapes', message: `${p} is null (a required field)` });
  } else {
    check(value, p, out);
  }
}

function optional(o: Obj, key: string, path: string, out: Issue[], check: Validator): void {
  const p = at(path, key);
  const value = o[key];
  if (value === undefined) return;
  if (value === null) {
    out.push({ rule: 'shapes', message: `${p} is null (leave an optional field out instead)` });
    return;
  }
  check(value, p, out);
}

// ---- field checks ----------------------------------------------------------------------------

/** No name, description or address needs more: a longer string is a broken or hostile answer. */
function tooLong(v: string, p: string, out: Issue[]): void {
  if (v.length > MAX_STRING_LENGTH) add(out, 'shapes', p, `is ${v.length} characters long (at most ${MAX_STRING_LENGTH})`);
}

const string: Validator = (v, p, out) => {
  if (typeof v !== 'string') wrongType(out, p, v, 'a string');
  else tooLong(v, p, out);
};

const nonEmptyString: Validator = (v, p, out) => {
  if (typeof v !== 'string' || v.trim() === '') wrongType(out, p, v, 'a non-empty string');
  else tooLong(v, p, out);
};

const boolean: Validator = (v, p, out) => {
  if (typeof v !== 'boolean') wrongType(out, p, v, 'a boolean');
};

/** A whole number ≥ 0. */
const count: Validator = (v, p, out) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) wrongType(out, p, v, 'a whole number ≥ 0');
};

/** A whole number ≥ 1. */
const positiveCount: Validator = (v, p, out) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) wrongType(out, p, v, 'a whole number ≥ 1');
};

/** A finite number ≥ 0 (durations, minutes). */
const nonNegative: Validator = (v, p, out) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) wrongType(out, p, v, 'a finite number ≥ 0');
};

const oneOf =
  (...values: string[]): Validator =>
  (v, p, out) => {
    if (typeof v !== 'string' || !values.includes(v)) wrongType(out, p, v, `one of ${values.map((x) => `"${x}"`).join(', ')}`);
  };

const timeZone: Validator = (v, p, out) => {
  if (typeof v !== 'string') wrongType(out, p, v, 'a string');
  else if (!isTimeZone(v)) add(out, 'shapes', p, `${show(v)} is not an IANA time zone`);
};

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;.*)?$/i;

const mimeType: Validator = (v, p, out) => {
  if (typeof v !== 'string') wrongType(out, p, v, 'a string');
  else if (!MIME.test(v)) add(out, 'shapes', p, `${show(v)} is not a media type such as "audio/mpeg"`);
};

const countryCode: Validator = (v, p, out) => {
  if (typeof v !== 'string' || !/^[A-Z]{2}$/.test(v)) wrongType(out, p, v, 'an ISO 3166-1 alpha-2 code (two upper-case letters)');
};

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** True for an ISO 8601 date-time with a zone designator that `Date.parse` accepts. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_INSTANT.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!));
  if (date.getUTCMonth() !== mo! - 1 || date.getUTCDate() !== d! || h! > 23 || mi! > 59 || s! > 59) return false;
  return !Number.isNaN(Date.parse(value));
}

const instant: Validator = (v, p, out) => {
  if (!isIsoInstant(v)) {
    add(out, 'instants', p, `${show(v)} is not an ISO 8601 instant with a zone (e.g. "2026-11-27T14:05:33Z")`);
  }
};

/** An ISO 4217-shaped code: three upper-case letters. */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/** A {@link Money}: `amount` a decimal string, `currency` an ISO 4217 code. */
export const validateMoney: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'amount', p, out, (amount, path) => {
    if (typeof amount === 'string' && /^-?\d+(\.\d+)?$/.test(amount) && !isDecimalString(amount as unknown)) {
      add(out, 'money', path, `is ${amount.length} characters long: not an amount a decimal can hold (at most ${MAX_WHOLE_DIGITS} digits before the point and ${MAX_FRACTION_DIGITS} after)`);
    } else if (!isDecimalString(amount)) add(out, 'money', path, `${show(amount)} is not a decimal string`);
  });
  required(o, 'currency', p, out, (currency, path) => {
    if (!isCurrencyCode(currency)) add(out, 'money', path, `${show(currency)} is not an ISO 4217 currency code`);
  });
};

/** A money amount that must not be negative (transaction amounts: `kind` gives the direction). */
const unsignedMoney: Validator = (v, p, out) => {
  validateMoney(v, p, out);
  const amount = (v as { amount?: unknown } | null)?.amount;
  if (isDecimalString(amount) && amount.startsWith('-') && /[1-9]/.test(amount)) {
    add(out, 'money', at(p, 'amount'), `${show(amount)} is negative (amounts are positive; \`kind\` gives the direction)`);
  }
};

// ---- contract types --------------------------------------------------------------------------

export const validateLimits: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  optional(o, 'maxRangeDays', p, out, positiveCount);
  optional(o, 'maxPageSize', p, out, positiveCount);
};

export const validateUser: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'username', p, out, nonEmptyString);
  optional(o, 'firstName', p, out, string);
  optional(o, 'lastName', p, out, string);
  optional(o, 'email', p, out, string);
  optional(o, 'timezone', p, out, timeZone);
};

export const validatePasswordPolicy: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'minLength', p, out, count);
  required(o, 'requireCurrentPassword', p, out, boolean);
};

const validateContact: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'role', p, out, string);
  for (const key of ['name', 'email', 'phone', 'address']) optional(o, key, p, out, string);
};

function arrayOf(item: Validator): Validator {
  return (v, p, out) => {
    if (!Array.isArray(v)) {
      wrongType(out, p, v, 'an array');
      return;
    }
    v.forEach((x, i) => item(x, at(p, i), out));
  };
}

export const validateAccount: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'name', p, out, string);
  required(o, 'realm', p, out, string);
  optional(o, 'timezone', p, out, timeZone);
  required(o, 'contacts', p, out, arrayOf(validateContact));
};

const validatePlanLine: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'label', p, out, string);
  required(o, 'quantity', p, out, count);
  required(o, 'unitPrice', p, out, validateMoney);
  required(o, 'total', p, out, validateMoney);
};

export const validateServicePlan: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'name', p, out, string);
  required(o, 'users', p, out, (users, up) => {
    const u = validatePlanPart(users, up, out);
    if (u) optional(u, 'inUse', up, out, count);
  });
  required(o, 'dids', p, out, validatePlanPart);
  optional(o, 'otherLines', p, out, arrayOf(validatePlanLine));
  required(o, 'monthlyTotal', p, out, validateMoney);
  required(o, 'credit', p, out, validateMoney);
};

function validatePlanPart(v: unknown, p: string, out: Issue[]): Obj | undefined {
  const o = asObject(v, p, out);
  if (!o) return undefined;
  required(o, 'quantity', p, out, count);
  required(o, 'unitPrice', p, out, validateMoney);
  required(o, 'total', p, out, validateMoney);
  return o;
}

export const validateUsersQuote: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'charge', p, out, validateMoney);
  optional(o, 'creditAfter', p, out, validateMoney);
  optional(o, 'monthlyIncrease', p, out, validateMoney);
};

export const validateCallRecord: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'startedAt', p, out, instant);
  required(o, 'from', p, out, nonEmptyString);
  required(o, 'to', p, out, nonEmptyString);
  optional(o, 'destination', p, out, string);
  optional(o, 'countryCode', p, out, countryCode);
  required(o, 'durationSeconds', p, out, nonNegative);
  required(o, 'ratePerMinute', p, out, validateMoney);
  required(o, 'charge', p, out, validateMoney);
};

export const validateCallTotals: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'minutes', p, out, nonNegative);
  required(o, 'charges', p, out, validateMoney);
  optional(o, 'calls', p, out, count);
};

export const validateTransaction: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'createdAt', p, out, instant);
  required(o, 'kind', p, out, oneOf('credit', 'debit'));
  required(o, 'amount', p, out, unsignedMoney);
  required(o, 'description', p, out, string);
  optional(o, 'balanceAfter', p, out, validateMoney);
};

export const validateBill: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'issuedAt', p, out, instant);
  required(o, 'periodStart', p, out, instant);
  required(o, 'periodEnd', p, out, instant);
  required(o, 'amount', p, out, validateMoney);
  required(o, 'status', p, out, oneOf('paid', 'unpaid', 'overdue'));
  optional(o, 'dueAt', p, out, instant);
  optional(o, 'hasDocument', p, out, boolean);
  if (isIsoInstant(o.periodStart) && isIsoInstant(o.periodEnd) && Date.parse(o.periodStart) > Date.parse(o.periodEnd)) {
    add(out, 'shapes', at(p, 'periodStart'), `${show(o.periodStart)} is after periodEnd ${show(o.periodEnd)}`);
  }
};

export const validateMediaFile: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'name', p, out, string);
  optional(o, 'contentType', p, out, mimeType);
  optional(o, 'sizeBytes', p, out, count);
  optional(o, 'durationSeconds', p, out, nonNegative);
  optional(o, 'uploadedAt', p, out, instant);
};

export const validateRecording: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'id', p, out, nonEmptyString);
  required(o, 'from', p, out, nonEmptyString);
  required(o, 'to', p, out, nonEmptyString);
  required(o, 'startedAt', p, out, instant);
  required(o, 'durationSeconds', p, out, nonNegative);
  optional(o, 'contentType', p, out, mimeType);
  optional(o, 'sizeBytes', p, out, count);
};

export const validateBlockedNumber: Validator = (v, p, out) => {
  const o = asObject(v, p, out);
  if (!o) return;
  required(o, 'number', p, out, nonEmptyString);
  optional(o, 'blockedAt', p, out, instant);
  optional(o, 'reason', p, out, string);
};

/**
 * A {@link Page}: `items` an array of `item`s, `nextCursor` a non-empty string or `null`
 * (present, not undefined), `total` a whole number when given; `totals` (a page of calls)
 * validated when present — whether it is required is the paging rule's business.
 */
export function validatePage(value: unknown, out: Issue[], item: Validator, withTotals: boolean): Obj | undefined {
  const o = asObject(value, '', out);
  if (!o) return undefined;
  if (!Array.isArray(o.items)) {
    out.push({ rule: 'shapes', message: o.items === undefined ? 'items is missing (a required field)' : `items: ${show(o.items)} is not an array` });
  } else {
    o.items.forEach((x, i) => item(x, at('items', i), out));
  }
  if (o.nextCursor === undefined) {
    out.push({ rule: 'shapes', message: `nextCursor is ${'nextCursor' in o ? 'undefined' : 'missing'} (a string, or null on the last page)` });
  } else if (o.nextCursor !== null && (typeof o.nextCursor !== 'string' || o.nextCursor === '')) {
    out.push({ rule: 'shapes', message: `nextCursor: ${show(o.nextCursor)} is not a non-empty string or null` });
  }
  optional(o, 'total', '', out, count);
  if (withTotals) optional(o, 'totals', '', out, validateCallTotals);
  return o;
}

/** The rules a validator's issues can fall under, for reporting a pass on each. */
export const SHAPE_RULES: Record<string, readonly ShapeRule[]> = {
  limits: ['shapes'],
  user: ['shapes'],
  policy: ['shapes'],
  account: ['shapes'],
  plan: ['shapes', 'money'],
  quote: ['shapes', 'money'],
  calls: ['shapes', 'money', 'instants'],
  transactions: ['shapes', 'money', 'instants'],
  bills: ['shapes', 'money', 'instants'],
  media: ['shapes', 'instants'],
  recordings: ['shapes', 'instants'],
  blocked: ['shapes', 'instants'],
};
