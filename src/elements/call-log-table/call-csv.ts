import { formatCountry, localDateTime } from '../../core/format.js';
import type { CallRecord } from '../../core/provider.js';
import type { CsvColumn } from '../../shared-ui/csv.js';
import type { CallLogTableStrings } from './call-log-table.strings.js';

/**
 * The export's columns: machine-friendly values (exact decimal amounts, seconds, local date and
 * time with its zone named) under headers from the strings table.
 */
export function callCsvColumns(t: CallLogTableStrings, timeZone: string, locale: string | undefined): CsvColumn<CallRecord>[] {
  return [
    { header: t.csvDateTime, value: (c) => localDateTime(c.startedAt, timeZone) },
    { header: t.csvTimeZone, value: () => timeZone },
    { header: t.csvFrom, value: (c) => c.from },
    { header: t.csvTo, value: (c) => c.to },
    { header: t.csvDestination, value: (c) => (c.countryCode ? formatCountry(c.countryCode, locale) : c.destination) },
    { header: t.csvCountryCode, value: (c) => c.countryCode },
    { header: t.csvDurationSeconds, value: (c) => c.durationSeconds },
    { header: t.csvRatePerMinute, value: (c) => c.ratePerMinute.amount },
    { header: t.csvCharge, value: (c) => c.charge.amount },
    { header: t.csvCurrency, value: (c) => c.charge.currency },
  ];
}
