import { expect } from '@open-wc/testing';
import { addMonths, checkDayRange, dayOf, dayRangeToInstants, isDay, presetRange } from '../../src/core/dates.js';

describe('dates', () => {
  it('turns inclusive days into a half-open instant range in the zone', () => {
    expect(dayRangeToInstants('2026-11-01', '2026-11-30', 'UTC')).to.deep.equal({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(dayRangeToInstants('2026-11-27', '2026-11-27', 'America/New_York')).to.deep.equal({
      from: '2026-11-27T05:00:00.000Z',
      to: '2026-11-28T05:00:00.000Z',
    });
    expect(dayRangeToInstants('2026-06-01', '2026-06-01', 'Asia/Kolkata').from).to.equal('2026-05-31T18:30:00.000Z');
  });

  it('follows DST changes (a 23-hour and a 25-hour day)', () => {
    const spring = dayRangeToInstants('2026-03-29', '2026-03-29', 'Europe/Berlin');
    expect(Date.parse(spring.to) - Date.parse(spring.from)).to.equal(23 * 3600_000);
    const autumn = dayRangeToInstants('2026-10-25', '2026-10-25', 'Europe/Berlin');
    expect(Date.parse(autumn.to) - Date.parse(autumn.from)).to.equal(25 * 3600_000);
  });

  it('knows the day of an instant in a zone', () => {
    expect(dayOf('2026-11-27T23:30:00Z', 'UTC')).to.equal('2026-11-27');
    expect(dayOf('2026-11-27T23:30:00Z', 'Asia/Tokyo')).to.equal('2026-11-28');
    expect(dayOf('2026-11-27T03:30:00Z', 'America/Los_Angeles')).to.equal('2026-11-26');
  });

  it('validates days and ranges', () => {
    expect(isDay('2026-02-28')).to.equal(true);
    for (const bad of ['2026-02-30', '2026-2-1', '26-02-01', '2026-13-01', '', 'today', '0000-01-01'])
      expect(isDay(bad), bad).to.equal(false);
    // Years below 100 are themselves (Date.UTC would read 0050 as 1950), and round-trip through dayOf.
    expect(isDay('0050-06-01')).to.equal(true);
    expect(dayOf(dayRangeToInstants('0050-06-01', '0050-06-01', 'UTC').from, 'UTC')).to.equal('0050-06-01');
    expect(addMonths('0050-03-31', -1)).to.equal('0050-02-28');
  });

  it('takes offset zone names too, up to ±23:59', () => {
    expect(dayRangeToInstants('2026-01-01', '2026-01-01', '-20:00')).to.deep.equal({
      from: '2026-01-01T20:00:00.000Z',
      to: '2026-01-02T20:00:00.000Z',
    });
    expect(dayRangeToInstants('2026-01-01', '2026-01-01', '+23:59').from).to.equal('2025-12-31T00:01:00.000Z');
    expect(dayOf('2026-01-01T19:59:59.999Z', '-20:00')).to.equal('2025-12-31');
    expect(checkDayRange({ from: '2026-01-02', to: '2026-01-01' })).to.equal('reversed');
    expect(checkDayRange({ from: '2026-01-01', to: '2026-01-01' })).to.equal(null);
    expect(checkDayRange({ from: '2026-01-01', to: '2026-04-01' }, 90)).to.equal('too-long');
    expect(checkDayRange({ from: '2026-01-01', to: '2026-03-31' }, 90)).to.equal(null);
    expect(checkDayRange({ from: 'x', to: '2026-01-01' })).to.equal('malformed-from');
  });

  it('computes presets on calendar days', () => {
    expect(presetRange('this-month', '2026-11-27')).to.deep.equal({ from: '2026-11-01', to: '2026-11-27' });
    expect(presetRange('last-month', '2026-03-31')).to.deep.equal({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('last-7-days', '2026-03-02')).to.deep.equal({ from: '2026-02-24', to: '2026-03-02' });
    expect(presetRange('last-90-days', '2026-11-27').from).to.equal('2026-08-30');
    expect(addMonths('2026-05-31', -3)).to.equal('2026-02-28');
  });
});
