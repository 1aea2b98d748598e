import { expect } from '@open-wc/testing';
import {
  addMoney,
  compareMoney,
  formatMoney,
  isDecimalString,
  multiplyMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
  toScale,
} from '../../src/core/money.js';
import type { Money } from '../../src/core/provider.js';
import { check, fc } from './fuzz-config.js';

/*
 * src/core/money.ts against an independent reference: every amount is read into one BigInt at a
 * fixed scale of 40 decimals (wider than anything generated), so sums, differences and products
 * are exact integers and can be compared with what money.ts printed.
 */

const REF_SCALE = 40;

/** Exact value of a decimal string, times 10^40. */
function ref(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const units = BigInt(whole! + fraction.padEnd(REF_SCALE, '0'));
  return negative ? -units : units;
}

const decimalsIn = (amount: string): number => amount.split('.')[1]?.length ?? 0;

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Any decimal string money.ts accepts: sign, leading zeros, 0–12 decimals, up to 25 integer digits. */
const amount = fc
  .tuple(fc.boolean(), digits(1, 25), fc.option(digits(1, 12), { nil: undefined }))
  .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);

/** Mostly everyday amounts (what a bill holds), sometimes the wide ones above. */
const anyAmount = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), fc.integer({ min: 0, max: 4 }))
      .map(([cents, scale]) => toScale((cents / 100).toFixed(2), scale)),
  },
  { weight: 2, arbitrary: amount },
);

const USD = (a: string): Money => ({ amount: a, currency: 'USD' });

