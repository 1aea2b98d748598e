import { commonDe } from '../../../core/i18n/de.js';
import { dateRangeDe } from '../../../shared-ui/date-range/i18n/de.js';
import type { DateRangeFieldStrings } from '../date-range-field.strings.js';

const de: DateRangeFieldStrings = {
  ...commonDe,
  ...dateRangeDe,
};
export default de;
