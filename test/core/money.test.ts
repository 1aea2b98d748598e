import { expect } from '@open-wc/testing';
import {
  addMoney,
  compareMoney,
  formatMoney,
  formatMoneyTotal,
  minorUnitDecimals,
  isDecimalString,
  multiplyMoney,
  subtractMoney,
  sumMoney,
  toScale,
} from '../../src/core/money.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('money', () => {
  it('multiplies exactly', () => {
    expect(multiplyMoney(usd('0.10'), 3).amount).to.equal('0.30');
    expect(multiplyMoney(usd('19.99'), 7).amount).to.equal('139.93');
    expect(multiplyMoney(usd('0.0125'), 1_000_000).amount).to.equal('12500.0000');
    expect(multiplyMoney(usd('-3.20'), 2).amount).to.equal('-6.40');
  });

  it('adds and subtracts across scales', () => {
    expect(addMoney(usd('0.1'), usd('0.2')).amount).to.equal('0.3');
    expect(addMoney(usd('1.005'), usd('2.10')).amount).to.equal('3.105');
    expect(subtractMoney(usd('10.00'), usd('12.50')).amount).to.equal('-2.50');
    expect(subtractMoney(usd('-0.05'), usd('-0.05')).amount).to.equal('0.00');
    expect(sumMoney([usd('0.01'), usd('0.02'), usd('0.07')], 'USD').amount).to.equal('0.10');
  });

  it('compares', () => {
    expect(compareMoney(usd('1.10'), usd('1.1'))).to.equal(0);
    expect(compareMoney(usd('-1'), usd('0.00'))).to.equal(-1);
    expect(compareMoney(usd('100.001'), usd('100'))).to.equal(1);
  });

  it('refuses mixed currencies and non-decimals', () => {
    expect(() => addMoney(usd('1'), { amount: '1', currency: 'EUR' })).to.throw(RangeError);
    expect(() => multiplyMoney(usd('1e3'), 2)).to.throw(RangeError);
    expect(() => multiplyMoney(usd('1.00'), 2.5)).to.throw(RangeError);
    for (const bad of ['1e3', '+1', '.5', '1.', '', ' 1', 'NaN', '0x10']) expect(isDecimalString(bad), bad).to.equal(false);
  });

  it('rounds half away from zero when shortening', () => {
    expect(toScale('1.005', 2)).to.equal('1.01');
    expect(toScale('-1.005', 2)).to.equal('-1.01');
    expect(toScale('1.004', 2)).to.equal('1.00');
    expect(toScale('2', 2)).to.equal('2.00');
  });

  it('formats with Intl without losing digits', () => {
    expect(formatMoney(usd('139.93'), 'en-US')).to.equal('$139.93');
    expect(formatMoney(usd('0.0125'), 'en-US')).to.equal('$0.0125');
    expect(formatMoney(usd('12345678901234567.89'), 'en-US')).to.equal('$12,345,678,901,234,567.89');
    expect(formatMoney({ amount: '1234.5', currency: 'EUR' }, 'de-DE')).to.equal('1.234,50\u00a0€');
    expect(formatMoney({ amount: '500', currency: 'JPY' }, 'ja-JP')).to.equal('￥500');
  });

  it("shows a total in the currency's minor unit, the exact amount aside when rounding changed it", () => {
    expect(minorUnitDecimals('USD')).to.equal(2);
    expect(minorUnitDecimals('JPY')).to.equal(0);
    expect(minorUnitDecimals('KWD')).to.equal(3);
    expect(formatMoneyTotal(usd('5394.4385'), 'en-US')).to.deep.equal({ text: '$5,394.44', exact: '$5,394.4385' });
    expect(formatMoneyTotal(usd('0.005'), 'en-US')).to.deep.equal({ text: '$0.01', exact: '$0.005' });
    expect(formatMoneyTotal(usd('-2.675'), 'en-US', { signDisplay: 'exceptZero' })).to.deep.equal({ text: '-$2.68', exact: '-$2.675' });
    expect(formatMoneyTotal(usd('12.50'), 'en-US')).to.deep.equal({ text: '$12.50', exact: undefined });
    expect(formatMoneyTotal(usd('3.1000'), 'en-US')).to.deep.equal({ text: '$3.10', exact: undefined });
    expect(formatMoneyTotal({ amount: '1234.5', currency: 'JPY' }, 'en-US').text).to.equal('¥1,235');
    // A rate keeps its precision.
    expect(formatMoney(usd('0.0125'), 'en-US')).to.equal('$0.0125');
  });
});
