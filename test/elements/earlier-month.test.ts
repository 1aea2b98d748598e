import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../support/patience.js';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/transaction-table/define.js';
import '../../src/elements/bill-table/define.js';
import '../../src/elements/media-library/define.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { dayRangeToInstants } from '../../src/core/dates.js';
import type { DateRange } from '../../src/core/provider.js';
import { $, button, type, waitForText } from '../support/dom.js';
import { spyOn } from '../support/spy.js';
import { pinClock } from '../support/clock.js';

/**
 * The first of the month, as a user sees it: "This month" has hardly begun, so a range section's
 * empty state offers the month before in one click (#14). The product's clock stands at ten past
 * midnight on December 1; the data was made up to November 27.
 */
const NOW = '2026-12-01T00:10:00Z';
const DATA_UNTIL = '2026-11-27T12:00:00Z';
const ZONE = 'Europe/London';
const NOVEMBER = dayRangeToInstants('2026-11-01', '2026-11-30', ZONE);

pinClock(NOW);

interface Section {
  tag: string;
  method: 'listInternationalCalls' | 'listTransactions' | 'listBills' | 'listRecordings';
  /** Extra attributes: media-library shows its recordings tab. */
  attrs?: Record<string, string>;
  /** With no from/to the section's own default; bills default to three months, so they are given one day. */
  days?: { from: string; to: string };
  empty: string;
}

const SECTIONS: Section[] = [
  { tag: 'call-log-table', method: 'listInternationalCalls', empty: 'No international calls in this period.' },
  {
    tag: 'transaction-table',
    method: 'listTransactions',
    days: { from: '2026-12-01', to: '2026-12-01' },
    empty: 'No transactions in this period.',
  },
  { tag: 'bill-table', method: 'listBills', days: { from: '2026-12-01', to: '2026-12-01' }, empty: 'No bills in this period.' },
  {
    tag: 'media-library',
    method: 'listRecordings',
    attrs: { tab: 'recordings' },
    days: { from: '2026-12-01', to: '2026-12-01' },
    empty: 'No call recordings in this period.',
  },
];

async function mount(section: Section, provider: unknown): Promise<HTMLElement> {
  const el = document.createElement(section.tag);
  for (const [name, value] of Object.entries({ locale: 'en-US', 'time-zone': ZONE, ...section.attrs, ...section.days }))
    el.setAttribute(name, value);
  (el as unknown as { provider: unknown }).provider = provider;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  return el;
}

const rangeOf = (args: unknown[] | undefined) => (args?.[0] as { range?: DateRange } | undefined)?.range;

describe('the empty state offers the month before (first of the month)', () => {
  for (const section of SECTIONS) {
    it(`<${section.tag}>: one click shows November, focus stays in the filter`, async () => {
      const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
      const el = await mount(section, spy.provider);
      await waitForText(el, section.empty, 5000);
      const offer = await until(() => button(el, 'Show November 2026'), 'no offer of November').then(() =>
        button(el, 'Show November 2026')!,
      );
      expect(offer.getAttribute('part')).to.equal('earlier-button');
      await expect(el).to.be.accessible();
      const before = spy.count(section.method);
      offer.click();
      await until(() => spy.count(section.method) > before, 'no query for November');
      expect(rangeOf(spy.argsOf(section.method).at(-1))).to.deep.equal(NOVEMBER);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect($<HTMLInputElement>(el, '#range-from')!.value).to.equal('2026-11-01');
      expect($<HTMLInputElement>(el, '#range-to')!.value).to.equal('2026-11-30');
      expect(el.shadowRoot!.activeElement?.id).to.equal('range-from');
      expect(el.getAttribute('from')).to.equal('2026-11-01');
      // November has data: the empty state and its offer are gone.
      await until(() => !button(el, 'Show November 2026') && !button(el, 'Show October 2026'), 'November shows nothing');
    });
  }

  it('keeps the "This month" preset on the 1st: the call log still opens on this month', async () => {
    const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
    const el = await mount(SECTIONS[0]!, spy.provider);
    await waitForText(el, 'Show November 2026');
    expect(rangeOf(spy.argsOf('listInternationalCalls')[0])).to.deep.equal(dayRangeToInstants('2026-12-01', '2026-12-01', ZONE));
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('this-month');
  });

  it('offers nothing while the range is invalid, and walks back a month at a time', async () => {
    const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
    const el = await mount({ ...SECTIONS[0]!, days: { from: '2020-03-05', to: '2020-03-09' } }, spy.provider);
    await waitForText(el, 'Show February 2020');
    button(el, 'Show February 2020')!.click();
    await waitForText(el, 'Show January 2020');
    expect(rangeOf(spy.argsOf('listInternationalCalls').at(-1))).to.deep.equal(dayRangeToInstants('2020-02-01', '2020-02-29', ZONE));
    // A reversed range offers no month (there is no From to count back from) and queries nothing.
    const queries = spy.count('listInternationalCalls');
    type($<HTMLInputElement>(el, '#range-to')!, '2020-01-15');
    await waitForText(el, 'From must be on or before To.');
    expect(button(el, 'Show January 2020')).to.equal(undefined);
    expect(spy.count('listInternationalCalls')).to.equal(queries);
  });
});
