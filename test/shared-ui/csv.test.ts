import { expect } from '@open-wc/testing';
import { CSV_BOM, csvCell, csvLine, neutralizeCell, parseCsv, quoteCell, toCsv, type CsvColumn } from '../../src/shared-ui/csv.js';
import { downloadBlob, safeFileName } from '../../src/shared-ui/download.js';

describe('csv', () => {
  describe('neutralizeCell (OWASP CSV injection)', () => {
    for (const dangerous of [
      '=1+1',
      '+442071234567',
      '-2+3+cmd|" /C calc"!A0',
      '@SUM(A1:A9)',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://x")',
      ' =1+1',
      '  @SUM(A1)',
      '\u00a0-2+3',
      '\n=1',
      '\nfirst line',
      '\uff1d1+1',
      '\uff0bcmd',
      '\uff0d2',
      '\uff20SUM(A1)',
      ' \uff1dHYPERLINK("x")',
    ]) {
      it(`prefixes a quote to ${JSON.stringify(dangerous)}`, () => {
        expect(neutralizeCell(dangerous)).to.equal(`'${dangerous}`);
      });
    }

    it('keeps a phone number readable', () => {
      expect(neutralizeCell('+442071234567')).to.equal("'+442071234567");
    });

    it('leaves ordinary text and plain decimals alone', () => {
      for (const safe of ['1001', 'Germany', 'a=b', '', '0.0125', '-3.20', '15', 'line\nbreak', 'x \uff1d y'])
        expect(neutralizeCell(safe)).to.equal(safe);
    });

    it('still neutralises a decimal-looking formula', () => {
      expect(neutralizeCell('-3.20+1')).to.equal("'-3.20+1");
      expect(neutralizeCell('+3.20')).to.equal("'+3.20");
    });
  });

  describe('RFC 4180', () => {
    it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
      expect(quoteCell('a,b')).to.equal('"a,b"');
      expect(quoteCell('say "hi"')).to.equal('"say ""hi"""');
      expect(quoteCell('two\nlines')).to.equal('"two\nlines"');
      expect(quoteCell('cr\r')).to.equal('"cr\r"');
      expect(quoteCell('plain')).to.equal('plain');
    });

    it('ends records with CRLF', () => {
      expect(csvLine(['a', 'b'])).to.equal('a,b\r\n');
    });

    it('writes numbers as numbers, empties for null and undefined', () => {
      expect(csvCell(42)).to.equal('42');
      expect(csvCell(-1.5)).to.equal('-1.5');
      expect(csvCell(NaN)).to.equal('');
      expect(csvCell(null)).to.equal('');
      expect(csvCell(undefined)).to.equal('');
      expect(csvCell(10n)).to.equal('10');
    });

    it('neutralises before quoting', () => {
      expect(csvCell('=1,2')).to.equal('"\'=1,2"');
    });
  });

  it('toCsv writes a header and one record per row, and round-trips', () => {
    interface Row {
      name: string;
      note: string;
      n: number;
    }
    const columns: CsvColumn<Row>[] = [
      { header: 'Name', value: (r) => r.name },
      { header: 'Note, with comma', value: (r) => r.note },
      { header: 'N', value: (r) => r.n },
    ];
    const rows: Row[] = [
      { name: "Côte d'Ivoire", note: 'line\nbreak "quoted"', n: 1 },
      { name: '=cmd', note: '', n: 2 },
    ];
    const text = toCsv(rows, columns);
    expect(text.split('\r\n')[0]).to.equal('Name,"Note, with comma",N');
    expect(parseCsv(text)).to.deep.equal([
      ['Name', 'Note, with comma', 'N'],
      ["Côte d'Ivoire", 'line\nbreak "quoted"', '1'],
      ["'=cmd", '', '2'],
    ]);
    expect(toCsv(rows, columns, { header: false }).startsWith('Côte')).to.equal(true);
  });

  it('parseCsv skips a byte-order mark', () => {
    expect(parseCsv(`${CSV_BOM}a,b\r\n`)).to.deep.equal([['a', 'b']]);
  });
});

describe('downloadBlob', () => {
  it('clicks a download link for an object URL and revokes it afterwards', async () => {
    const created: string[] = [];
    const revoked: string[] = [];
    const clicks: Array<{ href: string; download: string }> = [];
    const create = URL.createObjectURL;
    const revoke = URL.revokeObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    };
    try {
      downloadBlob(new Blob(['x']), 'file.csv');
      expect(clicks).to.deep.equal([{ href: created[0], download: 'file.csv' }]);
      expect(revoked).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 10));
      expect(revoked).to.deep.equal(created);
    } finally {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('safeFileName replaces characters no OS accepts', () => {
    expect(safeFileName('a/b:c*?.csv')).to.equal('a-b-c--.csv');
    expect(safeFileName('  ')).to.equal('download');
  });
});
