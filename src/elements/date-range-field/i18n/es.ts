import { commonEs } from '../../../core/i18n/es.js';
import { dateRangeEs } from '../../../shared-ui/date-range/i18n/es.js';
import type { DateRangeFieldStrings } from '../date-range-field.strings.js';

const es: DateRangeFieldStrings = {
  ...commonEs,
  ...dateRangeEs,
};
export default es;
