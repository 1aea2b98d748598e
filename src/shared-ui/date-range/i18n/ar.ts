import { plural } from '../../../core/i18n/plural.js';
import type { DateRangeStrings } from '../date-range.strings.js';

/** "n days" after a preposition (genitive), by the Arabic plural rules. */
const days = (n: number) =>
  plural(n, 'ar', { zero: `${n} يوم`, one: 'يوم واحد', two: 'يومين', few: `${n} أيام`, many: `${n} يومًا`, other: `${n} يوم` });

/** Arabic for the date-range field; spread into each element's Arabic table. */
export const dateRangeAr: DateRangeStrings = {
  rangeLegend: 'نطاق التاريخ',
  period: 'الفترة',
  from: 'من',
  to: 'إلى',
  presetCustom: 'تواريخ مخصّصة',
  presetThisMonth: 'هذا الشهر',
  presetLastMonth: 'الشهر الماضي',
  presetLast7Days: 'آخر 7 أيام',
  presetLast30Days: 'آخر 30 يومًا',
  presetLast90Days: 'آخر 90 يومًا',
  presetLast3Months: 'آخر 3 أشهر',
  errorMalformedFrom: 'أدخل تاريخًا صالحًا في حقل «من».',
  errorMalformedTo: 'أدخل تاريخًا صالحًا في حقل «إلى».',
  errorReversed: 'يجب ألا يكون تاريخ «من» بعد تاريخ «إلى».',
  errorTooLong: (maxDays: number) => `اختر فترة لا تزيد على ${days(maxDays)}.`,
  showEarlierMonth: (month: string) => `عرض ${month}`,
};
