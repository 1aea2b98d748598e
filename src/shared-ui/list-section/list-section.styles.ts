import { dataTableStyles } from '../data-table/data-table.styles.js';
import { dateRangeStyles } from '../date-range/date-range.styles.js';
import { baseStyles } from '../styles.js';
import { zoneNoticeStyles } from '../zone-notice.js';

/**
 * The styles of a section with a date range and a table: the base sheet, the range field, the
 * table and the stand-in zone notice. The section's own (toolbar, totals, its element sheet) follow.
 */
export const rangeSectionStyles = [...baseStyles, dateRangeStyles, dataTableStyles, zoneNoticeStyles];
