import type { DayRange } from '../../core/dates.js';
import { ProviderError } from '../../core/errors.js';
import { addMoney } from '../../core/money.js';
import type { AccountDataProvider, Bill, DateRange, Money } from '../../core/provider.js';
import { RowSource } from '../../shared-ui/data-table/row-source.js';

/** The range the bills on screen answer. */
export interface BillQuery {
  days: DayRange;
  zone: string;
  range: DateRange;
}

/** Every bill of a range, in the provider's order. */
export interface BillList {
  query: BillQuery;
  bills: Bill[];
}

/**
 * Reads every bill of `query` (bills are few: a dozen a year), page after page of `limit`, so the
 * outstanding sum covers the whole range. A cursor that does not advance is an error, not a loop.
 */
export async function loadBills(provider: AccountDataProvider, query: BillQuery, limit: number, signal: AbortSignal): Promise<BillList> {
  if (!provider.listBills) throw new ProviderError('unknown', 'The provider does not list bills.');
  const bills: Bill[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await provider.listBills({ range: query.range, cursor, limit, signal });
    if (!page || !Array.isArray(page.items)) throw new ProviderError('unknown', 'The provider returned a malformed page.');
    bills.push(...page.items);
    if (page.nextCursor === null || page.nextCursor === undefined) return { query, bills };
    if (page.nextCursor === cursor) throw new ProviderError('unknown', 'The provider returned the same cursor twice.');
    cursor = page.nextCursor;
  }
}

/** What is still to pay: the sum of unpaid and overdue bills (one amount per currency). */
export interface Outstanding {
  amounts: Money[];
  /** Unpaid bills, overdue ones included. */
  unpaid: number;
  overdue: number;
}

export function outstandingOf(bills: readonly Bill[]): Outstanding {
  const owed = new Map<string, Money>();
  let unpaid = 0;
  let overdue = 0;
  for (const bill of bills) {
    if (bill.status !== 'unpaid' && bill.status !== 'overdue') continue;
    unpaid += 1;
    if (bill.status === 'overdue') overdue += 1;
    const { currency } = bill.amount;
    owed.set(currency, addMoney(owed.get(currency) ?? { amount: '0', currency }, bill.amount));
  }
  // Nothing owed: zero, in the bills' currency.
  const first = bills[0];
  if (owed.size === 0 && first) owed.set(first.amount.currency, { amount: '0', currency: first.amount.currency });
  return { amounts: [...owed.values()], unpaid, overdue };
}

/** The loaded bills as rows of the shared table (pages served from memory). */
export function billSource(bills: readonly Bill[], pageSize: number): RowSource<Bill> {
  return new RowSource<Bill>({
    pageSize,
    fetchPage: async ({ cursor, limit }) => {
      const start = cursor === null ? 0 : Number(cursor);
      const end = Math.min(bills.length, start + limit);
      return { items: bills.slice(start, end), nextCursor: end < bills.length ? String(end) : null, total: bills.length };
    },
  });
}
