/**
 * CSV writing (RFC 4180) that is safe to open in a spreadsheet.
 *
 * - Fields are separated by `,` and records end with CRLF. A field containing `"`, `,`, CR or LF
 *   is wrapped in double quotes, with inner quotes doubled (RFC 4180 §2.5–2.7).
 * - CSV injection (OWASP): a text cell beginning with `=`, `+`, `-`, `@`, tab or carriage return
 *   would be run as a formula by Excel, LibreOffice or Google Sheets. Such cells get a leading
 *   single quote (`'`), OWASP's recommended neutralisation. A phone number stays readable:
 *   `+442071234567` is written `'+442071234567`, which a spreadsheet shows as text.
 * - Numbers are never formulas: a JavaScript `number`/`bigint`, and a text cell that is exactly a
 *   plain decimal (`-3.20`, `0.0125`), are written as they are so they stay numeric.
 *
 * Pure functions only; see `download.ts` to save the result.
 */

/** A value a column produces for one row. `null`/`undefined` write an empty field. */
export type CsvValue = string | number | bigint | boolean | null | undefined;

/** One column: its header text and how to read the cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** The record separator RFC 4180 prescribes. */
export const CSV_EOL = '\r\n';

/**
 * A UTF-8 byte-order mark. Put it first in a file meant for Excel, which otherwise reads UTF-8
 * as the system code page (country names such as "Côte d'Ivoire" would be garbled).
 */
export const CSV_BOM = '\uFEFF';

/**
 * The starts that make a spreadsheet evaluate a cell (OWASP CSV injection): `=`, `+`, `-`, `@`
 * and their full-width forms `＝＋－＠` (which spreadsheets read as the same), also after blanks
 * (spreadsheets trim them); and a cell starting with tab, CR or LF.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Makes a text cell inert for spreadsheets: prefixes `'` when it begins with `=`, `+`, `-`, `@`
 * (or `＝＋－＠`, also after blanks), tab, CR or LF. Plain decimals (`-3.20`) are left alone — they are numbers, not formulas.
 */
export function neutralizeCell(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_DECIMAL.test(text)) return text;
  return `'${text}`;
}

/** RFC 4180 quoting of one field (no neutralisation). */
export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One value → one safe, quoted field. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return quoteCell(neutralizeCell(value));
}

/** One record, CRLF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CSV_EOL;
}

/** The header record of `columns`. */
export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return csvLine(columns.map((c) => c.header));
}

/** The records of `rows` (no header), e.g. one page of an export. */
export function csvRows<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[]): string {
  let out = '';
  for (const row of rows) out += csvLine(columns.map((c) => c.value(row)));
  return out;
}

export interface ToCsvOptions {
  /** Write the header record first (default `true`). */
  header?: boolean;
}

/** A whole CSV document: header record, then one record per row. */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], options: ToCsvOptions = {}): string {
  return (options.header === false ? '' : csvHeader(columns)) + csvRows(rows, columns);
}

/**
 * Parses RFC 4180 text into records of fields (quotes removed, no un-neutralising). For tests
 * and round-trips; tolerant of a final record without CRLF.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
