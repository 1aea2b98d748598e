import { isProviderError, throwIfAborted } from '../../core/errors.js';
import type { DateRange, Page, PageQuery, Transaction } from '../../core/provider.js';
import { cursorFor, kazooPageSize, pageLimit, planWindows, startOf, type KazooContext } from './context.js';
import { fingerprint } from './cursor.js';
import { decimalFromFloat } from './decimal.js';
import { isObject, nextStartKey } from './envelope.js';
import type { GregorianRange } from './gregorian.js';
import { rows, type Reader } from './json.js';
import { path } from './transport.js';

/**
 * "All credits and debits" of a Kazoo account, newest first, behind one cursor. Kazoo keeps them
 * in two places:
 *
 * - **Ledgers** (`GET /accounts/{A}/ledgers/{source}`, one list per source service,
 *   `cb_ledgers.erl`, view `ledgers/list_by_source`): usage and charges as debits
 *   (`per-minute-voip` written by jonny5, `services` or any source a billing system writes
 *   through `PUT /ledgers/debit`) and manual credits (`PUT /ledgers/credit`). Rows are
 *   `kz_ledger:public_json/1`: `amount` in dollars, negative for a debit; the time is
 *   `period.start`. Which sources have rows in a window is what `GET /accounts/{A}/ledgers`
 *   (the summary, keyed by source) says. `rollovers` (the month's balance carried forward,
 *   `kz_ledgers.erl`) moves no money and is left out; so is a `payments` ledger credit that a
 *   top-up wrote for a payment (`metadata.transaction.id`, `kz_services_topup.erl`), which is
 *   listed once, as the payment.
 * - **Payments** (`GET /accounts/{A}/transactions`, `cb_transactions.erl`, view
 *   `transactions/list_by_timestamp`, Kazoo 4.3+): `{ id, amount, status, executor, description,
 *   metadata, bookkeeper, created }` — a positive amount is money paid in (a credit), a refund is
 *   negative (money paid back: a debit); `pending` and `failed` moved no money and are left
 *   out. Kazoo ≤ 4.2 rows (`{ id, amount, type: credit | debit, reason, description, created }`)
 *   are read by their `type`, a negative amount reversing it.
 *
 * The lists are merged by time within each window of the range (Kazoo's date filters span at
 * most 31 days); the cursor holds the window and, per list, Kazoo's `start_key` and how many rows
 * of that page were already taken. Kazoo does not say the balance after each row.
 */

const NO_MONEY_MOVED = /^(pending|failed|voided|declined|gateway_rejected|processor_declined|settlement_declined)$/i;
const SKIPPED_SOURCES = new Set(['rollovers']);
const PAYMENTS = 'tx';

