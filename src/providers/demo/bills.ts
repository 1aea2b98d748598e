import { addMonths, dayOf, startOfDayInstant, startOfMonth } from '../../core/dates.js';
import { addMoney } from '../../core/money.js';
import type { Bill, Money } from '../../core/provider.js';
import type { CallSpace } from './calls.js';
import { fromUnits } from './exact.js';
import { writePdf } from './pdf.js';
import { hash32 } from './random.js';

/**
 * Monthly bills: one per calendar month (account time zone) for the last `months` complete
 * months, issued at the start of the next month, due a month later. Amount = the plan's monthly
 * total + that month's international usage (rounded to cents). The latest bill is unpaid; for
 * some seeds the one before is overdue; older ones are paid. `periodEnd` is exclusive (the
 * start of the next month), like every range in the contract.
 */

export interface BillDetail {
  bill: Bill;
  issuedMs: number;
  plan: Money;
  usage: Money;
  calls: number;
  minutes: number;
}

export interface BillOptions {
  seed: number;
  nowMs: number;
  timeZone: string;
  months: number;
  monthlyTotal: Money;
  calls: CallSpace;
}

/** Newest first. */
export function generateBills(o: BillOptions): BillDetail[] {
  const thisMonth = startOfMonth(dayOf(new Date(o.nowMs), o.timeZone));
  const instant = (day: string) => startOfDayInstant(day, o.timeZone);
  const overdue = hash32(o.seed, 11) % 3 === 0;
  const out: BillDetail[] = [];
  for (let m = 1; m <= o.months; m++) {
    const start = addMonths(thisMonth, -m);
    const end = addMonths(thisMonth, -m + 1);
    const [lo, hi] = o.calls.indexRange(Date.parse(instant(start)), Date.parse(instant(end)));
    const { units, minutes } = o.calls.sums(lo, hi);
    const usage = { amount: fromUnits(Math.floor((units + 50) / 100), 2), currency: o.monthlyTotal.currency };
    const issuedAt = instant(end);
    out.push({
      bill: {
        id: `bill-${start.slice(0, 7)}`,
        issuedAt,
        periodStart: instant(start),
        periodEnd: issuedAt,
        amount: addMoney(o.monthlyTotal, usage),
        status: m === 1 ? 'unpaid' : m === 2 && overdue ? 'overdue' : 'paid',
        dueAt: instant(addMonths(end, 1)),
        hasDocument: true,
      },
      issuedMs: Date.parse(issuedAt),
      plan: o.monthlyTotal,
      usage,
      calls: hi - lo,
      minutes,
    });
  }
  return out;
}

const STATUS = { paid: 'Paid', unpaid: 'Unpaid', overdue: 'Overdue' } as const;

/** The bill as a one-page PDF. */
export function billPdf(detail: BillDetail, account: { name: string; realm: string; address?: string }, timeZone: string): Blob {
  const { bill } = detail;
  const day = (iso: string) => dayOf(iso, timeZone);
  const lastDay = new Date(Date.parse(`${day(bill.periodEnd)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const money = (m: Money) => `${m.amount} ${m.currency}`;
  const bytes = writePdf(
    [
      { text: 'Invoice', size: 22, bold: true },
      { text: account.name, size: 13, bold: true, gap: 10 },
      { text: account.realm },
      ...(account.address ? [{ text: account.address }] : []),
      { text: `Bill ${bill.id}`, gap: 14 },
      { text: `Issued: ${day(bill.issuedAt)}` },
      { text: `Period: ${day(bill.periodStart)} to ${lastDay}` },
      ...(bill.dueAt ? [{ text: `Due: ${day(bill.dueAt)}` }] : []),
      { text: `Service plan (monthly): ${money(detail.plan)}`, gap: 14 },
      { text: `International calls (${detail.calls} calls, ${detail.minutes} min): ${money(detail.usage)}` },
      { text: `Total: ${money(bill.amount)}`, size: 13, bold: true, gap: 8 },
      { text: `Status: ${STATUS[bill.status]}` },
    ],
    `${account.name} ${bill.id}`,
  );
  return new Blob([bytes], { type: 'application/pdf' });
}
