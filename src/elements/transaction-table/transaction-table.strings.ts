import { commonStrings } from '../../core/strings.js';
import { dateRangeStrings } from '../../shared-ui/date-range/date-range.strings.js';

const transactions = (n: number) => (n === 1 ? 'transaction' : 'transactions');

/**
 * Default (English) text of `<transaction-table>`. Override any entry through `strings`.
 * Functions receive numbers and money already formatted for the locale; those that also receive
 * the raw count `n` choose a plural form with it.
 */
export const transactionTableStrings = {
  ...commonStrings,
  ...dateRangeStrings,
  title: 'Transactions',
  tableLabel: 'Transactions',
  empty: 'No transactions in this period.',
  columnDate: 'Date and time',
  columnDescription: 'Description',
  columnKind: 'Type',
  columnAmount: 'Amount',
  columnBalance: 'Balance after',
  credit: 'Credit',
  debit: 'Debit',
  balanceUnknown: 'Not known',
  loadingRow: 'Loading…',
  loadingRows: (percent: string) => `Loading rows… ${percent}`,
  totalCredits: 'Total credits',
  totalDebits: 'Total debits',
  netChange: 'Net change',
  transactionCount: (n: number, count: string) => `${count} ${transactions(n)}`,
  calculating: (n: number, done: string) => `Calculating totals… ${done} ${transactions(n)} so far.`,
  calculatingOf: (n: number, done: string, total: string) => `Calculating totals… ${done} of ${total} ${transactions(n)}.`,
  totalsPaused: (n: number, total: string) => `The totals need all ${total} ${transactions(n)} of the period.`,
  calculateTotals: 'Calculate totals',
  totalsFailed: 'The totals could not be calculated:',
  exportCsv: 'Export CSV',
  cancelExport: 'Cancel export',
  exportProgressLabel: 'Export progress',
  exporting: (n: number, done: string, total: string) => `Exporting ${done} of ${total} ${transactions(n)}…`,
  exportingCount: (n: number, done: string) => `Exporting… ${done} ${transactions(n)} so far`,
  exportDone: (n: number, rows: string, fileName: string) => `Exported ${rows} ${transactions(n)} to ${fileName}.`,
  exportCancelled: 'Export cancelled.',
  exportFailed: 'The export failed:',
  exportFileName: (from: string, to: string) => `transactions_${from}_${to}.csv`,
  csvDateTime: 'Date and time',
  csvTimeZone: 'Time zone',
  csvDescription: 'Description',
  csvKind: 'Type',
  csvAmount: 'Amount',
  csvCurrency: 'Currency',
  csvBalanceAfter: 'Balance after',
  csvId: 'Transaction ID',
};

export type TransactionTableStrings = typeof transactionTableStrings;
