import { html } from 'lit';
import { addDays, dayOf, startOfDayInstant, type Day } from '../../core/dates.js';
import { formatDate, type DisplaySettings } from '../../core/format.js';
import { formatMoney } from '../../core/money.js';
import type { Bill, BillStatus } from '../../core/provider.js';
import { RowFormatter } from '../../shared-ui/data-table/row-formatter.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import type { BillTableStrings } from './bill-table.strings.js';

/**
 * The billed calendar days in `zone`, both inclusive: from the day `periodStart` falls on to the
 * day before the one `periodEnd` falls on (`periodEnd` is exclusive). A period keeps its number
 * of days in any zone less than a day away from the one it was billed in.
 */
export function billedDays(bill: Bill, zone: string): { first: Day; last: Day } {
  const first = dayOf(bill.periodStart, zone);
  const last = addDays(dayOf(bill.periodEnd, zone), -1);
  return { first, last: last < first ? first : last };
}

const STATUS_TEXT: Record<BillStatus, keyof BillTableStrings> = { paid: 'statusPaid', unpaid: 'statusUnpaid', overdue: 'statusOverdue' };

function isBillStatus(status: string): status is BillStatus {
  return Object.hasOwn(STATUS_TEXT, status);
}

/** The status as a word (a status the contract does not know is shown as the provider sent it). */
export function statusText(status: string, t: BillTableStrings): string {
  return isBillStatus(status) ? (t[STATUS_TEXT[status]] as string) : String(status);
}

/** A bill's cells as displayed. */
interface FormattedBill {
  issued: string;
  period: string;
  due: string | undefined;
  amount: string;
}

/** Formats bills for display, caching each one's text while the settings and text stay the same. */
export class BillFormatter extends RowFormatter<Bill, FormattedBill, BillTableStrings> {
  constructor() {
    super((bill, display, t) => {
      const day = (d: Day) => formatDate(startOfDayInstant(d, display.timeZone), display);
      const { first, last } = billedDays(bill, display.timeZone);
      return {
        issued: formatDate(bill.issuedAt, display),
        period: t.billPeriod(day(first), day(last)),
        due: bill.dueAt ? formatDate(bill.dueAt, display) : undefined,
        amount: formatMoney(bill.amount, display.locale),
      };
    });
  }
}

export interface BillColumnsInput {
  text: BillTableStrings;
  display: DisplaySettings;
  formatter: BillFormatter;
  /** Renders the Download control; omitted when the provider has no `getBillDocument`. */
  download?: (bill: Bill, period: string, tabIndex: 0 | -1) => unknown;
}

/** The table's columns: bill date (row header), period, due date, amount, status, Download. */
export function billColumns(input: BillColumnsInput): DataTableColumn<Bill>[] {
  const { text: t, display, formatter } = input;
  const f = (bill: Bill) => formatter.format(bill, display, t);
  const columns: DataTableColumn<Bill>[] = [
    { id: 'date', header: t.columnDate, minWidth: 9, rowHeader: true, render: (b) => f(b).issued },
    { id: 'period', header: t.columnPeriod, minWidth: 14, grow: 1.6, render: (b) => f(b).period },
    { id: 'due', header: t.columnDue, minWidth: 9, render: (b) => f(b).due ?? t.noDueDate },
    { id: 'amount', header: t.columnAmount, minWidth: 8, align: 'end', render: (b) => f(b).amount },
    {
      id: 'status',
      header: t.columnStatus,
      minWidth: 7,
      grow: 0.8,
      render: (b) =>
        isBillStatus(b.status)
          ? html`<span class="status status-${b.status}" part="status status-${b.status}">${statusText(b.status, t)}</span>`
          : html`<span class="status" part="status">${statusText(b.status, t)}</span>`,
    },
  ];
  const download = input.download;
  if (download) {
    columns.push({
      id: 'document',
      header: t.columnDocument,
      minWidth: 8,
      grow: 0.7,
      control: true,
      render: (b, ctx) => download(b, f(b).period, ctx.tabIndex),
    });
  }
  return columns;
}
