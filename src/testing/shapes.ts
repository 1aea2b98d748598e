import { MAX_STRING_LENGTH } from '../core/answer-check.js';
import { isDecimalString, MAX_FRACTION_DIGITS, MAX_WHOLE_DIGITS } from '../core/money.js';
import { isTimeZone } from '../core/dates.js';
import type * as Contract from '../core/provider.js';
import { show } from './describe.js';

/**
 * Small validators, one per contract type, each written as a table of the type's fields. Each
 * walks a value that came from a provider and appends an {@link Issue} per broken field, naming
 * its path (`items[3].charge.amount`). Required fields must be present and well-typed; optional
 * fields are checked when present (and must be absent rather than `null`). Unknown extra fields
 * are allowed.
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
function at(path: string, key: string | number): string {
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
function asObject(value: unknown, path: string, out: Issue[]): Obj | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
  wrongType(out, path, value, 'an object');
  return undefined;
}

/** Checks one field of an object: whether it may be absent, then its value. */
type Field = (o: Obj, key: string, path: string, out: Issue[]) => void;

/** A field table: one {@link Field} for every field of contract type `T`, in the order they are checked. */
type Fields<T> = { readonly [K in keyof T]-?: Field };

/** A field that must be present and not null, its value passing `check`. */
function required(check: Validator): Field {
  return (o, key, path, out) => {
    const p = at(path, key);
    const value = o[key];
    if (value === undefined) {
      out.push({ rule: 'shapes', message: key in o ? `${p} is undefined (a required field)` : `${p} is missing (a required field)` });
    } else if (value === null) {
      out.push({ rule: 'shapes', message: `${p} is null (a required field)` });
    } else {
      check(value, p, out);
    }
  };
}

/** A field that may be left out (but not set to null), its value, when present, passing `check`. */
function optional(check: Validator): Field {
  return (o, key, path, out) => {
    const p = at(path, key);
    const value = o[key];
    if (value === undefined) return;
    if (value === null) {
      out.push({ rule: 'shapes', message: `${p} is null (leave an optional field out instead)` });
      return;
    }
    check(value, p, out);
  };
}

/**
 * An object whose fields are checked by the table `fields`, in its order; then `also`, when
 * given, checks what no single field can (one field against another).
 */
function objectOf<T>(fields: Fields<T>, also?: (o: Obj, path: string, out: Issue[]) => void): Validator {
  return (v, p, out) => {
    const o = asObject(v, p, out);
    if (!o) return;
    checkFields(o, p, out, fields);
    also?.(o, p, out);
  };
}

function checkFields(o: Obj, path: string, out: Issue[], fields: Readonly<Record<string, Field>>): void {
  for (const [key, field] of Object.entries(fields)) field(o, key, path, out);
}

function arrayOf(item: Validator): Validator {
  return (v, p, out) => {
    if (!Array.isArray(v)) {
      wrongType(out, p, v, 'an array');
      return;
    }
    v.forEach((x, i) => item(x, at(p, i), out));
  };
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

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

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
function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/** The value as {@link Money} when it is well formed, for arithmetic; otherwise undefined. */
export function asMoney(value: unknown): Contract.Money | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { amount, currency } = value as Obj;
  return isDecimalString(amount) && isCurrencyCode(currency) ? { amount, currency } : undefined;
}

const decimalAmount: Validator = (v, p, out) => {
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && !isDecimalString(v as unknown)) {
    add(
      out,
      'money',
      p,
      `is ${v.length} characters long: not an amount a decimal can hold (at most ${MAX_WHOLE_DIGITS} digits before the point and ${MAX_FRACTION_DIGITS} after)`,
    );
  } else if (!isDecimalString(v)) add(out, 'money', p, `${show(v)} is not a decimal string`);
};

const currencyCode: Validator = (v, p, out) => {
  if (!isCurrencyCode(v)) add(out, 'money', p, `${show(v)} is not an ISO 4217 currency code`);
};

const MONEY: Fields<Contract.Money> = {
  amount: required(decimalAmount),
  currency: required(currencyCode),
};

