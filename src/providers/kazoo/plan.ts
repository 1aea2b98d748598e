import { isAbortError, isProviderError, ProviderError } from '../../core/errors.js';
import { addMoney, compareMoney, multiplyMoney, subtractMoney, sumMoney } from '../../core/money.js';
import type { Money, PlanLine, RequestOptions, ServicePlan, UsersQuote } from '../../core/provider.js';
import type { KazooContext } from './context.js';
import { decimalFromFloat } from './decimal.js';
import { msToGregorian } from './gregorian.js';
import { isObject } from './envelope.js';
import { Reader, rows } from './json.js';
import { nextStartKey } from './envelope.js';
import { ChargesToAccept, path } from './transport.js';

/**
 * The service plan (`GET /accounts/{A}/services/summary`), the credit
 * (`GET /accounts/{A}/ledgers/total`) and buying users.
 *
 * Kazoo bills users by counting user documents, so buying `n` users creates `n` unassigned
 * "seat" users and removing users deletes seats — never a user somebody uses. `inUse` is the
 * users on the plan minus the seats. A seat is a user that a default Kazoo accepts and nobody can
 * sign in as or be bothered by:
 *
 * - username `<seatPrefix><purchase>-<i>` and a strong random password that is never stored or
 *   shown: Kazoo refuses a user with a username and no password (`kzd_users.erl`:
 *   `generate_password_if_empty` defaults to false → 400 `password.required`), and it checks
 *   this before the billing dry run;
 * - `send_email_on_creation: false` in the request envelope, so no welcome e-mail goes out
 *   (`cb_users_v2.erl` sends one unless told not to);
 * - first name "Unassigned", last name "seat <i> (<date bought>)", and the flag
 *   `<seatPrefix>bought-<gregorian seconds>` (`flags`, which the user listing returns), so an
 *   admin recognises them and removal can take the newest first.
 *
 * A seat stops being one — and is never removed — once an admin makes it a user: a new username
 * or first name, or any feature (caller ID, voicemail to e-mail, hot desking…) in the listing.
 *
 * The price comes from Kazoo's own dry run: creating a user without `accept_charges` answers
 * `402 accept charges` with the invoices as they would be (`crossbar_services.erl`,
 * `kz_services_invoice:public_json/1`): per item `changes.difference.billable` × `rate` is how
 * much the monthly charge rises, and `activation_charges` (summed in `summary.today`) is what is
 * charged now. Adding users does not debit the ledger (the credit) by itself, so the quote has no
 * `creditAfter`. `addUsers(n)` then sends each seat with `"accept_charges": true`; Kazoo answers
 * `402 billing_issue` when the account's bookkeeper refuses the change.
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
    rates.size === 1 ? items : [items.find((i) => i.item === preferred) ?? [...items].sort((a, b) => b.quantity - a.quantity)[0]!];
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

interface UserRow {
  id: string;
  username: string;
  firstName: string;
  features: string[];
  flags: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Every user of the account (the listing's id, username, first name, features, flags), paged through. */
async function listUsers(ctx: KazooContext, signal?: AbortSignal): Promise<UserRow[]> {
  const out: UserRow[] = [];
  let startKey: string | null = null;
  const where = `GET ${ctx.accountPath}/users`;
  for (;;) {
    const envelope = await ctx.transport.json({
      method: 'GET',
      path: `${ctx.accountPath}/users`,
      query: { page_size: ctx.maxPageSize, start_key: startKey },
      signal,
    });
    for (const row of rows(envelope.data, where)) {
      out.push({
        id: row.requiredString('id'),
        username: row.string('username') ?? '',
        firstName: row.string('first_name') ?? '',
        features: strings(row.value.features),
        flags: strings(row.value.flags),
      });
    }
    const next = nextStartKey(envelope);
    if (next === null || next === startKey) return out;
    startKey = next;
  }
}

const SEAT_FIRST_NAME = 'Unassigned';

/** A seat nobody uses yet: our username, our first name, no feature set up. */
function isFreeSeat(ctx: KazooContext, user: UserRow): boolean {
  return user.username.startsWith(ctx.seatPrefix) && user.firstName === SEAT_FIRST_NAME && user.features.length === 0;
}

