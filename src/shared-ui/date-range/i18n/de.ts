import { plural } from '../../../core/i18n/plural.js';
import type { DateRangeStrings } from '../date-range.strings.js';

/** German for the date-range field; spread into each element's German table. */
export const dateRangeDe: DateRangeStrings = {
  rangeLegend: 'Datumsbereich',
  period: 'Zeitraum',
  from: 'Von',
  to: 'Bis',
  presetCustom: 'Benutzerdefiniert',
  presetThisMonth: 'Dieser Monat',
  presetLastMonth: 'Letzter Monat',
  presetLast7Days: 'Letzte 7 Tage',
  presetLast30Days: 'Letzte 30 Tage',
  presetLast90Days: 'Letzte 90 Tage',
  presetLast3Months: 'Letzte 3 Monate',
  errorMalformedFrom: 'Geben Sie unter „Von“ ein gültiges Datum ein.',
  errorMalformedTo: 'Geben Sie unter „Bis“ ein gültiges Datum ein.',
  errorReversed: '„Von“ darf nicht nach „Bis“ liegen.',
  errorTooLong: (maxDays: number) =>
    plural(maxDays, 'de', {
      one: 'Der Zeitraum darf höchstens einen Tag umfassen.',
      other: `Der Zeitraum darf höchstens ${maxDays} Tage umfassen.`,
    }),
  showEarlierMonth: (month: string) => `${month} anzeigen`,
};
