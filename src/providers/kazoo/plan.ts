import { isProviderError, ProviderError } from '../../core/errors.js';
import { addMoney, compareMoney, multiplyMoney, subtractMoney, sumMoney } from '../../core/money.js';
import type { Money, PlanLine, RequestOptions, ServicePlan, UsersQuote } from '../../core/provider.js';
import type { KazooContext } from './context.js';
import { decimalFromFloat } from './decimal.js';
import { isObject } from './envelope.js';
import { Reader, rows } from './json.js';
import { nextStartKey } from './envelope.js';
import { ChargesToAccept, path } from './transport.js';

/**
 * The service plan (`GET /accounts/{A}/services/summary`), the credit
 * (`GET /accounts/{A}/ledgers/total`) and buying users.
 *
 * Kazoo bills users by counting user documents, so buying `n` users creates `n` unassigned
 * "seat" users (username `<seatPrefix><purchase key>-<i>`, no password, so nobody can sign in as
 * one) and removing users deletes seats — never a user somebody uses. `inUse` is the users on the
 * plan minus the seats.
 *
 * The price comes from Kazoo's own dry run: creating a user without `accept_charges` answers
 * `402 accept charges` with what it would cost (`summary.today` per invoice: due now,
 * prorated); `quoteAddUsers(n)` is n × that. `addUsers(n)` then sends each seat with
 * `"accept_charges": true`; Kazoo answers `402` (a billing issue) when the account cannot pay.
 */

const USERS = 'users';
const NUMBERS = 'phone_numbers';

interface Item {
  category: string;
  item: string;
  name: string;
  quantity: number;
  rate: string;
  /** What Kazoo charges for the item per month. */
  total: string;
}

const money = (amount: string, currency: string): Money => ({ amount, currency });