/** When a seat was bought (Gregorian seconds, from its flag); 0 for a seat without one. */
function boughtAt(ctx: KazooContext, user: UserRow): number {
  const flag = user.flags.find((f) => f.startsWith(`${ctx.seatPrefix}bought-`));
  const value = flag ? Number(flag.slice(`${ctx.seatPrefix}bought-`.length)) : NaN;
  return Number.isSafeInteger(value) ? value : 0;
}

async function credit(ctx: KazooContext, signal?: AbortSignal): Promise<Money> {
  const envelope = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/ledgers/total`, signal });
  const data = isObject(envelope.data) ? envelope.data : {};
  const amount = typeof data.amount === 'number' ? data.amount : typeof envelope.data === 'number' ? envelope.data : 0;
  return money(decimalFromFloat(amount), ctx.currency);
}

/**
 * The names of the plans assigned to the account. The summary's `plans` holds their ids
 * (`kz_services:summary/1` → `kzd_services:plans/1`: `{ "<plan id>": { vendor_id, overrides } }`);
 * the names are in the plan documents, which `GET /accounts/{A}/services/available` lists from
 * the reseller (`cb_services.erl`). `GET /service_plans` exists only up to Kazoo 4.2.
 */
async function plansAvailable(ctx: KazooContext, signal?: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ctx.planName) return names;
  try {
    const envelope = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/services/available`, signal });
    for (const row of rows(envelope.data, `GET ${ctx.accountPath}/services/available`)) {
      const id = row.string('id');
      const name = row.string('name');
      if (id && name) names.set(id, name);
    }
  } catch (error) {
    // Not every user may list the reseller's plans: the name is not worth failing for.
    if (!(isProviderError(error) && (error.code === 'forbidden' || error.code === 'not-found'))) throw error;
  }
  return names;
}

function planNameOf(ctx: KazooContext, summary: unknown, available: Map<string, string>): string {
  if (ctx.planName) return ctx.planName;
  const plans = isObject(summary) && isObject(summary.plans) ? Object.keys(summary.plans) : [];
  const names = plans.map((id) => available.get(id) ?? titleCase(id.replaceAll('-', ' ')));
  return names.length > 0 ? names.join(' + ') : 'Service plan';
}

