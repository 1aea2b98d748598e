import type { BlockedNumber, CallRecord, MediaFile, Recording, ServicePlan, Transaction, User } from '../../src/core/provider.js';
import type { DemoProvider } from '../../src/providers/demo/index.js';
import { toUnits } from '../../src/providers/demo/exact.js';
import { multiplyMoney, sumMoney } from '../../src/core/money.js';

/**
 * The Kazoo documents the mock serves, made from a demo provider: the account, the users (the
 * signed-in admin, colleagues, unassigned seats), blacklists, and converters from the demo's
 * contract objects to Kazoo's listing rows. Calls, transactions, media, recordings and the plan
 * stay in the demo provider, which the handlers ask page by page.
 */

export const GREGORIAN_OFFSET = 62_167_219_200;
export const greg = (iso: string | number): number => Math.floor((typeof iso === 'number' ? iso : Date.parse(iso)) / 1000) + GREGORIAN_OFFSET;
export const isoOf = (gregorian: number): string => new Date((gregorian - GREGORIAN_OFFSET) * 1000).toISOString();

/** 32 hex digits from a text, like a CouchDB id (FNV-1a, four rounds). */
export function kazooId(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export type Doc = Record<string, unknown>;

export interface MockUser extends Doc {
  id: string;
  username: string;
  first_name: string;
  last_name: string;
  priv_level: 'admin' | 'user';
}

/** A blacklist as `blacklists.json` (crossbar schema, 4.3) has it; 4.x has no `raw_numbers`. */
export interface Blacklist extends Doc {
  id: string;
  name: string;
  numbers: Record<string, Doc>;
  should_block_anonymous?: boolean;
}

export interface KazooWorld {
  accountId: string;
  userId: string;
  realm: string;
  account: Doc;
  users: MockUser[];
  blacklists: Blacklist[];
  /** Seconds since the Gregorian epoch at the demo's "now". */
  nowGregorian: number;
  /** Whether numbers of the account's country are dialled with `011` (NANP) or `00`. */
  nanp: boolean;
  /** The service plan assigned to the account (its id in the summary's `plans`, its name in the reseller's listing). */
  plan: { id: string; name: string };
  /** Usernames of the users a welcome e-mail went to (`send_email_on_creation` not false). */
  welcomeEmails: string[];
  /** Ledger rows other than per-minute calls, and bookkeeper payments, newest first. */
  money: Money4;
}

const SEAT_PREFIX = 'paw-seat-';

async function everything<T>(list: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

function contactDoc(c: { name?: string; email?: string; phone?: string; address?: string }): Doc {
  const doc: Doc = {};
  if (c.name) doc.name = c.name;
  if (c.email) doc.email = c.email;
  if (c.phone) doc.number = c.phone;
  if (c.address) doc.street_address = c.address;
  return doc;
}

function userDoc(id: string, user: Partial<User> & { username: string }, admin: boolean): MockUser {
  const doc: MockUser = {
    id,
    username: user.username,
    first_name: user.firstName ?? 'User',
    last_name: user.lastName ?? id.slice(0, 6),
    priv_level: admin ? 'admin' : 'user',
    enabled: true,
  };
  if (user.email) doc.email = user.email;
  if (user.timezone) doc.timezone = user.timezone;
  return doc;
}

/** Builds the documents from `demo` (reads its account, user, plan and block list once). */
export async function createWorld(demo: DemoProvider, ids: { accountId?: string; userId?: string }): Promise<KazooWorld> {
  const [account, user, plan, blocked, firstTransactions] = await Promise.all([
    demo.getAccount(),
    demo.getCurrentUser(),
    demo.getServicePlan(),
    everything<BlockedNumber>((cursor) => demo.listBlockedNumbers({ cursor, limit: 500 })),
    everything<Transaction>((cursor) => demo.listTransactions({ cursor, limit: 500 })),
  ]);
  const accountId = ids.accountId ?? kazooId(`account:${account.id}`);
  const userId = ids.userId ?? kazooId(`user:${user.id}`);
  const nowGregorian = greg(demo.options.now);
  const oldest = firstTransactions.reduce((t, tx) => Math.min(t, Date.parse(tx.createdAt)), Date.parse(demo.options.now));

  const contact: Doc = {};
  for (const c of account.contacts) contact[c.role.toLowerCase().replaceAll(' ', '_')] = contactDoc(c);
  const callerId = account.contacts.find((c) => c.phone?.startsWith('+'))?.phone;

  // Blacklists: one per reason the demo gives, the reason as the list's name. Kazoo 4.x blocks
  // E.164 caller IDs only (raw_numbers is gone), so the demo's blocked extensions have no place here.
  const byReason = new Map<string, Blacklist>();
  for (const b of blocked) {
    if (!b.number.startsWith('+')) continue;
    const name = b.reason ?? 'Blocked numbers';
    let list = byReason.get(name);
    if (!list) {
      list = { id: kazooId(`blacklist:${account.id}:${name}`), name, numbers: {}, should_block_anonymous: false };
      byReason.set(name, list);
    }
    list.numbers[b.number] = b.blockedAt ? { blocked_at: greg(b.blockedAt) } : {};
  }
  const blacklists = [...byReason.values()];

  // Users: the signed-in admin, colleagues for the other users in use, and unassigned seats.
  const inUse = plan.users.inUse ?? plan.users.quantity;
  const users: MockUser[] = [userDoc(userId, user, true)];
  for (let i = 1; i < inUse; i++) {
    const colleague = userDoc(kazooId(`colleague:${account.id}:${i}`), { username: `user${1000 + i}`, firstName: 'Colleague', lastName: String(i) }, false);
    colleague.features = i % 2 ? ['caller_id', 'vm_to_email'] : ['caller_id'];
    users.push(colleague);
  }
  for (let i = 1; i <= plan.users.quantity - inUse; i++) {
    users.push(userDoc(kazooId(`seat:${account.id}:${i}`), { username: `${SEAT_PREFIX}seed-${i}`, firstName: 'Unassigned', lastName: `seat ${i}` }, false));
  }

  const accountDoc: Doc = {
    id: accountId,
    name: account.name,
    realm: account.realm,
    timezone: account.timezone,
    contact,
    caller_id: callerId ? { external: { number: callerId, name: account.name } } : {},
    blacklists: blacklists.map((b) => b.id),
    created: greg(oldest) - 86_400,
    enabled: true,
  };
  const world: KazooWorld = {
    accountId,
    userId,
    realm: account.realm,
    account: accountDoc,
    users,
    blacklists,
    nowGregorian,
    nanp: callerId?.startsWith('+1') ?? true,
    plan: { id: slug(plan.name).replaceAll('_', '-'), name: plan.name },
    welcomeEmails: [],
    money: { ledgers: [], payments: [] },
  };
  world.money = moneyDocs(world, firstTransactions, account.name);
  return world;
}

/** A per-minute ledger row for a demo call. Some numbers are written as dialled with an international access code. */
export function ledgerRow(world: KazooWorld, call: CallRecord, accountName: string): Doc {
  const digits = call.to.replace(/^\+/, '');
  const idHash = [...call.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const viaAccessCode = call.to.startsWith('+') && !digits.startsWith('1') && idHash % 3 === 0;
  const dialled = viaAccessCode ? `${world.nanp ? '011' : '00'}${digits}` : call.to;
  return {
    id: call.id,
    source: { service: 'per-minute-voip', id: call.id },
    account: { id: world.accountId, name: accountName },
    usage: { type: 'voice', quantity: call.durationSeconds, unit: 'sec' },
    // kz_ledger:public_json/1: a debit's amount is negative.
    amount: -Number(call.charge.amount),
    description: call.destination ?? 'International',
    // jonny5 writes the ledger when the channel is destroyed: period.start is the hang-up.
    period: { start: greg(Date.parse(call.startedAt) + Math.round(call.durationSeconds * 1000)) },
    metadata: {
      from: `${call.from}@${world.realm}`,
      to: `${dialled}@${world.realm}`,
      direction: 'outbound',
      caller_id_number: call.from,
      callee_id_number: dialled,
      // hotornot hands jonny5 the rate in units (dollars × 10000).
      rate: { name: call.destination ?? 'International', description: call.destination ?? 'International', value: Number(toUnits(call.ratePerMinute.amount, 4)), increment: 60, minimum: 60, nocharge_time: 0 },
      caller_id_name: call.from,
      callee_id_name: '',
      resource_type: 'offnet-termination',
    },
  };
}

/**
 * The demo's credits and debits as Kazoo keeps them (4.3):
 *
 * - a top-up is a bookkeeper payment (`kz_transaction.erl`; the `transactions/list_by_timestamp`
 *   view row `{ id, amount, status, executor, description, metadata, bookkeeper, created }`,
 *   amount in dollars, positive) and the `payments` ledger credit the top-up writes for it
 *   (`kz_services_topup.erl`: `source.id` and `metadata.transaction.id` = the payment's id);
 *   some top-ups follow a failed attempt, which moved no money;
 * - the monthly plan charge is a ledger debit in `services` (a billing system's
 *   `PUT /ledgers/debit`), a refund or courtesy credit a ledger credit in `adjustments`
 *   (`PUT /ledgers/credit`); ledger rows are `kz_ledger:public_json/1` (a debit's amount
 *   negative, `period.start` its time, ids prefixed with the month: `YYYYMM-…`);
 * - the demo's daily "International calls" debits are not rows of their own: Kazoo's
 *   per-minute ledger has one row per call (served from the demo's call log).
 */
export interface Money4 {
  ledgers: Doc[];
  payments: Doc[];
}

export function moneyDocs(world: KazooWorld, transactions: readonly Transaction[], accountName: string): Money4 {
  const ledgers: Doc[] = [];
  const payments: Doc[] = [];
  const monthId = (iso: string, id: string) => `${iso.slice(0, 4)}${iso.slice(5, 7)}-${kazooId(id)}`;
  const account = { id: world.accountId, name: accountName };
  for (const tx of transactions) {
    const amount = Number(tx.amount.amount);
    const created = greg(tx.createdAt);
    if (tx.kind === 'debit' && /^International calls/.test(tx.description)) continue;
    if (tx.kind === 'credit' && /top-up/i.test(tx.description)) {
      const id = monthId(tx.createdAt, `payment:${tx.id}`);
      const automatic = /^auto/i.test(tx.description);
      const executor = { trigger: automatic ? 'automatic' : 'manual', module: 'kz_services_topup' };
      if (kazooId(tx.id).charCodeAt(0) % 3 === 0) {
        // A declined attempt just before: status failed, no money moved.
        payments.push({ id: monthId(tx.createdAt, `failed:${tx.id}`), amount, status: 'failed', executor, description: tx.description, metadata: { automatic_description: true }, bookkeeper: { status: 'error', reason: 'processor_declined', message: 'Do Not Honor' }, created: created - 60 });
      }
      payments.push({ id, amount, status: 'completed', executor, description: tx.description, metadata: { automatic_description: true }, bookkeeper: { status: 'success' }, created });
      ledgers.push({
        id: monthId(tx.createdAt, `ledger:${tx.id}`),
        source: { service: 'payments', id },
        account,
        amount,
        description: tx.description,
        period: { start: created },
        metadata: { transaction: { id, created: true }, automatic_description: true },
        usage: {},
      });
      continue;
    }
    const service = tx.kind === 'debit' ? 'services' : 'adjustments';
    ledgers.push({
      id: monthId(tx.createdAt, tx.id),
      source: { service, id: tx.id },
      account,
      amount: tx.kind === 'debit' ? -amount : amount,
      description: tx.description,
      period: { start: created },
      metadata: {},
      usage: {},
    });
  }
  const newestFirst = (a: Doc, b: Doc) => ((b.created ?? (b.period as Doc).start) as number) - ((a.created ?? (a.period as Doc).start) as number);
  return { ledgers: ledgers.sort(newestFirst), payments: payments.sort(newestFirst) };
}

export function mediaRow(file: MediaFile): Doc {
  return { id: file.id, name: file.name, media_source: 'upload', language: 'en-us', is_prompt: /^IVR/.test(file.name) };
}

export function recordingRow(world: KazooWorld, r: Recording): Doc {
  const inbound = r.from.startsWith('+');
  return {
    id: r.id,
    name: `call_recording_${kazooId(r.id).slice(0, 16)}`,
    description: 'recording',
    from: `${r.from}@${world.realm}`,
    to: `${r.to}@${world.realm}`,
    caller_id_number: r.from,
    callee_id_number: r.to,
    start: greg(r.startedAt),
    duration: Math.round(r.durationSeconds),
    duration_ms: Math.round(r.durationSeconds * 1000),
    content_type: r.contentType ?? 'audio/mpeg',
    direction: inbound ? 'inbound' : 'outbound',
    media_source: 'recorded',
  };
}

const slug = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/**
 * `GET /services/summary` (`kz_services:summary/1`, 4.3): `plans` keyed by plan id, `invoices`
 * as `kz_services_invoice:public_json/1` writes them (`items` per `kz_services_item:public_json/1`:
 * category, item, name, quantity, billable, rate, total, prorate; `activation_charges`; `summary`
 * `{ today, recurring }`), all in dollars. Kazoo counts user documents, so the users item is the
 * mock's users; every other price comes from the demo plan.
 */
export function servicesSummary(world: KazooWorld, plan: ServicePlan): Doc {
  const item = (category: string, name: string, quantity: number, rate: string, key = slug(name)) => ({
    category,
    item: key,
    name,
    quantity,
    billable: quantity,
    rate: Number(rate),
    total: Number(multiplyMoney({ amount: rate, currency: 'XXX' }, quantity).amount),
    prorate: category === 'users',
  });
  const users = world.users.length;
  const items = [
    item('users', 'User', users, plan.users.unitPrice.amount, 'user'),
    item('phone_numbers', world.nanp ? 'US DID' : 'DID', plan.dids.quantity, plan.dids.unitPrice.amount, world.nanp ? 'did_us' : 'did'),
    ...(plan.otherLines ?? []).map((l) => item(/911|toll|fax/i.test(l.label) ? 'number_services' : 'ui_apps', l.label, l.quantity, l.unitPrice.amount)),
  ];
  const recurring = sumMoney(items.map((i) => ({ amount: decimalOf(i.total), currency: 'XXX' })), 'XXX');
  const [y, m] = isoOf(world.nowGregorian).split('-').map(Number) as [number, number];
  return {
    plans: { [world.plan.id]: { vendor_id: world.accountId, overrides: {} } },
    invoices: [
      {
        bookkeeper: { type: 'default' },
        plan: {},
        items,
        activation_charges: [],
        taxes: [],
        summary: { today: 0, recurring: Number(recurring.amount) },
      },
    ],
    billing_cycle: { next: greg(Date.UTC(y, m, 1)) },
  };
}

/**
 * The 402 `accept charges` body of creating one more user (`crossbar_services:dry_run/3` →
 * `crossbar_util:response_402/2`): the invoices as they would be, the users item annotated with
 * `changes` (`kz_services_items.erl`: `{ type: "modified", difference: { quantity, billable } }`).
 */
export function userDryRun(world: KazooWorld, plan: ServicePlan): Doc[] {
  const summary = servicesSummary(world, plan);
  const [invoice] = summary.invoices as Doc[];
  const items = (invoice!.items as Doc[]).map((i) => {
    if (i.category !== 'users') return i;
    const quantity = (i.quantity as number) + 1;
    const total = Number(multiplyMoney({ amount: decimalOf(i.rate as number), currency: 'XXX' }, quantity).amount);
    return { ...i, quantity, billable: quantity, total, changes: { type: 'modified', difference: { quantity: 1, billable: 1 } } };
  });
  const recurring = sumMoney(items.map((i) => ({ amount: decimalOf(i.total as number), currency: 'XXX' })), 'XXX');
  return [{ ...invoice, items, summary: { today: 0, recurring: Number(recurring.amount) } }];
}

const decimalOf = (value: number): string => (Number.isInteger(value) ? `${value}.00` : String(value));

export const isSeat = (user: MockUser): boolean => user.username.startsWith(SEAT_PREFIX);
