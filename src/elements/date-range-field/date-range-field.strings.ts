import { commonStrings } from '../../core/strings.js';
import { dateRangeStrings } from '../../shared-ui/date-range/date-range.strings.js';

/** Default (English) text of `<date-range-field>`. Override any entry through `strings`. */
export const dateRangeFieldStrings = {
  ...commonStrings,
  ...dateRangeStrings,
};

export type DateRangeFieldStrings = typeof dateRangeFieldStrings;