export async function getServicePlan(ctx: KazooContext, o: RequestOptions = {}): Promise<ServicePlan> {
  const { signal } = o;
  const where = `GET ${ctx.accountPath}/services/summary`;
  const [summary, available, plans, users] = await Promise.all([
    ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/services/summary`, signal }),
    credit(ctx, signal),
    plansAvailable(ctx, signal),
    // Counting seats needs the user listing, which Kazoo may refuse a non-admin: then `inUse` is unknown.
    listUsers(ctx, signal).catch((error: unknown) => {
      if (isProviderError(error) && error.code === 'forbidden') return undefined;
      throw error;
    }),
  ]);
  const { currency } = ctx;
  const items = readItems(summary.data, where);
  const otherLines: PlanLine[] = [];
  const userPart = part(
    items.filter((i) => i.category === USERS),
    'user',
    currency,
    otherLines,
  );
  const didPart = part(
    items.filter((i) => i.category === NUMBERS),
    '',
    currency,
    otherLines,
  );
  for (const item of items) {
    if (item.category === USERS || item.category === NUMBERS) continue;
    const { line, adjustment } = lineOf(item, currency);
    otherLines.push(line, ...(adjustment ? [adjustment] : []));
  }
  const name = planNameOf(ctx, summary.data, plans);
  const seats = users?.filter((u) => isFreeSeat(ctx, u)).length;
  const inUse = seats === undefined ? undefined : Math.min(userPart.quantity, Math.max(0, userPart.quantity - seats));
  const monthlyTotal = addMoney(
    addMoney(userPart.total, didPart.total),
    sumMoney(
      otherLines.map((l) => l.total),
      currency,
    ),
  );
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
    throw new ProviderError('validation', `The number of users must be a whole number from 1 to ${MAX_USERS_PER_CHANGE}.`, {
      field: 'count',
    });
  }
  return count;
}

/** A strong random password (192 bits, hex), never stored or shown: nobody signs in as a seat. */
function seatPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The create-user request for seat `index` of `purchase`: the document, and no welcome e-mail. */
function seatRequest(ctx: KazooContext, purchase: string, index: number, acceptCharges: boolean): Record<string, unknown> {
  const now = msToGregorian(ctx.now());
  const day = new Date(ctx.now()).toISOString().slice(0, 10);
  const data = {
    username: `${ctx.seatPrefix}${purchase}-${index}`,
    password: seatPassword(),
    first_name: SEAT_FIRST_NAME,
    last_name: `seat ${index} (${day})`,
    priv_level: 'user',
    flags: [`${ctx.seatPrefix}bought-${now}`],
  };
  return { data, send_email_on_creation: false, ...(acceptCharges ? { accept_charges: true } : {}) };
}

/** What one more user changes, from the 402 dry run: the monthly increase and the charge now. */
interface PerUser {
  monthly: string;
  now: string;
}

const ZERO = money('0.00', 'XXX');
const amountOf = (value: unknown): Money | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? money(decimalFromFloat(Math.abs(value)), 'XXX') : undefined;

/**
 * The dry run's invoices (`kz_services_invoices:public_json/1`, Kazoo 4.3+): the monthly
 * increase is Σ `changes.difference.billable` × `rate` over the items that change (what
 * `crossbar_services:check_creditably/4` charges against), the charge now Σ
 * `activation_charges[].total` (= `summary.today`). Kazoo ≤ 4.2 answered
 * `{ activation_charges: <number>, … }`: that is the charge now, with no monthly part known.
 */
function perUserOf(charges: ChargesToAccept, where: string): PerUser & { known: boolean } {
  const data = charges.envelope.data;
  let monthly = ZERO;
  let now = ZERO;
  let known = false;
  if (Array.isArray(data)) {
    known = true;
    data.forEach((invoice, i) => {
      const r = Reader.of(invoice, where, `data[${i}]`);
      const items = Array.isArray(r.value.items) ? r.value.items : [];
      for (const item of items) {
        if (!isObject(item) || !isObject(item.changes) || !isObject(item.changes.difference)) continue;
        const billable = item.changes.difference.billable;
        const rate = amountOf(item.rate);
        if (typeof billable === 'number' && Number.isSafeInteger(billable) && billable > 0 && rate)
          monthly = addMoney(monthly, multiplyMoney(rate, billable));
      }
      const activations = Array.isArray(r.value.activation_charges) ? r.value.activation_charges : [];
      const listed = activations.map((a) => (isObject(a) ? amountOf(a.total) : amountOf(a))).filter((a): a is Money => a !== undefined);
      const today = amountOf(r.object('summary')?.value.today);
      // The activation items, else the summary's total of them.
      for (const a of listed.length > 0 ? listed : today ? [today] : []) now = addMoney(now, a);
    });
  } else if (isObject(data)) {
    now = amountOf(data.activation_charges) ?? ZERO;
  }
  return { monthly: monthly.amount, now: now.amount, known };
}

/** A validation error Kazoo gave for a seat: said as what it is, not as a field of the widget's. */
function seatRefused(error: unknown): unknown {
  if (!isProviderError(error) || error.code !== 'validation') return error;
  return new ProviderError(
    'validation',
    `Kazoo refused to create a user for the purchase: ${error.message}`,
    error.status === undefined ? {} : { status: error.status },
  );
}

/** The dry run: a seat sent without `accept_charges`. Creates nothing when Kazoo asks to accept charges. */
async function dryRun(ctx: KazooContext, signal?: AbortSignal): Promise<PerUser & { known: boolean }> {
  const where = `PUT ${ctx.accountPath}/users`;
  const probe = `quote-${Math.random().toString(36).slice(2, 10)}`;
  try {
    const created = await ctx.transport.json({
      method: 'PUT',
      path: `${ctx.accountPath}/users`,
      body: seatRequest(ctx, probe, 1, false),
      dryRun: true,
      signal,
    });
    // No billable change: Kazoo created the user straight away. Undo that; the price is zero.
    const id = Reader.of(created.data, where).string('id');
    if (id) await ctx.transport.json({ method: 'DELETE', path: `${ctx.accountPath}${path`/users/${id}`}`, signal });
    return { monthly: '0.00', now: '0.00', known: true };
  } catch (error) {
    if (error instanceof ChargesToAccept) return perUserOf(error, where);
    throw seatRefused(error);
  }
}

/**
 * `n ×` what the dry run says one user changes (Kazoo prices one create request at a time; a
 * plan with volume tiers may price the n-th user differently — Kazoo's answer to each purchase
 * request then decides). No `creditAfter`: adding users does not take anything from the credit.
 */
export async function quoteAddUsers(ctx: KazooContext, count: number, o: RequestOptions = {}): Promise<UsersQuote> {
  const n = checkCount(count);
  const perUser = await dryRun(ctx, o.signal);
  const quote: UsersQuote = { charge: multiplyMoney(money(perUser.now, ctx.currency), n) };
  if (perUser.known) quote.monthlyIncrease = multiplyMoney(money(perUser.monthly, ctx.currency), n);
  return quote;
}

/**
 * The error of a users change that stopped after `done` of its `count` seats were created or
 * deleted. With none done it is Kazoo's refusal as it came: nothing changed. With some done it
 * is not a refusal — the plan did change — so it rejects with `unknown` (the change journal's
 * "outcome unknown": it keeps the idempotency key and the panel reads the plan again) and keeps
 * Kazoo's own error as `cause`. A retry of a purchase with the same key then creates only the
 * seats still missing. An abort is the caller's and stays an abort.
 */
function partial(error: unknown, done: number, count: number, verb: string): unknown {
  if (done === 0 || isAbortError(error)) return error;
  const message = isProviderError(error) ? error.message : error instanceof Error && error.message ? error.message : String(error);
  return new ProviderError('unknown', `${done} of ${count} users were ${verb}; then: ${message}`, {
    cause: error,
    ...(isProviderError(error) && error.status !== undefined ? { status: error.status } : {}),
    ...(isProviderError(error) && error.retryable !== undefined ? { retryable: error.retryable } : {}),
  });
}

/**
 * The plan after a change of `count` users that was made in full. When reading it fails, the
 * change still happened: that is no failure of the change (which the panel would announce as
 * "no users were bought" and whose key it would drop). The transport has already retried the
 * read after a transient failure, so a read again here would most likely fail the same way;
 * there is no plan to resolve with, so it rejects with `unknown` ("n of n users were added;
 * then: …"), after which the panel reads the plan again and settles the change from it.
 */
async function planAfter(ctx: KazooContext, count: number, verb: string, o: RequestOptions): Promise<ServicePlan> {
  try {
    return await getServicePlan(ctx, o);
  } catch (error) {
    throw partial(error, count, count, verb);
  }
}

/**
 * How many of the `count` seats of `purchase` exist already (made by an earlier attempt of the
 * same purchase); 0 when the user listing cannot be read (then Kazoo's refusal is said as it came).
 */
async function seatsThere(ctx: KazooContext, purchase: string, count: number, signal?: AbortSignal): Promise<number> {
  const names = new Set(Array.from({ length: count }, (_, i) => `${ctx.seatPrefix}${purchase}-${i + 1}`));
  try {
    return (await listUsers(ctx, signal)).filter((u) => names.has(u.username)).length;
  } catch {
    return 0;
  }
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
      await ctx.transport.json({
        method: 'PUT',
        path: `${ctx.accountPath}/users`,
        body: seatRequest(ctx, purchase, i, true),
        signal: o.signal,
      });
    } catch (error) {
      // The username is taken: this seat of this purchase was created by an earlier attempt.
      if (isProviderError(error) && error.code === 'validation' && error.field === 'username') continue;
      // Seats 1 … i-1 exist (created now or by an earlier attempt of this purchase).
      let done = i - 1;
      // A retry refused at its first seat may still follow an attempt that created some.
      if (done === 0 && o.idempotencyKey !== undefined && !isAbortError(error)) done = await seatsThere(ctx, purchase, n, o.signal);
      throw partial(seatRefused(error), done, n, 'added');
    }
  }
  return planAfter(ctx, n, 'added', o);
}

/** Deletes `count` seats, newest first (never a user in use); `conflict` when there are fewer seats than that. */
export async function removeUsers(ctx: KazooContext, count: number, o: RequestOptions = {}): Promise<ServicePlan> {
  const n = checkCount(count);
  const seats = (await listUsers(ctx, o.signal))
    .filter((u) => isFreeSeat(ctx, u))
    .sort((a, b) => boughtAt(ctx, b) - boughtAt(ctx, a) || b.username.localeCompare(a.username, 'en', { numeric: true }));
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
  return planAfter(ctx, n, 'removed', o);
}
