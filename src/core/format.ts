/**
 * `Intl` formatting in an element's locale and display time zone. Formatters are cached:
 * building an `Intl.DateTimeFormat` costs far more than using one, and tables format
 * thousands of cells.
 */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export interface DisplaySettings {
  /** BCP 47 tag, or undefined for the browser's. */
  locale?: string | undefined;
  /** IANA time zone. */
  timeZone: string;
}

function dateTimeFormat(s: DisplaySettings, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `dt|${s.locale ?? ''}|${s.timeZone}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.DateTimeFormat(s.locale, { ...options, timeZone: s.timeZone }));
}

/** A date and time, e.g. "Nov 27, 2026, 2:05:33 PM". */
export function formatDateTime(instant: string, s: DisplaySettings): string {
  return dateTimeFormat(s, { dateStyle: 'medium', timeStyle: 'medium' }).format(Date.parse(instant));
}

/** A date, e.g. "Nov 27, 2026". */
export function formatDate(instant: string, s: DisplaySettings): string {
  return dateTimeFormat(s, { dateStyle: 'medium' }).format(Date.parse(instant));
}

/** A calendar month, e.g. "November 2026", from any day in it (`YYYY-MM-DD`). */
export function formatMonth(day: string, locale?: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, 15);
  return dateTimeFormat({ locale, timeZone: 'UTC' }, { month: 'long', year: 'numeric' }).format(at);
}

/** A whole number, grouped for the locale. */
export function formatNumber(value: number, locale?: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** A duration in seconds as `h:mm:ss` / `m:ss`, digits in the locale's numbering system. */
export function formatDuration(totalSeconds: number, locale?: string): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => formatNumber(n, locale, { minimumIntegerDigits: 2, useGrouping: false });
  return h > 0 ? `${formatNumber(h, locale)}:${two(m)}:${two(sec)}` : `${formatNumber(m, locale)}:${two(sec)}`;
}

/** A byte count with a unit, e.g. "1.2 MB". */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return formatNumber(value, locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 });
}

/** The country's name in the locale, from its ISO 3166-1 alpha-2 code. */
export function formatCountry(code: string, locale?: string): string {
  try {
    const names = cached(`region|${locale ?? ''}`, () => new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }));
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** `YYYY-MM-DD HH:MM:SS` in `timeZone` (24-hour): sortable and read by every spreadsheet. */
export function localDateTime(instant: string, timeZone: string): string {
  const format = cached(
    `local|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
  );
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(Date.parse(instant))) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return `${year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
