import { defineElement } from '../../core/define.js';
import { TransactionTable } from './transaction-table.js';

export { TransactionTable };
defineElement('transaction-table', TransactionTable);

declare global {
  interface HTMLElementTagNameMap {
    'transaction-table': TransactionTable;
  }
}
