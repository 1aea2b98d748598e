import type { CallPage, Page } from '../src/core/provider.js';

/**
 * Shapes provider results into exactly the JSON of openapi.yaml: known properties only, absent
 * optional ones left out (`undefined` and `null` alike). Values are copied as they are — never
 * coerced — so a provider returning a number where the API promises a decimal string shows up
 * as a schema problem in the tests instead of being papered over.
 */

type Serializer = (value: unknown) => unknown;
type Fields = Readonly<Record<string, true | Serializer>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(fields: Fields): Serializer {
  return (value) => {
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, how] of Object.entries(fields)) {
      const v = value[key];
      if (v === undefined || v === null) continue;
      out[key] = how === true ? v : how(v);
    }
    return out;
  };
}

const list = (item: Serializer): Serializer => (value) => (Array.isArray(value) ? value.map(item) : value);

export const money = pick({ amount: true, currency: true });

export const limits = pick({ maxRangeDays: true, maxPageSize: true });

export const user = pick({ id: true, username: true, firstName: true, lastName: true, email: true, timezone: true });

export const passwordPolicy = pick({ minLength: true, requireCurrentPassword: true });

const contact = pick({ role: true, name: true, email: true, phone: true, address: true });

export const account = pick({ id: true, name: true, realm: true, timezone: true, contacts: list(contact) });

const planLine = pick({ label: true, quantity: true, unitPrice: money, total: money });

export const servicePlan = pick({
  name: true,
  users: pick({ quantity: true, inUse: true, unitPrice: money, total: money }),
  dids: pick({ quantity: true, unitPrice: money, total: money }),
  otherLines: list(planLine),
  monthlyTotal: money,
  credit: money,
});

export const usersQuote = pick({ charge: money, creditAfter: money });

const callRecord = pick({
  id: true,
  startedAt: true,
  from: true,
  to: true,
  destination: true,
  countryCode: true,
  durationSeconds: true,
  ratePerMinute: money,
  charge: money,
});

const callTotals = pick({ minutes: true, charges: money, calls: true });

const transaction = pick({ id: true, createdAt: true, kind: true, amount: money, description: true, balanceAfter: money });

const bill = pick({
  id: true,
  issuedAt: true,
  periodStart: true,
  periodEnd: true,
  amount: money,
  status: true,
  dueAt: true,
  hasDocument: true,
});

export const mediaFile = pick({ id: true, name: true, contentType: true, sizeBytes: true, durationSeconds: true, uploadedAt: true });

const recording = pick({ id: true, from: true, to: true, startedAt: true, durationSeconds: true, contentType: true, sizeBytes: true });

export const blockedNumber = pick({ number: true, blockedAt: true, reason: true });

/** `{ items, nextCursor, total? }`; `nextCursor` is always present (`null` on the last page). */
function page(item: Serializer): (value: Page<unknown>) => Record<string, unknown> {
  return (value) => {
    const out: Record<string, unknown> = { items: list(item)(value.items), nextCursor: value.nextCursor ?? null };
    if (value.total !== undefined && value.total !== null) out['total'] = value.total;
    return out;
  };
}

export const callPage = (value: CallPage): Record<string, unknown> => ({ ...page(callRecord)(value), totals: callTotals(value.totals) });
export const transactionPage = page(transaction);
export const billPage = page(bill);
export const mediaFilePage = page(mediaFile);
export const recordingPage = page(recording);
export const blockedNumberPage = page(blockedNumber);
