import { MAX_STRING_LENGTH } from '../../core/answer-check.js';
import { isRealInstant } from '../../core/dates.js';
import { isDecimalString, MAX_FRACTION_DIGITS, MAX_WHOLE_DIGITS } from '../../core/money.js';
import type {
  Account,
  BlockedNumber,
  Bill,
  CallPage,
  CallRecord,
  CallTotals,
  Contact,
  MediaFile,
  Money,
  Page,
  PasswordPolicy,
  PlanLine,
  ProviderLimits,
  Recording,
  ServicePlan,
  Transaction,
  User,
  UsersQuote,
} from '../../core/provider.js';

/**
 * Reads response bodies into the contract's types, checking each value on the way.
 *
 * Liberal where it is harmless (unknown properties are dropped, `null` counts as absent for
 * optional ones), strict where widgets would go wrong: money must be a decimal *string*, instants
 * must parse, counts must be whole. A failure names the JSON path (`$.items[3].charge.amount`).
 */

export class ShapeError extends Error {
  override readonly name = 'ShapeError';
  constructor(
    readonly path: string,
    expected: string,
    actual: unknown,
  ) {
    super(`${path} should be ${expected}, got ${describe(actual)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `${JSON.stringify(`${value.slice(0, 40)}…`)} (${value.length} characters)` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export type Decoder<T> = (value: unknown, path: string) => T;

/** Every string is bounded: no name, description or address needs more than {@link MAX_STRING_LENGTH} characters. */
const TOO_LONG = `at most ${MAX_STRING_LENGTH} characters`;

export const string: Decoder<string> = (v, p) => {
  if (typeof v !== 'string') throw new ShapeError(p, 'a string', v);
  if (v.length > MAX_STRING_LENGTH) throw new ShapeError(p, `a string of ${TOO_LONG}`, v);
  return v;
};

export const nonEmptyString: Decoder<string> = (v, p) => {
  if (typeof v !== 'string' || v === '') throw new ShapeError(p, 'a non-empty string', v);
  if (v.length > MAX_STRING_LENGTH) throw new ShapeError(p, `a string of ${TOO_LONG}`, v);
  return v;
};

export const boolean: Decoder<boolean> = (v, p) => {
  if (typeof v !== 'boolean') throw new ShapeError(p, 'a boolean', v);
  return v;
};

/** A finite number ≥ 0 (durations, minutes). */
export const nonNegative: Decoder<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ShapeError(p, 'a number ≥ 0', v);
  return v;
};

/** A whole number ≥ 0 (quantities, totals, sizes). */
export const count: Decoder<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new ShapeError(p, 'a whole number ≥ 0', v);
  return v;
};

const positiveCount: Decoder<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new ShapeError(p, 'a whole number ≥ 1', v);
  return v;
};

/** An ISO 8601 / RFC 3339 instant with an offset, on a real calendar day (`2026-02-30` is refused, not read as March 2). */
export const instant: Decoder<string> = (v, p) => {
  if (!isRealInstant(v)) throw new ShapeError(p, 'a real ISO 8601 instant', v);
  return v;
};

export function oneOf<T extends string>(values: readonly T[]): Decoder<T> {
  return (v, p) => {
    if (!(values as readonly unknown[]).includes(v)) throw new ShapeError(p, `one of ${values.join(', ')}`, v);
    return v as T;
  };
}

export function array<T>(item: Decoder<T>): Decoder<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) throw new ShapeError(p, 'an array', v);
    return v.map((x, i) => item(x, `${p}[${i}]`));
  };
}

/** Field access on a JSON object, with paths for messages. */
class Fields {
  constructor(
    private readonly o: Record<string, unknown>,
    private readonly p: string,
  ) {}
  req<T>(key: string, d: Decoder<T>): T {
    return d(this.o[key], `${this.p}.${key}`);
  }
  opt<T>(key: string, d: Decoder<T>): T | undefined {
    const v = this.o[key];
    return v === undefined || v === null ? undefined : d(v, `${this.p}.${key}`);
  }
}

function fields(v: unknown, p: string): Fields {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError(p, 'an object', v);
  return new Fields(v as Record<string, unknown>, p);
}

/** Drops `undefined` properties so results carry only what the server sent. */
function clean<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

export const money: Decoder<Money> = (v, p) => {
  const f = fields(v, p);
  const amount = f.req('amount', string);
  if (!isDecimalString(amount as unknown)) {
    const bound = `at most ${MAX_WHOLE_DIGITS} digits before the point and ${MAX_FRACTION_DIGITS} after`;
    throw new ShapeError(`${p}.amount`, `a decimal string such as "15.00" (${bound})`, amount);
  }
  const currency = f.req('currency', string);
  if (!/^[A-Z]{3}$/.test(currency)) throw new ShapeError(`${p}.currency`, 'an ISO 4217 code', currency);
  return { amount, currency };
};

export function page<T>(item: Decoder<T>): Decoder<Page<T>> {
  return (v, p) => {
    const f = fields(v, p);
    return clean({
      items: f.req('items', array(item)),
      nextCursor: f.opt('nextCursor', nonEmptyString) ?? null,
      total: f.opt('total', count),
    });
  };
}

export const limits: Decoder<ProviderLimits> = (v, p) => {
  const f = fields(v, p);
  return clean({ maxRangeDays: f.opt('maxRangeDays', positiveCount), maxPageSize: f.opt('maxPageSize', positiveCount) });
};

export const user: Decoder<User> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    username: f.req('username', string),
    firstName: f.opt('firstName', string),
    lastName: f.opt('lastName', string),
    email: f.opt('email', string),
    timezone: f.opt('timezone', string),
  });
};

export const passwordPolicy: Decoder<PasswordPolicy> = (v, p) => {
  const f = fields(v, p);
  return { minLength: f.req('minLength', count), requireCurrentPassword: f.req('requireCurrentPassword', boolean) };
};

const contact: Decoder<Contact> = (v, p) => {
  const f = fields(v, p);
  return clean({
    role: f.req('role', string),
    name: f.opt('name', string),
    email: f.opt('email', string),
    phone: f.opt('phone', string),
    address: f.opt('address', string),
  });
};

export const account: Decoder<Account> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    name: f.req('name', string),
    realm: f.req('realm', string),
    timezone: f.opt('timezone', string),
    contacts: f.opt('contacts', array(contact)) ?? [],
  });
};

const planLine: Decoder<PlanLine> = (v, p) => {
  const f = fields(v, p);
  return {
    label: f.req('label', string),
    quantity: f.req('quantity', count),
    unitPrice: f.req('unitPrice', money),
    total: f.req('total', money),
  };
};

const planUsers: Decoder<ServicePlan['users']> = (v, p) => {
  const f = fields(v, p);
  return clean({
    quantity: f.req('quantity', count),
    inUse: f.opt('inUse', count),
    unitPrice: f.req('unitPrice', money),
    total: f.req('total', money),
  });
};

const planDids: Decoder<ServicePlan['dids']> = (v, p) => {
  const f = fields(v, p);
  return { quantity: f.req('quantity', count), unitPrice: f.req('unitPrice', money), total: f.req('total', money) };
};

export const servicePlan: Decoder<ServicePlan> = (v, p) => {
  const f = fields(v, p);
  return clean({
    name: f.req('name', string),
    users: f.req('users', planUsers),
    dids: f.req('dids', planDids),
    otherLines: f.opt('otherLines', array(planLine)),
    monthlyTotal: f.req('monthlyTotal', money),
    credit: f.req('credit', money),
  });
};

export const usersQuote: Decoder<UsersQuote> = (v, p) => {
  const f = fields(v, p);
  return clean({
    charge: f.req('charge', money),
    creditAfter: f.opt('creditAfter', money),
    monthlyIncrease: f.opt('monthlyIncrease', money),
  });
};

const callRecord: Decoder<CallRecord> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    startedAt: f.req('startedAt', instant),
    from: f.req('from', string),
    to: f.req('to', string),
    destination: f.opt('destination', string),
    countryCode: f.opt('countryCode', string),
    durationSeconds: f.req('durationSeconds', nonNegative),
    ratePerMinute: f.req('ratePerMinute', money),
    charge: f.req('charge', money),
  });
};

const callTotals: Decoder<CallTotals> = (v, p) => {
  const f = fields(v, p);
  return clean({ minutes: f.req('minutes', nonNegative), charges: f.req('charges', money), calls: f.opt('calls', count) });
};

export const callPage: Decoder<CallPage> = (v, p) => ({
  ...page(callRecord)(v, p),
  totals: fields(v, p).req('totals', callTotals),
});

const transaction: Decoder<Transaction> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    createdAt: f.req('createdAt', instant),
    kind: f.req('kind', oneOf(['credit', 'debit'] as const)),
    amount: f.req('amount', money),
    description: f.req('description', string),
    balanceAfter: f.opt('balanceAfter', money),
  });
};

export const transactionPage = page(transaction);

const bill: Decoder<Bill> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    issuedAt: f.req('issuedAt', instant),
    periodStart: f.req('periodStart', instant),
    periodEnd: f.req('periodEnd', instant),
    amount: f.req('amount', money),
    status: f.req('status', oneOf(['paid', 'unpaid', 'overdue'] as const)),
    dueAt: f.opt('dueAt', instant),
    hasDocument: f.opt('hasDocument', boolean),
  });
};

export const billPage = page(bill);

const mediaFile: Decoder<MediaFile> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    name: f.req('name', string),
    contentType: f.opt('contentType', string),
    sizeBytes: f.opt('sizeBytes', count),
    durationSeconds: f.opt('durationSeconds', nonNegative),
    uploadedAt: f.opt('uploadedAt', instant),
  });
};

export const mediaFilePage = page(mediaFile);

const recording: Decoder<Recording> = (v, p) => {
  const f = fields(v, p);
  return clean({
    id: f.req('id', nonEmptyString),
    from: f.req('from', string),
    to: f.req('to', string),
    startedAt: f.req('startedAt', instant),
    durationSeconds: f.req('durationSeconds', nonNegative),
    contentType: f.opt('contentType', string),
    sizeBytes: f.opt('sizeBytes', count),
  });
};

export const recordingPage = page(recording);

export const blockedNumber: Decoder<BlockedNumber> = (v, p) => {
  const f = fields(v, p);
  return clean({ number: f.req('number', nonEmptyString), blockedAt: f.opt('blockedAt', instant), reason: f.opt('reason', string) });
};

export const blockedNumberPage = page(blockedNumber);
