import type { RangePreset } from '../../core/dates.js';

/** Text of the date-range field. Hosts merge it into the element's own strings table. */
export const dateRangeStrings = {
  rangeLegend: 'Date range',
  period: 'Period',
  from: 'From',
  to: 'To',
  presetCustom: 'Custom dates',
  presetThisMonth: 'This month',
  presetLastMonth: 'Last month',
  presetLast7Days: 'Last 7 days',
  presetLast30Days: 'Last 30 days',
  presetLast90Days: 'Last 90 days',
  presetLast3Months: 'Last 3 months',
  errorMalformedFrom: 'Enter a valid From date.',
  errorMalformedTo: 'Enter a valid To date.',
  errorReversed: 'From must be on or before To.',
  errorTooLong: (maxDays: number) => `Choose at most ${maxDays} days.`,
  /** The empty state's offer of the month before the range (`month` as "November 2026"). */
  showEarlierMonth: (month: string) => `Show ${month}`,
};

export type DateRangeStrings = typeof dateRangeStrings;

/** The strings entry naming each preset. */
export const PRESET_LABEL: Record<RangePreset, keyof DateRangeStrings> = {
  'this-month': 'presetThisMonth',
  'last-month': 'presetLastMonth',
  'last-7-days': 'presetLast7Days',
  'last-30-days': 'presetLast30Days',
  'last-90-days': 'presetLast90Days',
  'last-3-months': 'presetLast3Months',
};
