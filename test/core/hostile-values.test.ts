import { expect } from '@open-wc/testing';
import { answerProblem, checkAnswer, MAX_STRING_LENGTH } from '../../src/core/answer-check.js';
import { checkBlob } from '../../src/core/blob-check.js';
import { isRealInstant } from '../../src/core/dates.js';
import { formatMoney, isDecimalString } from '../../src/core/money.js';

const bytes = (...parts: (string | number[])[]) => new Blob(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))));

async function refusal(blob: unknown, kind: 'pdf' | 'audio') {
  try {
    await checkBlob(blob, kind);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('accepted');
}

describe('hostile values (core)', () => {
  it('isRealInstant: impossible calendar dates and times are not instants', () => {
    for (const good of ['2026-02-28T10:00:00Z', '2024-02-29T23:59:59.123+05:30', '2026-11-27T14:05Z', '2026-12-31T00:00:00-08:00']) {
      expect(isRealInstant(good), good).to.equal(true);
    }
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2025-02-29T10:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:60:00Z',
      '2026-01-01T10:00:61Z',
      '2026-01-01T10:00:00+25:00',
      '2026-01-01',
      'Mar 2, 2026',
    ]) {
      expect(isRealInstant(bad), bad).to.equal(false);
    }
  });

  it('isDecimalString is bounded, so a 200,000-digit amount is refused at once', () => {
    expect(isDecimalString('9'.repeat(30) + '.' + '9'.repeat(20))).to.equal(true);
    expect(isDecimalString('9'.repeat(31))).to.equal(false);
    expect(isDecimalString('1.' + '0'.repeat(21))).to.equal(false);
    const huge = '9'.repeat(200_000);
    expect(isDecimalString(huge)).to.equal(false);
    expect(() => formatMoney({ amount: huge, currency: 'USD' })).to.throw(RangeError, /200000 characters/);
    // The refusal costs next to nothing (best of three, the machine may be busy): before, formatting took seconds.
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      try {
        formatMoney({ amount: huge, currency: 'USD' });
      } catch {
        // refused
      }
      return performance.now() - start;
    });
    expect(Math.min(...times)).to.be.below(5);
  });

  it('formatMoney never shows infinity for an amount it accepts', () => {
    const text = formatMoney({ amount: '9'.repeat(30), currency: 'USD' }, 'en-US');
    expect(text).not.to.contain('∞');
    expect(text.replace(/\D/g, '')).to.equal('9'.repeat(30) + '00');
  });

  it('checkAnswer: long strings, amounts no decimal holds and impossible dates, with their path', () => {
    expect(
      answerProblem({ items: [{ id: 'a', amount: { amount: '1.00', currency: 'USD' }, createdAt: '2026-02-28T10:00:00Z' }] }),
    ).to.equal(undefined);
    expect(answerProblem({ items: [{ id: 'a', amount: { amount: '9'.repeat(50_000), currency: 'USD' } }] })).to.match(
      /^\$\.items\[0\]\.amount\.amount .*50000 characters.*not an amount a decimal can hold/,
    );
    expect(answerProblem({ items: [{ id: 'a', createdAt: '2026-02-30T10:00:00Z' }] })).to.equal(
      '$.items[0].createdAt "2026-02-30T10:00:00Z" is not a real date and time',
    );
    expect(answerProblem({ name: 'x'.repeat(MAX_STRING_LENGTH + 1) })).to.match(/\$\.name is 8193 characters long/);
    expect(() => checkAnswer({ at: '2026-02-30T10:00:00Z' }, 'getAccount'))
      .to.throw(/invalid answer to getAccount/)
      .with.property('code', 'unknown');
  });

  it('checkBlob: PDFs and audio by their bytes', async () => {
    const pdf = bytes('%PDF-1.7\n…');
    expect(await checkBlob(pdf, 'pdf')).to.equal(pdf);
    for (const audio of [
      bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '),
      bytes('ID3', [4, 0]),
      bytes([0xff, 0xfb, 0x90, 0x64]),
      bytes('OggS', [0]),
      bytes('fLaC', [0]),
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]),
      bytes([0, 0, 0, 0x20], 'ftypM4A '),
    ]) {
      expect(await checkBlob(audio, 'audio')).to.equal(audio);
    }
  });

  it('checkBlob: a sign-in page is unauthorized; other pages, JSON, text and empty bodies are errors', async () => {
    const login = bytes(
      '\n<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input type="password"></form></body></html>',
    );
    expect(await refusal(login, 'pdf')).to.include({ code: 'unauthorized' });
    expect((await refusal(login, 'audio')).code).to.equal('unauthorized');
    expect(await refusal(bytes('<html><body>Maintenance</body></html>'), 'pdf')).to.include({
      code: 'unknown',
      message: 'The server sent a web page instead of a PDF document.',
    });
    expect((await refusal(bytes('{"error":"nope"}'), 'audio')).message).to.match(/JSON/);
    expect((await refusal(bytes('hello'), 'audio')).message).to.match(/not an audio file/);
    expect((await refusal(new Blob([]), 'pdf')).message).to.match(/empty/);
    expect((await refusal('not a blob', 'pdf')).message).to.match(/no file/);
    // A PDF is not audio, nor the other way round.
    expect((await refusal(bytes('%PDF-1.4'), 'audio')).code).to.equal('unknown');
    expect((await refusal(bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'pdf')).code).to.equal('unknown');
  });
});

describe('hostile values (HTTP decoder)', () => {
  it('refuses an amount longer than a decimal holds and an impossible date, naming the path', async () => {
    const { money, instant } = await import('../../src/providers/http/decode.js');
    expect(() => money({ amount: '9'.repeat(200), currency: 'USD' }, '$.charge')).to.throw(
      /\$\.charge\.amount should be a decimal string such as "15\.00" \(at most 30 digits before the point and 20 after\), got .*\(200 characters\)/,
    );
    expect(money({ amount: '123.45', currency: 'USD' }, '$')).to.deep.equal({ amount: '123.45', currency: 'USD' });
    expect(() => instant('2026-02-30T10:00:00Z', '$.createdAt')).to.throw(
      '$.createdAt should be a real ISO 8601 instant, got "2026-02-30T10:00:00Z"',
    );
    expect(instant('2026-02-28T10:00:00Z', '$')).to.equal('2026-02-28T10:00:00Z');
  });
});
