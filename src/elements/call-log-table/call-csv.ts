import { formatCountry } from '../../core/format.js';
import type { CallRecord } from '../../core/provider.js';
import type { CsvColumn } from '../../shared-ui/csv.js';
import type { CallLogTableStrings } from './call-log-table.strings.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD HH:MM:SS` in `timeZone` (24-hour): sortable and read by every spreadsheet. */
export function localDateTime(instant: string, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(Date.parse(instant))) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return `${year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

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
