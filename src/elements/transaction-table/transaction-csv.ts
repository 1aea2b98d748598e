import type { Transaction } from '../../core/provider.js';
import type { CsvColumn } from '../../shared-ui/csv.js';
// The call log's spreadsheet date format, so both exports read the same (see the lead's note).
import { localDateTime } from '../../core/format.js';
import { signedAmount } from './transaction-columns.js';
import type { TransactionTableStrings } from './transaction-table.strings.js';

/**
 * The export's columns: machine-friendly values — local date and time with its zone named, the
 * signed exact amount (a debit is negative, so a spreadsheet can sum the column), the balance —
 * under headers from the strings table. The type is the localized word.
 */
export function transactionCsvColumns(t: TransactionTableStrings, timeZone: string): CsvColumn<Transaction>[] {
  return [
    { header: t.csvDateTime, value: (tx) => localDateTime(tx.createdAt, timeZone) },
    { header: t.csvTimeZone, value: () => timeZone },
    { header: t.csvDescription, value: (tx) => tx.description },
    { header: t.csvKind, value: (tx) => (tx.kind === 'debit' ? t.debit : t.credit) },
    { header: t.csvAmount, value: (tx) => signedAmount(tx).amount },
    { header: t.csvCurrency, value: (tx) => tx.amount.currency },
    { header: t.csvBalanceAfter, value: (tx) => tx.balanceAfter?.amount },
    { header: t.csvId, value: (tx) => tx.id },
  ];
}
