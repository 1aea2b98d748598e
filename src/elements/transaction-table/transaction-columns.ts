import { html } from 'lit';
import { formatDateTime, type DisplaySettings } from '../../core/format.js';
import { formatMoney, negateMoney } from '../../core/money.js';
import type { Money, Transaction } from '../../core/provider.js';
import { RowFormatter } from '../../shared-ui/data-table/row-formatter.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import type { TransactionTableStrings } from './transaction-table.strings.js';

/** The amount as it moves the balance: positive for a credit, negative for a debit. */
export function signedAmount(tx: Transaction): Money {
  return tx.kind === 'debit' ? negateMoney(tx.amount) : tx.amount;
}

/** A transaction's cells as displayed (formatted once per transaction and display settings). */
interface FormattedTransaction {
  createdAt: string;
  amount: string;
  balance: string | undefined;
}

/** Formats transactions for display, caching each one's text while the settings stay the same. */
export class TransactionFormatter extends RowFormatter<Transaction, FormattedTransaction> {
  constructor() {
    super((tx, display) => ({
      createdAt: formatDateTime(tx.createdAt, display),
      // The sign is always written (+ credit, − debit), next to the Credit / Debit word.
      amount: formatMoney(signedAmount(tx), display.locale, { signDisplay: 'exceptZero' }),
      balance: tx.balanceAfter ? formatMoney(tx.balanceAfter, display.locale) : undefined,
    }));
  }
}

export interface TransactionColumnsInput {
  text: TransactionTableStrings;
  display: DisplaySettings;
  formatter: TransactionFormatter;
  /** Show the Balance after column (the provider gives balances). */
  balance: boolean;
}

/** The table's columns: date and time (row header), description, type, amount, balance after. */
export function transactionColumns(input: TransactionColumnsInput): DataTableColumn<Transaction>[] {
  const { text: t, display, formatter } = input;
  const f = (tx: Transaction) => formatter.format(tx, display);
  const columns: DataTableColumn<Transaction>[] = [
    { id: 'date', header: t.columnDate, minWidth: 13, grow: 1.2, rowHeader: true, render: (tx) => f(tx).createdAt },
    { id: 'description', header: t.columnDescription, minWidth: 14, grow: 2.4, wrap: true, render: (tx) => tx.description },
    {
      id: 'kind',
      header: t.columnKind,
      minWidth: 6,
      grow: 0.6,
      render: (tx) =>
        tx.kind === 'debit'
          ? html`<span class="kind kind-debit" part="kind kind-debit">${t.debit}</span>`
          : html`<span class="kind kind-credit" part="kind kind-credit">${t.credit}</span>`,
    },
    {
      id: 'amount',
      header: t.columnAmount,
      minWidth: 8,
      align: 'end',
      render: (tx) => html`<span class="amount ${tx.kind === 'debit' ? 'debit' : 'credit'}">${f(tx).amount}</span>`,
    },
  ];
  if (input.balance) {
    columns.push({
      id: 'balance',
      header: t.columnBalance,
      minWidth: 8,
      align: 'end',
      render: (tx) => f(tx).balance ?? html`<span aria-hidden="true">—</span><span class="visually-hidden">${t.balanceUnknown}</span>`,
    });
  }
  return columns;
}
