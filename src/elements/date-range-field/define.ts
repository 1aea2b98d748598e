import { defineElement } from '../../core/define.js';
import { DateRangeField } from './date-range-field.js';

export { DateRangeField };
defineElement('date-range-field', DateRangeField);

declare global {
  interface HTMLElementTagNameMap {
    'date-range-field': DateRangeField;
  }
}