describe('fuzz: exact money (src/core/money.ts)', () => {
  it('generates only valid amounts (sanity of the generator)', () => {
    check(fc.property(anyAmount, (a) => isDecimalString(a)));
  });

  it('adds exactly, keeping the larger number of decimals', () => {
    check(
      fc.property(anyAmount, anyAmount, (a, b) => {
        const sum = addMoney(USD(a), USD(b));
        expect(sum.currency).to.equal('USD');
        expect(isDecimalString(sum.amount), sum.amount).to.equal(true);
        expect(ref(sum.amount)).to.equal(ref(a) + ref(b));
        expect(decimalsIn(sum.amount)).to.equal(Math.max(decimalsIn(a), decimalsIn(b)));
      }),
    );
  });

  it('subtracts exactly, and a − b + b is a again', () => {
    check(
      fc.property(anyAmount, anyAmount, (a, b) => {
        const difference = subtractMoney(USD(a), USD(b));
        expect(ref(difference.amount)).to.equal(ref(a) - ref(b));
        expect(ref(addMoney(difference, USD(b)).amount)).to.equal(ref(a));
        expect(ref(negateMoney(USD(a)).amount)).to.equal(-ref(a));
      }),
    );
  });

  it('multiplies by any safe whole number exactly', () => {
    const factor = fc.oneof(
      fc.integer({ min: -10_000, max: 10_000 }),
      fc.maxSafeInteger(),
      fc.maxSafeNat().map((n) => -n),
    );
    check(
      fc.property(anyAmount, factor, (a, n) => {
        const product = multiplyMoney(USD(a), n);
        expect(ref(product.amount)).to.equal(ref(a) * BigInt(n));
        expect(decimalsIn(product.amount)).to.equal(decimalsIn(a));
      }),
    );
  });

  it('refuses a factor that is not a safe whole number', () => {
    const bad = fc.oneof(fc.double({ noInteger: true }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 1e300));
    check(
      fc.property(anyAmount, bad, (a, n) => {
        expect(() => multiplyMoney(USD(a), n)).to.throw(RangeError);
      }),
    );
  });

  it('is commutative and associative (to the exact string)', () => {
    check(
      fc.property(anyAmount, anyAmount, anyAmount, (a, b, c) => {
        expect(addMoney(USD(a), USD(b))).to.deep.equal(addMoney(USD(b), USD(a)));
        expect(addMoney(addMoney(USD(a), USD(b)), USD(c))).to.deep.equal(addMoney(USD(a), addMoney(USD(b), USD(c))));
        expect(ref(sumMoney([USD(a), USD(b), USD(c)], 'USD').amount)).to.equal(ref(a) + ref(b) + ref(c));
      }),
    );
  });

  it('compares consistently with the sign of the difference (and antisymmetrically)', () => {
    check(
      fc.property(anyAmount, anyAmount, (a, b) => {
        const d = ref(subtractMoney(USD(a), USD(b)).amount);
        const expected = d < 0n ? -1 : d > 0n ? 1 : 0;
        expect(compareMoney(USD(a), USD(b))).to.equal(expected);
        expect(compareMoney(USD(b), USD(a))).to.equal(-expected || 0);
        // Trailing zeros do not change the value.
        expect(compareMoney(USD(a), USD(toScale(a, decimalsIn(a) + 3)))).to.equal(0);
      }),
    );
  });

  it('never combines two currencies', () => {
    check(
      fc.property(anyAmount, anyAmount, (a, b) => {
        const eur: Money = { amount: b, currency: 'EUR' };
        expect(() => addMoney(USD(a), eur)).to.throw(RangeError);
        expect(() => compareMoney(USD(a), eur)).to.throw(RangeError);
      }),
    );
  });

  it('rounds half away from zero when shortening, exactly', () => {
    check(
      fc.property(anyAmount, fc.integer({ min: 0, max: 6 }), (a, scale) => {
        const rounded = toScale(a, scale);
        expect(decimalsIn(rounded)).to.equal(scale);
        const unit = 10n ** BigInt(REF_SCALE - scale);
        const error = ref(rounded) - ref(a);
        // |error| ≤ half a unit of the new scale, and a tie moves away from zero.
        expect(2n * (error < 0n ? -error : error) <= unit, `${a} → ${rounded}`).to.equal(true);
        if (2n * (error < 0n ? -error : error) === unit) expect(ref(rounded) < 0n ? error < 0n : error > 0n).to.equal(true);
      }),
    );
  });

  describe('formatMoney never loses digits (en-US)', () => {
    const currencies = fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'KWD', 'BHD', 'CHF', 'INR');
    /** The digits of an en-US currency string read back as an exact decimal (−$1,234.50 → -1234.50). */
    function readBack(formatted: string): string {
      const negative = /[-\u2212]/.test(formatted);
      const number = formatted.replace(/[^\d.]/g, '');
      expect(/^\d+(\.\d+)?$/.test(number), `${JSON.stringify(formatted)} has one number`).to.equal(true);
      return `${negative ? '-' : ''}${number}`;
    }

    it('shows every decimal the amount has, and the exact value', () => {
      // Amounts up to 20 decimals (Intl's maximum) and 25 integer digits.
      const wide = fc
        .tuple(fc.boolean(), digits(1, 25), fc.option(digits(1, 20), { nil: undefined }))
        .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
      check(
        fc.property(fc.oneof(anyAmount, wide), currencies, (a, currency) => {
          const formatted = formatMoney({ amount: a, currency }, 'en-US');
          const back = readBack(formatted);
          expect(ref(back), `${a} ${currency} → ${formatted}`).to.equal(ref(a));
          expect(decimalsIn(back), `${a} ${currency} → ${formatted}`).to.be.at.least(decimalsIn(a.replace(/0+$/, '').replace(/\.$/, '')));
        }),
      );
    });

    it('keeps the sign, also with signDisplay "always" and "exceptZero"', () => {
      check(
        fc.property(anyAmount, fc.constantFrom('always', 'exceptZero') as fc.Arbitrary<'always' | 'exceptZero'>, (a, signDisplay) => {
          const formatted = formatMoney(USD(a), 'en-US', { signDisplay });
          expect(ref(readBack(formatted))).to.equal(ref(a));
          const value = ref(a);
          if (value > 0n) expect(formatted.startsWith('+'), formatted).to.equal(true);
          if (value === 0n && signDisplay === 'exceptZero') expect(/^[+-]/.test(formatted), formatted).to.equal(false);
        }),
      );
    });

    it('formatMoney: a zero amount never shows a minus sign', () => {
      check(
        fc.property(fc.tuple(digits(1, 3), fc.option(digits(1, 4), { nil: undefined })), ([whole, fraction]) => {
          const zero = `-${whole.replace(/./g, '0')}${fraction === undefined ? '' : `.${fraction.replace(/./g, '0')}`}`;
          expect(formatMoney(USD(zero), 'en-US'), zero).to.not.match(/^-/);
        }),
      );
    });
  });
});
