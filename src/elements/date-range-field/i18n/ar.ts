import { commonAr } from '../../../core/i18n/ar.js';
import { dateRangeAr } from '../../../shared-ui/date-range/i18n/ar.js';
import type { DateRangeFieldStrings } from '../date-range-field.strings.js';

const ar: DateRangeFieldStrings = {
  ...commonAr,
  ...dateRangeAr,
};
export default ar;