/** A {@link Money}: `amount` a decimal string, `currency` an ISO 4217 code. */
const money = objectOf(MONEY);

/** A money amount that must not be negative (transaction amounts: `kind` gives the direction). */
const unsignedMoney = objectOf(MONEY, (o, p, out) => {
  const { amount } = o;
  if (isDecimalString(amount) && amount.startsWith('-') && /[1-9]/.test(amount)) {
    add(out, 'money', at(p, 'amount'), `${show(amount)} is negative (amounts are positive; \`kind\` gives the direction)`);
  }
});

/** A bill's period must not end before it starts. */
function periodInOrder(o: Obj, p: string, out: Issue[]): void {
  if (isIsoInstant(o.periodStart) && isIsoInstant(o.periodEnd) && Date.parse(o.periodStart) > Date.parse(o.periodEnd)) {
    add(out, 'shapes', at(p, 'periodStart'), `${show(o.periodStart)} is after periodEnd ${show(o.periodEnd)}`);
  }
}

// ---- contract types --------------------------------------------------------------------------

/**
 * A contract type as the checker holds a provider's value to it: the validator, and the rules
 * its issues fall under — each reported as passed when the value has none.
 */
export interface Shape {
  readonly rules: readonly ShapeRule[];
  readonly validate: Validator;
}

/** The issues `shape` finds in `value` (found at `path`). */
export function issuesOf(shape: Shape, value: unknown, path = ''): Issue[] {
  const out: Issue[] = [];
  shape.validate(value, path, out);
  return out;
}

const contact = objectOf<Contract.Contact>({
  role: required(string),
  name: optional(string),
  email: optional(string),
  phone: optional(string),
  address: optional(string),
});

/** Quantity × unit price = total: the part every line of a plan shares. */
const PRICED: Fields<Pick<Contract.PlanLine, 'quantity' | 'unitPrice' | 'total'>> = {
  quantity: required(count),
  unitPrice: required(money),
  total: required(money),
};

const callTotals = objectOf<Contract.CallTotals>({
  minutes: required(nonNegative),
  charges: required(money),
  calls: optional(count),
});

/** What `getCallTotals` answers. */
export const CALL_TOTALS: Shape = { rules: ['shapes', 'money'], validate: callTotals };

export const LIMITS: Shape = {
  rules: ['shapes'],
  validate: objectOf<Contract.ProviderLimits>({
    maxRangeDays: optional(positiveCount),
    maxPageSize: optional(positiveCount),
  }),
};

export const USER: Shape = {
  rules: ['shapes'],
  validate: objectOf<Contract.User>({
    id: required(nonEmptyString),
    username: required(nonEmptyString),
    firstName: optional(string),
    lastName: optional(string),
    email: optional(string),
    timezone: optional(timeZone),
  }),
};

export const PASSWORD_POLICY: Shape = {
  rules: ['shapes'],
  validate: objectOf<Contract.PasswordPolicy>({
    minLength: required(count),
    requireCurrentPassword: required(boolean),
  }),
};

export const ACCOUNT: Shape = {
  rules: ['shapes'],
  validate: objectOf<Contract.Account>({
    id: required(nonEmptyString),
    name: required(string),
    realm: required(string),
    timezone: optional(timeZone),
    contacts: required(arrayOf(contact)),
  }),
};

export const SERVICE_PLAN: Shape = {
  rules: ['shapes', 'money'],
  validate: objectOf<Contract.ServicePlan>({
    name: required(string),
    users: required(objectOf<Contract.ServicePlan['users']>({ ...PRICED, inUse: optional(count) })),
    dids: required(objectOf<Contract.ServicePlan['dids']>(PRICED)),
    otherLines: optional(arrayOf(objectOf<Contract.PlanLine>({ label: required(string), ...PRICED }))),
    monthlyTotal: required(money),
    credit: required(money),
  }),
};

export const USERS_QUOTE: Shape = {
  rules: ['shapes', 'money'],
  validate: objectOf<Contract.UsersQuote>({
    charge: required(money),
    creditAfter: optional(money),
    monthlyIncrease: optional(money),
  }),
};

