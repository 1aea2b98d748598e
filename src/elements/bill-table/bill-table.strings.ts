import { commonStrings } from '../../core/strings.js';
import { dateRangeStrings } from '../../shared-ui/date-range/date-range.strings.js';

const bills = (n: number) => (n === 1 ? 'bill' : 'bills');

/**
 * Default (English) text of `<bill-table>`. Override any entry through `strings`.
 * Functions receive numbers, money and dates already formatted for the locale; those that also
 * receive the raw count `n` choose a plural form with it.
 */
export const billTableStrings = {
  ...commonStrings,
  ...dateRangeStrings,
  title: 'Bills',
  tableLabel: 'Bills',
  empty: 'No bills in this period.',
  notSupported: 'This backend does not provide bills.',
  columnDate: 'Bill date',
  columnPeriod: 'Period',
  columnDue: 'Due date',
  columnAmount: 'Amount',
  columnStatus: 'Status',
  columnDocument: 'Document',
  /** The billed days, both inclusive. */
  billPeriod: (first: string, last: string) => `${first} – ${last}`,
  noDueDate: 'None',
  statusPaid: 'Paid',
  statusUnpaid: 'Unpaid',
  statusOverdue: 'Overdue',
  outstanding: 'Outstanding',
  unpaidCount: (n: number, count: string) => `${count} unpaid ${bills(n)} in this period`,
  overdueCount: (_n: number, count: string) => `${count} of them overdue`,
  allPaid: 'Every bill of this period is paid.',
  download: 'Download',
  downloadLabel: (period: string) => `Download the bill for ${period}`,
  noDocument: 'No document',
  /** The file went to the browser's downloads: whether it is saved is the browser's (and the user's) to say. */
  downloaded: (fileName: string) => `Download started: ${fileName}.`,
  downloadFailed: (period: string) => `The bill for ${period} was not downloaded:`,
  /** `month` is `YYYY-MM` of the period's last day; `account` the account's name (or the bill's id). */
  billFileName: (month: string, account: string) => `bill_${month}_${account}.pdf`,
  loadingRow: 'Loading…',
  loadingRows: (percent: string) => `Loading rows… ${percent}`,
};

export type BillTableStrings = typeof billTableStrings;
