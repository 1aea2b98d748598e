/** The date-range field as a controller + template, for any element (and `<date-range-field>`). */
export { DateRangeController, DEFAULT_PRESETS, type DateRangeOptions } from './date-range-controller.js';
export { renderDateRange, dateRangeProblemText, type DateRangeTemplateOptions } from './date-range-template.js';
export { dateRangeStrings, PRESET_LABEL, type DateRangeStrings } from './date-range.strings.js';
export { dateRangeStyles } from './date-range.styles.js';