export const CALL_RECORD: Shape = {
  rules: ['shapes', 'money', 'instants'],
  validate: objectOf<Contract.CallRecord>({
    id: required(nonEmptyString),
    startedAt: required(instant),
    from: required(nonEmptyString),
    to: required(nonEmptyString),
    destination: optional(string),
    countryCode: optional(countryCode),
    durationSeconds: required(nonNegative),
    ratePerMinute: required(money),
    charge: required(money),
  }),
};

export const TRANSACTION: Shape = {
  rules: ['shapes', 'money', 'instants'],
  validate: objectOf<Contract.Transaction>({
    id: required(nonEmptyString),
    createdAt: required(instant),
    kind: required(oneOf('credit', 'debit')),
    amount: required(unsignedMoney),
    description: required(string),
    balanceAfter: optional(money),
  }),
};

export const BILL: Shape = {
  rules: ['shapes', 'money', 'instants'],
  validate: objectOf<Contract.Bill>(
    {
      id: required(nonEmptyString),
      issuedAt: required(instant),
      periodStart: required(instant),
      periodEnd: required(instant),
      amount: required(money),
      status: required(oneOf('paid', 'unpaid', 'overdue')),
      dueAt: optional(instant),
      hasDocument: optional(boolean),
    },
    periodInOrder,
  ),
};

export const MEDIA_FILE: Shape = {
  rules: ['shapes', 'instants'],
  validate: objectOf<Contract.MediaFile>({
    id: required(nonEmptyString),
    name: required(string),
    contentType: optional(mimeType),
    sizeBytes: optional(count),
    durationSeconds: optional(nonNegative),
    uploadedAt: optional(instant),
  }),
};

export const RECORDING: Shape = {
  rules: ['shapes', 'instants'],
  validate: objectOf<Contract.Recording>({
    id: required(nonEmptyString),
    from: required(nonEmptyString),
    to: required(nonEmptyString),
    startedAt: required(instant),
    durationSeconds: required(nonNegative),
    contentType: optional(mimeType),
    sizeBytes: optional(count),
  }),
};

export const BLOCKED_NUMBER: Shape = {
  rules: ['shapes', 'instants'],
  validate: objectOf<Contract.BlockedNumber>({
    number: required(nonEmptyString),
    blockedAt: optional(instant),
    reason: optional(string),
  }),
};

/** A page's `items`: an array (missing when undefined, even if the key is there), each item passing `item`. */
function pageItems(item: Validator): Field {
  const array = arrayOf(item);
  return (o, key, path, out) => {
    if (o[key] === undefined) out.push({ rule: 'shapes', message: `${at(path, key)} is missing (a required field)` });
    else array(o[key], at(path, key), out);
  };
}

/** A page's `nextCursor`: present, and a non-empty string or (on the last page) null. */
const nextCursor: Field = (o, key, path, out) => {
  const p = at(path, key);
  const cursor = o[key];
  if (cursor === undefined) {
    out.push({ rule: 'shapes', message: `${p} is ${key in o ? 'undefined' : 'missing'} (a string, or null on the last page)` });
  } else if (cursor !== null && (typeof cursor !== 'string' || cursor === '')) {
    wrongType(out, p, cursor, 'a non-empty string or null');
  }
};

/**
 * A {@link Page}: `items` an array of `item`s, `nextCursor` a non-empty string or `null`
 * (present, not undefined), `total` a whole number when given; `totals` (a page of calls)
 * validated when present — whether it is required is the paging rule's business.
 */
export function validatePage(value: unknown, out: Issue[], item: Validator, withTotals: boolean): Obj | undefined {
  const page = asObject(value, '', out);
  if (!page) return undefined;
  const fields: Fields<Contract.Page<unknown>> = { items: pageItems(item), nextCursor, total: optional(count) };
  checkFields(page, '', out, withTotals ? { ...fields, totals: optional(callTotals) } : fields);
  return page;
}
