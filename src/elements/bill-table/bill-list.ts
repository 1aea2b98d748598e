import type { DayRange } from '../../core/dates.js';
import { ProviderError } from '../../core/errors.js';
import { addMoney } from '../../core/money.js';
import type { AccountDataProvider, Bill, DateRange, Money, Page } from '../../core/provider.js';
import type { PageRequest } from '../../shared-ui/data-table/row-source.js';

/** The range the bills on screen answer. */
export interface BillQuery {
  days: DayRange;
  zone: string;
  range: DateRange;
}

/** A page of the bills table: rows served from every bill of the range, read once. */
export interface BillPage extends Page<Bill> {
  /** Every bill of the range, in the provider's order. */
  bills: readonly Bill[];
}

/**
 * Reads every bill of `query` (bills are few: a dozen a year), page after page of `limit`, so the
 * outstanding sum covers the whole range. A cursor that does not advance is an error, not a loop.
 */
export async function loadBills(provider: AccountDataProvider, query: BillQuery, limit: number, signal: AbortSignal): Promise<Bill[]> {
  if (!provider.listBills) throw new ProviderError('unknown', 'The provider does not list bills.');
  const bills: Bill[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await provider.listBills({ range: query.range, cursor, limit, signal });
    if (!page || !Array.isArray(page.items)) throw new ProviderError('unknown', 'The provider returned a malformed page.');
    bills.push(...page.items);
    if (page.nextCursor === null || page.nextCursor === undefined) return bills;
    if (page.nextCursor === cursor) throw new ProviderError('unknown', 'The provider returned the same cursor twice.');
    cursor = page.nextCursor;
  }
}

/** The bills each query read last (the table's later pages are served from them). */
const read = new WeakMap<BillQuery, readonly Bill[]>();

/**
 * A page of the table's rows: the first one reads every bill of the range (again, on a reload),
 * the next ones are served from memory.
 */
export async function billPage(provider: AccountDataProvider, query: BillQuery, request: PageRequest, limit: number): Promise<BillPage> {
  let bills = request.cursor === null ? undefined : read.get(query);
  if (!bills) {
    bills = await loadBills(provider, query, limit, request.signal);
    read.set(query, bills);
  }
  const start = request.cursor === null ? 0 : Number(request.cursor);
  const end = Math.min(bills.length, start + request.limit);
  return { items: bills.slice(start, end), nextCursor: end < bills.length ? String(end) : null, total: bills.length, bills };
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
