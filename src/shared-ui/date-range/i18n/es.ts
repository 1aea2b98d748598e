import { plural } from '../../../core/i18n/plural.js';
import type { DateRangeStrings } from '../date-range.strings.js';

/** Spanish for the date-range field; spread into each element's Spanish table. */
export const dateRangeEs: DateRangeStrings = {
  rangeLegend: 'Intervalo de fechas',
  period: 'Período',
  from: 'Desde',
  to: 'Hasta',
  presetCustom: 'Fechas personalizadas',
  presetThisMonth: 'Este mes',
  presetLastMonth: 'Mes pasado',
  presetLast7Days: 'Últimos 7 días',
  presetLast30Days: 'Últimos 30 días',
  presetLast90Days: 'Últimos 90 días',
  presetLast3Months: 'Últimos 3 meses',
  errorMalformedFrom: 'Introduzca una fecha «Desde» válida.',
  errorMalformedTo: 'Introduzca una fecha «Hasta» válida.',
  errorReversed: 'La fecha «Desde» debe ser igual o anterior a la fecha «Hasta».',
  errorTooLong: (maxDays: number) =>
    plural(maxDays, 'es', {
      one: `Elija un intervalo de ${maxDays} día como máximo.`,
      other: `Elija un intervalo de ${maxDays} días como máximo.`,
    }),
  showEarlierMonth: (month: string) => `Mostrar ${month}`,
};