function titleCase(text: string): string {
  const spaced = text.replaceAll('_', ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function readItems(data: unknown, where: string): Item[] {
  const summary = Reader.of(data, where);
  const invoices = Array.isArray(summary.value.invoices) ? summary.value.invoices : [];
  const items: Item[] = [];
  invoices.forEach((invoice, i) => {
    const list = isObject(invoice) && Array.isArray(invoice.items) ? invoice.items : [];
    list.forEach((raw, j) => {
      const row = Reader.of(raw, where, `data.invoices[${i}].items[${j}]`);
      const quantity = Math.max(0, Math.round(row.number('quantity') ?? 0));
      const rate = decimalFromFloat(row.number('rate') ?? 0);
      const billable = row.number('billable');
      const kazooTotal = row.number('total');
      const total =
        kazooTotal !== undefined
          ? decimalFromFloat(kazooTotal)
          : multiplyMoney(money(rate, 'XXX'), Math.max(0, Math.round(billable ?? quantity))).amount;
      const category = row.string('category') ?? '';
      const item = row.string('item') ?? '';
      items.push({ category, item, name: row.string('name') || titleCase(item || category), quantity, rate, total });
    });
  });
  return items;
}

/**
 * Items as plan lines whose totals are exactly quantity × unit price. Where Kazoo charges
 * something else for an item (a discount, free units: `billable` below `quantity`), the
 * difference is its own line, "<item>: discount" (or ": adjustment"), quantity 1.
 */
function lineOf(item: Item, currency: string): { line: PlanLine; adjustment?: PlanLine } {
  const unitPrice = money(item.rate, currency);
  const total = multiplyMoney(unitPrice, item.quantity);
  const charged = money(item.total, currency);
  const line: PlanLine = { label: item.name, quantity: item.quantity, unitPrice, total };
  if (compareMoney(total, charged) === 0) return { line };
  const difference = subtractMoney(charged, total);
  const label = `${item.name}: ${difference.amount.startsWith('-') ? 'discount' : 'adjustment'}`;
  return { line, adjustment: { label, quantity: 1, unitPrice: difference, total: difference } };
}

/**
 * One category (users, numbers) as one plan part: items sharing one rate are added up; with
 * several rates the most numerous item (for users, `user`) is the part and the others become
 * lines of their own.
 */
function part(items: Item[], preferred: string, currency: string, other: PlanLine[]): { quantity: number; unitPrice: Money; total: Money } {
  const zero = { quantity: 0, unitPrice: money('0.00', currency), total: money('0.00', currency) };
  if (items.length === 0) return zero;
  const rates = new Set(items.map((i) => i.rate));
  const group =
    rates.size === 1
      ? items
      : [items.find((i) => i.item === preferred) ?? [...items].sort((a, b) => b.quantity - a.quantity)[0]!];
  for (const item of items) {
    if (group.includes(item)) continue;
    const { line, adjustment } = lineOf(item, currency);
    other.push(line, ...(adjustment ? [adjustment] : []));
  }
  const quantity = group.reduce((n, i) => n + i.quantity, 0);
  const unitPrice = money(group[0]!.rate, currency);
  for (const item of group) {
    const { adjustment } = lineOf(item, currency);
    if (adjustment) other.push(adjustment);
  }
  return { quantity, unitPrice, total: multiplyMoney(unitPrice, quantity) };
}

/** Every user document (id, username), paged through. */
async function listUsers(ctx: KazooContext, signal?: AbortSignal): Promise<{ id: string; username: string }[]> {
  const out: { id: string; username: string }[] = [];
  let startKey: string | null = null;
  const where = `GET ${ctx.accountPath}/users`;
  for (;;) {
    const envelope = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/users`, query: { page_size: ctx.maxPageSize, start_key: startKey }, signal });
    for (const row of rows(envelope.data, where)) out.push({ id: row.requiredString('id'), username: row.string('username') ?? '' });
    const next = nextStartKey(envelope);
    if (next === null || next === startKey) return out;
    startKey = next;
  }
}

async function credit(ctx: KazooContext, signal?: AbortSignal): Promise<Money> {
  const envelope = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/ledgers/total`, signal });
  const data = isObject(envelope.data) ? envelope.data : {};
  const amount = typeof data.amount === 'number' ? data.amount : typeof envelope.data === 'number' ? envelope.data : 0;
  return money(decimalFromFloat(amount), ctx.currency);
}

async function planName(ctx: KazooContext, signal?: AbortSignal): Promise<string> {
  if (ctx.planName) return ctx.planName;
  try {
    const envelope = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/service_plans`, signal });
    const names = rows(envelope.data, `GET ${ctx.accountPath}/service_plans`)
      .map((r) => r.string('name'))
      .filter((n): n is string => !!n);
    return names.length > 0 ? names.join(' + ') : 'Service plan';
  } catch (error) {
    // Only resellers may list plans on some set-ups; the name is not worth failing for.
    if (isProviderError(error) && (error.code === 'forbidden' || error.code === 'not-found')) return 'Service plan';
    throw error;
  }
}

export async function getServicePlan(ctx: KazooContext, o: RequestOptions = {}): Promise<ServicePlan> {
  const { signal } = o;
  const where = `GET ${ctx.accountPath}/services/summary`;
  const [summary, available, name, users] = await Promise.all([
    ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/services/summary`, signal }),
    credit(ctx, signal),
    planName(ctx, signal),
    // Counting seats needs the user listing, which Kazoo may refuse a non-admin: then `inUse` is unknown.
    listUsers(ctx, signal).catch((error: unknown) => {
      if (isProviderError(error) && error.code === 'forbidden') return undefined;
      throw error;
    }),
  ]);
  const { currency } = ctx;
  const items = readItems(summary.data, where);
  const otherLines: PlanLine[] = [];
  const userPart = part(items.filter((i) => i.category === USERS), 'user', currency, otherLines);
  const didPart = part(items.filter((i) => i.category === NUMBERS), '', currency, otherLines);
  for (const item of items) {
    if (item.category === USERS || item.category === NUMBERS) continue;
    const { line, adjustment } = lineOf(item, currency);
    otherLines.push(line, ...(adjustment ? [adjustment] : []));
  }
  const seats = users?.filter((u) => u.username.startsWith(ctx.seatPrefix)).length;
  const inUse = seats === undefined ? undefined : Math.min(userPart.quantity, Math.max(0, userPart.quantity - seats));
  const monthlyTotal = addMoney(addMoney(userPart.total, didPart.total), sumMoney(otherLines.map((l) => l.total), currency));
  const plan: ServicePlan = {
    name,
    users: inUse === undefined ? userPart : { ...userPart, inUse },
    dids: didPart,
    monthlyTotal,
    credit: available,
  };
  if (otherLines.length > 0) plan.otherLines = otherLines;
  return plan;
}

const MAX_USERS_PER_CHANGE = 1000;

function checkCount(count: unknown): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1 || count > MAX_USERS_PER_CHANGE) {
    throw new ProviderError('validation', `The number of users must be a whole number from 1 to ${MAX_USERS_PER_CHANGE}.`, { field: 'count' });
  }
  return count;
}

/** A seat user document: unassigned, no password. */
function seat(ctx: KazooContext, purchase: string, index: number): Record<string, unknown> {
  return { username: `${ctx.seatPrefix}${purchase}-${index}`, first_name: 'Unassigned', last_name: `seat ${index}`, priv_level: 'user' };
}

