import { defineElement } from '../../core/define.js';
import { BillTable } from './bill-table.js';

export { BillTable };
defineElement('bill-table', BillTable);

declare global {
  interface HTMLElementTagNameMap {
    'bill-table': BillTable;
  }
}
