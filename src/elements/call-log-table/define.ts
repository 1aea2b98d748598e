import { defineElement } from '../../core/define.js';
import { CallLogTable } from './call-log-table.js';

export { CallLogTable };
defineElement('call-log-table', CallLogTable);

declare global {
  interface HTMLElementTagNameMap {
    'call-log-table': CallLogTable;
  }
}
