import type { DateRange, Page, PageQuery, Transaction } from '../../core/provider.js';
import { cursorFor, kazooPageSize, pageLimit, planWindows, startOf, type KazooContext } from './context.js';
import { fingerprint } from './cursor.js';
import { decimalFromFloat } from './decimal.js';
import type { Reader } from './json.js';
import { readPage, type ListSource } from './pager.js';

/**
 * Credits and debits from `GET /accounts/{A}/transactions?created_from&created_to`, newest first.
 *
 * Direction: a row with `type` is what its type says, and a negative amount reverses it (a
 * negative debit — a refunded charge — is a credit). A row without `type` is a charge when its
 * amount is positive and a refund (credit) when negative, as Kazoo writes refunds. Rows whose
 * `status` says no money moved (`failed`, `voided`, `declined`…) are left out. Kazoo does not
 * say the balance after each row, so `balanceAfter` is absent.
 */

const NO_MONEY_MOVED = /^(failed|voided|declined|gateway_rejected|processor_declined|settlement_declined)$/i;

export function transactionFromRow(row: Reader, currency: string): Transaction | undefined {
  if (NO_MONEY_MOVED.test(row.string('status') ?? '')) return undefined;
  const amount = row.requiredNumber('amount');
  const type = (row.string('type') ?? '').toLowerCase();
  const signed = type === 'debit' ? -amount : type === 'credit' ? amount : -amount;
  return {
    id: row.requiredString('id'),
    createdAt: row.requiredInstant('created'),
    kind: signed < 0 ? 'debit' : 'credit',
    amount: { amount: decimalFromFloat(Math.abs(amount)), currency },
    description: row.string('description') || row.string('reason')?.replaceAll('_', ' ') || 'Transaction',
  };
}

export async function listTransactions(ctx: KazooContext, q: PageQuery & { range?: DateRange }): Promise<Page<Transaction>> {
  const { signal } = q;
  const limit = pageLimit(q.limit, ctx);
  const key = fingerprint(['transactions', q.range?.from ?? null, q.range?.to ?? null]);
  const { state, position } = startOf(q, key);
  const plan = await planWindows(ctx, q.range, state, 'descending', signal);
  const fromMs = q.range ? Date.parse(q.range.from) : -Infinity;
  const toMs = q.range ? Date.parse(q.range.to) : Infinity;
  const source: ListSource<Transaction> = {
    path: `${ctx.accountPath}/transactions`,
    windows: plan.windows,
    ascending: false,
    map: (row) => {
      const tx = transactionFromRow(row, ctx.currency);
      if (!tx) return undefined;
      const t = Date.parse(tx.createdAt);
      return t >= fromMs && t < toMs ? tx : undefined;
    },
    rowId: (row) => row.string('id'),
  };
  const pageSize = kazooPageSize(limit, ctx, state);
  const page = await readPage(ctx.transport, source, position, limit, pageSize, signal);
  return { items: page.items, nextCursor: cursorFor(key, plan.anchors, pageSize, page.next) };
}