const titleCase = (text: string): string => {
  const spaced = text.replaceAll(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

function entry(
  row: Reader,
  createdKey: 'created' | 'period',
  signed: number,
  currency: string,
  description: string,
  minScale = 2,
): Transaction | undefined {
  if (signed === 0) return undefined;
  const createdAt =
    createdKey === 'created' ? row.requiredInstant('created') : (row.object('period')?.instant('start') ?? row.requiredInstant('created'));
  return {
    id: row.requiredString('id'),
    createdAt,
    kind: signed < 0 ? 'debit' : 'credit',
    amount: { amount: decimalFromFloat(Math.abs(signed), minScale), currency },
    description,
  };
}

/** A row of `GET /transactions` (4.3+ payment, or ≤ 4.2 credit/debit) as a transaction; `undefined` when it moved no money. */
export function transactionFromRow(row: Reader, currency: string): Transaction | undefined {
  const status = row.string('status') ?? '';
  if (NO_MONEY_MOVED.test(status)) return undefined;
  const amount = row.requiredNumber('amount');
  const type = (row.string('type') ?? '').toLowerCase();
  let signed: number;
  if (type === 'debit' || type === 'credit') {
    // Kazoo ≤ 4.2: the type says the direction; a negative amount reverses it.
    signed = type === 'debit' ? -amount : amount;
  } else {
    // Kazoo 4.3+: a bookkeeper payment. Only a completed one moved money; paid in is positive, a refund negative.
    if (status !== '' && status.toLowerCase() !== 'completed') return undefined;
    signed = amount;
  }
  const description = row.string('description') || row.string('reason')?.replaceAll('_', ' ') || (signed < 0 ? 'Refund' : 'Payment');
  return entry(row, 'created', signed, currency, description);
}

/** A ledger row (`kz_ledger:public_json/1`: a debit's amount is negative) as a transaction; `undefined` for what the list leaves out. */
export function transactionFromLedger(row: Reader, currency: string): Transaction | undefined {
  const source = row.object('source')?.string('service') ?? '';
  if (SKIPPED_SOURCES.has(source)) return undefined;
  // A top-up's ledger credit mirrors a payment listed from /transactions.
  const paid = row.object('metadata')?.object('transaction')?.string('id');
  if (paid) return undefined;
  const description = row.string('description') || (source ? titleCase(source) : 'Ledger entry');
  // Per-minute amounts carry four decimals, as in the call log.
  return entry(row, 'period', row.requiredNumber('amount'), currency, description, source === 'per-minute-voip' ? 4 : 2);
}

/** One list being merged: payments, or the ledger of one source. */
interface Stream {
  name: string;
  path: string;
  /** Kazoo's `start_key` of the page being read (`null`: the first). */
  k: string | null;
  /** Rows of that page already taken. */
  o: number;
  done: boolean;
  /** The rest of the loaded page, and the key of the next one. */
  rows?: Reader[];
  next?: string | null;
}

/** Per list in the cursor: `[name, start_key, taken]`, or `[name]` when the list is exhausted in this window. */
type PackedStream = [string, (string | null)?, number?];

function pack(streams: Stream[]): PackedStream[] {
  return streams.map((s) => (s.done ? [s.name] : [s.name, s.k, s.o]));
}

function unpack(ctx: KazooContext, x: unknown): Stream[] | undefined {
  if (!Array.isArray(x) || x.length === 0) return undefined;
  const out: Stream[] = [];
  for (const item of x) {
    if (!Array.isArray(item) || typeof item[0] !== 'string') return undefined;
    const [name, k = null, o = 0] = item as PackedStream;
    if (!(k === null || typeof k === 'string') || typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0) return undefined;
    out.push({ ...streamOf(ctx, name), k, o, done: item.length === 1 });
  }
  return out;
}

function streamOf(ctx: KazooContext, name: string): Stream {
  const where = name === PAYMENTS ? `${ctx.accountPath}/transactions` : `${ctx.accountPath}${path`/ledgers/${name}`}`;
  return { name, path: where, k: null, o: 0, done: false };
}

/** The lists of a window: payments, and every ledger source with rows in it (the ledger summary's keys). */
async function discover(ctx: KazooContext, window: GregorianRange, signal?: AbortSignal): Promise<Stream[]> {
  const streams = [streamOf(ctx, PAYMENTS)];
  try {
    const envelope = await ctx.transport.json({
      method: 'GET',
      path: `${ctx.accountPath}/ledgers`,
      query: { created_from: window.from, created_to: window.to },
      signal,
    });
    const sources = isObject(envelope.data) ? Object.keys(envelope.data).filter((s) => s !== '' && !SKIPPED_SOURCES.has(s)) : [];
    for (const source of sources.sort()) streams.push(streamOf(ctx, source));
  } catch (error) {
    // No ledgers on this server (or not for this user): the payments alone.
    if (!(isProviderError(error) && (error.code === 'not-found' || error.code === 'forbidden'))) throw error;
  }
  return streams;
}

async function load(ctx: KazooContext, stream: Stream, window: GregorianRange, pageSize: number, signal?: AbortSignal): Promise<void> {
  const envelope = await ctx.transport.json({
    method: 'GET',
    path: stream.path,
    query: { created_from: window.from, created_to: window.to, page_size: pageSize, start_key: stream.k },
    signal,
  });
  const next = nextStartKey(envelope);
  stream.rows = rows(envelope.data, `GET ${stream.path}`).slice(stream.o);
  // A server that hands back the key it was given would page forever: treat it as the end.
  stream.next = next === stream.k ? null : next;
}

/** Loads pages until every list not exhausted has a row at hand. */
async function fill(ctx: KazooContext, streams: Stream[], window: GregorianRange, pageSize: number, signal?: AbortSignal): Promise<void> {
  for (;;) {
    throwIfAborted(signal);
    for (const s of streams) {
      if (s.done || s.rows === undefined || s.rows.length > 0) continue;
      if (s.next) {
        s.k = s.next;
        s.o = 0;
        s.rows = undefined;
      } else s.done = true;
    }
    const pending = streams.filter((s) => !s.done && s.rows === undefined);
    if (pending.length === 0) return;
    await Promise.all(pending.map((s) => load(ctx, s, window, pageSize, signal)));
  }
}

const timeOf = (stream: Stream, row: Reader): number => {
  const value = stream.name === PAYMENTS ? row.value.created : isObject(row.value.period) ? row.value.period.start : row.value.created;
  return typeof value === 'number' ? value : -Infinity;
};

export async function listTransactions(ctx: KazooContext, q: PageQuery & { range?: DateRange }): Promise<Page<Transaction>> {
  const { signal } = q;
  const limit = pageLimit(q.limit, ctx);
  const key = fingerprint(['transactions', 2, q.range?.from ?? null, q.range?.to ?? null]);
  const { state, position } = startOf(q, key);
  const plan = await planWindows(ctx, q.range, state, 'descending', signal);
  const fromMs = q.range ? Date.parse(q.range.from) : -Infinity;
  const toMs = q.range ? Date.parse(q.range.to) : Infinity;
  const pageSize = kazooPageSize(limit, ctx, state);
  const items: Transaction[] = [];
  let resumed = state ? unpack(ctx, state.x) : undefined;
  for (let w = position.w; w < plan.windows.length; w++) {
    const window = plan.windows[w]!;
    const streams = resumed ?? (await discover(ctx, window, signal));
    resumed = undefined;
    for (;;) {
      await fill(ctx, streams, window, pageSize, signal);
      // The newest row at hand of all the lists (ties: in the lists' order).
      let best: Stream | undefined;
      for (const s of streams) {
        if (s.done || !s.rows?.length) continue;
        if (!best || timeOf(s, s.rows[0]!) > timeOf(best, best.rows![0]!)) best = s;
      }
      if (!best) break;
      const row = best.rows!.shift()!;
      best.o++;
      const tx = best.name === PAYMENTS ? transactionFromRow(row, ctx.currency) : transactionFromLedger(row, ctx.currency);
      if (!tx) continue;
      const t = Date.parse(tx.createdAt);
      if (t < fromMs || t >= toMs) continue;
      items.push(tx);
      if (items.length < limit) continue;
      // Full: resume here — unless nothing is left in this window (then at the next one, if any).
      const left = streams.some((s) => !s.done && ((s.rows?.length ?? 0) > 0 || !!s.next || s.rows === undefined));
      if (left) return { items, nextCursor: cursorFor(key, plan.anchors, pageSize, { w, k: null, o: 0, id: null }, pack(streams)) };
      const nextCursor = w + 1 < plan.windows.length ? cursorFor(key, plan.anchors, pageSize, { w: w + 1, k: null, o: 0, id: null }) : null;
      return { items, nextCursor };
    }
  }
  return { items, nextCursor: null };
}
