import { expect } from '@open-wc/testing';
import { CSV_BOM, csvCell, csvLine, neutralizeCell, parseCsv, toCsv, type CsvColumn } from '../../src/shared-ui/csv.js';
import { check, fc } from './fuzz-config.js';

/*
 * src/shared-ui/csv.ts: any cells survive a round trip through an RFC 4180 parser written here
 * (independent of csv.ts's own parseCsv, which is cross-checked too); a text cell a spreadsheet
 * would run as a formula — one starting with = + - @ tab or CR — comes back with a leading "'",
 * except a plain decimal such as "-3.20" (a number, documented in csv.ts); every other cell comes
 * back unchanged.
 */

/** A strict RFC 4180 reader: CRLF-terminated records, quoted fields with "" for a quote. */
function readRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 at ${i}: ${why} in ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}`);
  };
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fail('unterminated quote');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            field += text[i++];
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') fail('quote inside an unquoted field');
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      fail('a record must end with CRLF');
    }
    records.push(record);
  }
  return records;
}

const FORMULA_START = /^(?:[\t\r\n]|[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const expectedCell = (cell: string) => (FORMULA_START.test(cell) && !PLAIN_DECIMAL.test(cell) ? `'${cell}` : cell);

/** Text cells biased towards what breaks CSV: separators, quotes, line breaks, formula starts. */
const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'Z', '1', '0', '.', ',', '"', "'", '\r', '\n', '\t', ' ', '=', '+', '-', '@', '|', 'é', '😀'),
    maxLength: 12,
  }),
  fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' =', '\u00a0+', ' \t-', '\uff1d', '\uff0b', '\uff0d', '\uff20'),
      fc.string({ maxLength: 10 }),
    )
    .map(([a, b]) => a + b),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom('+442071234567', '-3.20', '0.0125', '=HYPERLINK("http://x")', '-2+3+cmd|" /C calc"!A0', '@SUM(A1)', ''),
);
const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

describe('fuzz: CSV writing (src/shared-ui/csv.ts)', () => {
  it('round-trips any cells through an RFC 4180 parser, neutralising formula starts only', () => {
    check(
      fc.property(records, (rows) => {
        const text = rows.map((r) => csvLine(r)).join('');
        expect(readRfc4180(text)).to.deep.equal(rows.map((r) => r.map(expectedCell)));
      }),
      { numRuns: 1000 },
    );
  });

  it('toCsv writes a header then one record per row; parseCsv agrees (also after a BOM)', () => {
    check(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        (headers, rows) => {
          const columns: CsvColumn<string[]>[] = headers.map((header, k) => ({ header, value: (row) => row[k] }));
          const text = toCsv(rows, columns);
          const want = [headers.map(expectedCell), ...rows.map((r) => r.slice(0, headers.length).map(expectedCell))];
          expect(readRfc4180(text)).to.deep.equal(want);
          expect(parseCsv(CSV_BOM + text)).to.deep.equal(want);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('no written cell starts with = + @ tab or CR, nor with - unless it is a plain decimal', () => {
    check(
      fc.property(cell, (c) => {
        const [written] = readRfc4180(csvLine([c]))[0]!;
        expect(FORMULA_START.test(written!) && !PLAIN_DECIMAL.test(written!), JSON.stringify(written)).to.equal(false);
        expect(neutralizeCell(neutralizeCell(c)), 'neutralising twice changes nothing more').to.equal(neutralizeCell(c));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes numbers as numbers and nothing for null, undefined, NaN and ±Infinity', () => {
    check(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.bigInt(), fc.boolean(), fc.constantFrom(null, undefined)), (value) => {
        const written = csvCell(value);
        if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) expect(written).to.equal('');
        else expect(written).to.equal(String(value));
      }),
    );
  });
});
