import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/transaction-table/define.js';
import '../../src/elements/bill-table/define.js';
import '../../src/elements/media-library/define.js';
import '../../src/elements/date-range-field/define.js';
import type { DateRangeField } from '../../src/elements/date-range-field/date-range-field.js';
import { setClock } from '../../src/core/clock.js';
import { dayRangeToInstants } from '../../src/core/dates.js';
import type { DateRange } from '../../src/core/provider.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $, $$, type } from '../support/dom.js';
import { until } from '../support/patience.js';
import { spyOn } from '../support/spy.js';

/**
 * A page left open over midnight, as the calendar really turns: the product's clock runs (across
 * midnight, or jumps as after a computer slept) and nothing else happens. A range
 * counted from today (the section's default) moves to the new day and asks for its rows; a range
 * the user or the host chose stays. The month turns too: on December 1, "This month" is December.
 */
const ZONE = 'Europe/London';
/** An hour before midnight: time enough, on a loaded machine too, to load before the jump. */
const EVENING = '2026-11-30T23:00:00.000Z';
/** A second before: for the test that waits for midnight itself. */
const BEFORE_MIDNIGHT = '2026-11-30T23:59:59.000Z';
const DATA_UNTIL = '2026-11-27T12:00:00Z';

let restore: (() => void) | undefined;
/** The product's clock runs from `iso` at the wall clock's pace. */
function clockFrom(iso: string) {
  restore?.();
  const start = performance.now();
  restore = setClock(() => Date.parse(iso) + (performance.now() - start));
}
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** The page is shown again (after the computer slept, another tab, a minimised window). */
const shownAgain = () => document.dispatchEvent(new Event('visibilitychange'));

const SECTIONS = [
  { tag: 'call-log-table', method: 'listInternationalCalls', attrs: {} },
  { tag: 'transaction-table', method: 'listTransactions', attrs: {} },
  { tag: 'bill-table', method: 'listBills', attrs: {} },
  { tag: 'media-library', method: 'listRecordings', attrs: { tab: 'recordings' } },
] as const;

async function mount(tag: string, attrs: Record<string, string>, provider: unknown) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries({ locale: 'en-US', 'time-zone': ZONE, ...attrs })) el.setAttribute(name, value);
  (el as unknown as { provider: unknown }).provider = provider;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  return el;
}

/** Everything the section asked for has come and shown (rows, totals): nothing left to re-render it. */
async function settled(el: Element) {
  await until(() => !el.shadowRoot!.querySelector('[aria-busy="true"], [part~="loading"], .placeholder'), 'still loading');
  await new Promise((r) => setTimeout(r, 300));
}

const rangeOf = (args: unknown[] | undefined) => (args?.[0] as { range: DateRange }).range;
/** The From and To fields. */
const $$dates = (el: Element) => $$<HTMLInputElement>(el, 'input[type="date"]');
const dayFields = (el: Element) => $$dates(el).map((input) => input.value);

describe('the day turns while the page is open', () => {
  for (const { tag, method, attrs } of SECTIONS) {
    it(`<${tag}>: its default range moves to the new day (and month) and asks for its rows`, async () => {
      clockFrom(EVENING);
      const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
      const el = await mount(tag, attrs, spy.provider);
      await until(() => spy.count(method) > 0, `no ${method}`);
      await settled(el);
      const before = rangeOf(spy.argsOf(method)[0]);
      expect(before.to, 'the first range ends with November 30').to.equal(dayRangeToInstants('2026-11-30', '2026-11-30', ZONE).to);
      expect(dayFields(el)[1]).to.equal('2026-11-30');
      // A computer that slept through midnight: the clock is on the next day when the page shows again.
      clockFrom('2026-12-01T07:30:00.000Z');
      shownAgain();
      const december = dayRangeToInstants('2026-12-01', '2026-12-01', ZONE).to;
      await until(() => spy.argsOf(method).some((args) => rangeOf(args).to === december), 'no query that ends with December 1');
      await until(() => dayFields(el)[1] === '2026-12-01', `the To field shows ${dayFields(el)[1]}`);
      if (tag === 'call-log-table') {
        // Its default is "This month": now December, from the 1st.
        expect(rangeOf(spy.argsOf(method).at(-1)).from).to.equal(dayRangeToInstants('2026-12-01', '2026-12-01', ZONE).from);
        expect($<HTMLSelectElement>(el, 'select')!.selectedOptions[0]!.textContent!.trim()).to.equal('This month');
      }
    });

    it(`<${tag}>: a range it was given stays as it is`, async () => {
      clockFrom(EVENING);
      const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
      const el = await mount(tag, { ...attrs, from: '2026-11-01', to: '2026-11-27' }, spy.provider);
      await until(() => spy.count(method) > 0, `no ${method}`);
      await settled(el);
      const asked = spy.argsOf(method).length;
      clockFrom('2026-12-01T07:30:00.000Z');
      shownAgain();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(
        spy
          .argsOf(method)
          .slice(asked)
          .map((args) => rangeOf(args)),
        'asked again',
      ).to.deep.equal([]);
      expect(dayFields(el)).to.deep.equal(['2026-11-01', '2026-11-27']);
    });
  }

  it('<call-log-table>: back on the page on a later day (another section was shown meanwhile), it shows the new day', async () => {
    clockFrom(EVENING);
    const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
    const el = await mount('call-log-table', {}, spy.provider);
    await until(() => spy.count('listInternationalCalls') > 0, 'no listInternationalCalls');
    await settled(el);
    const parent = el.parentElement!;
    el.remove();
    clockFrom('2026-12-01T07:30:00.000Z');
    parent.append(el);
    const december = dayRangeToInstants('2026-12-01', '2026-12-01', ZONE).to;
    await until(
      () => spy.argsOf('listInternationalCalls').some((args) => rangeOf(args).to === december),
      `no query for December: ${spy
        .argsOf('listInternationalCalls')
        .map((args) => rangeOf(args).to)
        .join(', ')}`,
    );
  });

  it('<call-log-table>: at midnight by the running clock alone (no other event), within 30 seconds', async function () {
    this.timeout(45_000);
    clockFrom(BEFORE_MIDNIGHT);
    const spy = spyOn(createDemoProvider({ seed: 42, now: DATA_UNTIL, size: 'small' }));
    await mount('call-log-table', {}, spy.provider);
    const december = dayRangeToInstants('2026-12-01', '2026-12-01', ZONE).to;
    await until(() => spy.argsOf('listInternationalCalls').some((args) => rangeOf(args).to === december), 'no query for December', 35_000);
  });

  it('<date-range-field>: its default follows the day; dates the user typed stay', async () => {
    clockFrom(EVENING);
    const untouched = await fixture<DateRangeField>(html`<date-range-field time-zone=${ZONE}></date-range-field>`);
    const edited = await fixture<DateRangeField>(html`<date-range-field time-zone=${ZONE}></date-range-field>`);
    expect(untouched.value).to.equal('2026-11-01/2026-11-30');
    const [from] = $$dates(edited);
    type(from!, '2026-11-15');
    await until(() => edited.value === '2026-11-15/2026-11-30', `typed: ${edited.value}`);
    clockFrom('2026-12-01T07:30:00.000Z');
    shownAgain();
    await until(() => untouched.value === '2026-12-01/2026-12-01', `the untouched field shows ${untouched.value}`);
    await edited.updateComplete;
    expect(edited.value, 'what the user typed').to.equal('2026-11-15/2026-11-30');
  });
});