/** What the 402 dry run says one more user costs now: the invoices' `summary.today` (Kazoo ≤ 4.2: `activation_charges`). */
function chargeOf(charges: ChargesToAccept, where: string): string {
  const data = charges.envelope.data;
  let total = money('0.00', 'XXX');
  const add = (value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) total = addMoney(total, money(decimalFromFloat(Math.abs(value)), 'XXX'));
  };
  if (Array.isArray(data)) {
    data.forEach((invoice, i) => {
      const r = Reader.of(invoice, where, `data[${i}]`);
      const today = r.object('summary')?.number('today');
      if (today !== undefined) add(today);
      else if (Array.isArray(r.value.activation_charges)) {
        for (const a of r.value.activation_charges) add(isObject(a) ? a.total ?? a.amount ?? a.rate : a);
      }
    });
  } else if (isObject(data)) {
    add(data.activation_charges);
  }
  return total.amount;
}

/** The dry run: a seat user sent without `accept_charges`. Creates nothing when Kazoo asks to accept charges. */
async function dryRun(ctx: KazooContext, signal?: AbortSignal): Promise<string> {
  const where = `PUT ${ctx.accountPath}/users`;
  const probe = `quote-${Math.random().toString(36).slice(2, 10)}`;
  try {
    const created = await ctx.transport.json({ method: 'PUT', path: `${ctx.accountPath}/users`, body: { data: seat(ctx, probe, 1) }, dryRun: true, signal });
    // No charges: Kazoo created the user straight away. Undo that; the price is zero.
    const id = Reader.of(created.data, where).string('id');
    if (id) await ctx.transport.json({ method: 'DELETE', path: `${ctx.accountPath}${path`/users/${id}`}`, signal });
    return '0.00';
  } catch (error) {
    if (error instanceof ChargesToAccept) return chargeOf(error, where);
    throw error;
  }
}

export async function quoteAddUsers(ctx: KazooContext, count: number, o: RequestOptions = {}): Promise<UsersQuote> {
  const n = checkCount(count);
  const [perUser, available] = await Promise.all([dryRun(ctx, o.signal), credit(ctx, o.signal)]);
  const charge = multiplyMoney(money(perUser, ctx.currency), n);
  return { charge, creditAfter: subtractMoney(available, charge) };
}

function partial(error: unknown, done: number, count: number, verb: string): unknown {
  if (done === 0 || !isProviderError(error)) return error;
  return new ProviderError(error.code, `${done} of ${count} users were ${verb}; then: ${error.message}`, {
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.retryable === undefined ? {} : { retryable: error.retryable }),
  });
}

/**
 * Creates `count` seats with `accept_charges`. Seats are named after the purchase key, so the
 * same purchase sent again (a retry with the same idempotency key) finds them already there
 * (Kazoo refuses a second user with the same username) and creates only what is missing.
 */
export async function addUsers(ctx: KazooContext, count: number, purchase: string, o: RequestOptions = {}): Promise<ServicePlan> {
  const n = checkCount(count);
  for (let i = 1; i <= n; i++) {
    try {
      await ctx.transport.json({ method: 'PUT', path: `${ctx.accountPath}/users`, body: { data: seat(ctx, purchase, i), accept_charges: true }, signal: o.signal });
    } catch (error) {
      if (isProviderError(error) && error.code === 'validation' && error.field === 'username') continue;
      throw partial(error, i - 1, n, 'added');
    }
  }
  return getServicePlan(ctx, o);
}

/** Deletes `count` seats (never a user in use); `conflict` when there are fewer seats than that. */
export async function removeUsers(ctx: KazooContext, count: number, o: RequestOptions = {}): Promise<ServicePlan> {
  const n = checkCount(count);
  const seats = (await listUsers(ctx, o.signal)).filter((u) => u.username.startsWith(ctx.seatPrefix)).sort((a, b) => b.username.localeCompare(a.username));
  if (seats.length < n) {
    throw new ProviderError(
      'conflict',
      seats.length === 0
        ? 'Every user on the plan is in use: remove a user in Kazoo first.'
        : `Only ${seats.length} user${seats.length === 1 ? ' is' : 's are'} not in use and can be removed.`,
    );
  }
  for (let i = 0; i < n; i++) {
    try {
      await ctx.transport.json({ method: 'DELETE', path: `${ctx.accountPath}${path`/users/${seats[i]!.id}`}`, signal: o.signal });
    } catch (error) {
      throw partial(error, i, n, 'removed');
    }
  }
  return getServicePlan(ctx, o);
}
