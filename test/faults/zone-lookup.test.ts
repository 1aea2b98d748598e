import { expect } from '@open-wc/testing';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { createDemoProvider, type DemoMethod, type DemoProvider } from '../../src/providers/demo/index.js';
import { dayRangeToInstants, presetRange, today } from '../../src/core/dates.js';
import { spyOn } from '../support/spy.js';
import { deepQueryAll, deepText, NOW, settle } from './harness.js';
import { pinClock } from '../support/clock.js';

/*
 * The display time zone comes from the provider (user → account) when the host sets none. When
 * that look-up fails, the browser's zone stands in; these scenarios check that the user's zone
 * comes back — with ONE click on Retry, or without any when another section gets it — and that
 * data never stays in the stand-in zone. Compared with the same element given the user's zone
 * explicitly, on healthy data (same seed).
 */

const SEED = 21;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fresh = (): DemoProvider => createDemoProvider({ seed: SEED, now: NOW, size: 'small' });
const fail = (provider: DemoProvider, methods: DemoMethod[], times = 1) => {
  for (const method of methods) provider.failNext(method, { code: 'unavailable', message: `FAULT: ${method} is down.`, times });
};

interface Case {
  name: string;
  tag: string;
  /** The element's own load, failing with the zone look-up. */
  list: DemoMethod;
  /** How many of its calls fail (the transactions' totals read the same method as the rows). */
  times?: number;
  attributes?: Record<string, string>;
}

const CASES: Case[] = [
  { name: '<call-log-table>', tag: 'call-log-table', list: 'listInternationalCalls' },
  { name: '<transaction-table>', tag: 'transaction-table', list: 'listTransactions', times: 2 },
  { name: '<bill-table>', tag: 'bill-table', list: 'listBills' },
  { name: '<media-library> files', tag: 'media-library', list: 'listMediaFiles' },
  { name: '<media-library> recordings', tag: 'media-library', list: 'listRecordings', attributes: { tab: 'recordings' } },
  { name: '<block-list>', tag: 'block-list', list: 'listBlockedNumbers' },
];

type Mounted = HTMLElement & { provider?: AccountDataProvider };
const mounted: Mounted[] = [];
function mount(tag: string, provider: AccountDataProvider, attributes: Record<string, string> = {}): Mounted {
  const el = document.createElement(tag) as Mounted;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.provider = provider;
  document.body.append(el);
  mounted.push(el);
  return el;
}

const userZone = async () => (await fresh().getCurrentUser()).timezone!;

/** What the element shows on healthy data in the user's zone, given explicitly. */
async function reference(tag: string, attributes: Record<string, string> = {}): Promise<string> {
  const el = mount(tag, fresh(), { ...attributes, 'time-zone': await userZone() });
  const text = await settle(el);
  el.remove();
  return text;
}

async function retryButton(el: Element): Promise<HTMLButtonElement> {
  const end = performance.now() + 5000;
  for (;;) {
    const [button] = deepQueryAll<HTMLButtonElement>(el, '[part~="retry-button"]');
    if (button) return button;
    if (performance.now() > end) throw new Error(`<${el.localName}> offers no Retry: ${deepText(el).slice(0, 300)}`);
    await sleep(20);
  }
}

pinClock(NOW);
describe('faults: the display time zone after a failed look-up', function () {
  this.timeout(20_000);

  before(async () => {
    // The scenario means something only when the user's zone is not the browser's.
    expect(await userZone()).to.not.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  for (const c of CASES) {
    it(`${c.name}: one Retry brings the rows back in the user's zone`, async () => {
      const expected = await reference(c.tag, c.attributes);
      const provider = fresh();
      fail(provider, ['getCurrentUser', 'getAccount']);
      fail(provider, [c.list], c.times);
      const el = mount(c.tag, provider, c.attributes);
      (await retryButton(el)).click();
      expect(await settle(el)).to.equal(expected);
    });
  }

  for (const c of CASES) {
    it(`${c.name}: rows loaded but not the zone — a notice says so, and its Retry brings the user's zone`, async () => {
      const expected = await reference(c.tag, c.attributes);
      const provider = fresh();
      fail(provider, ['getCurrentUser', 'getAccount']);
      const el = mount(c.tag, provider, c.attributes);
      const shown = await settle(el);
      const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(shown).to.include(`Times are shown in ${browserZone}: your time zone could not be loaded. Retry`);
      await expect(el).to.be.accessible();
      const [live] = deepQueryAll(el, '[part~="zone-notice"] [role="status"]');
      expect(live!.textContent, 'the sentence is in a live region (the button is not)').to.include('Times are shown in');
      deepQueryAll<HTMLButtonElement>(el, '[part~="zone-retry-button"]')[0]!.click();
      expect(await settle(el)).to.equal(expected);
      expect(deepQueryAll(el, '[part~="zone-retry-button"]')).to.have.length(0);
      expect(deepQueryAll(el, '[part~="zone-notice"] [role="status"]')[0]!.textContent!.trim(), 'the live region stays, empty').to.equal(
        '',
      );
    });
  }

  it('the notice: Retry keeps the table, re-queries a day range once, moves focus to the title, and never shows without a provider', async () => {
    const zone = await userZone();
    const spy = spyOn(fresh());
    fail(spy.provider, ['getCurrentUser', 'getAccount']);
    const calls = mount('call-log-table', spy.provider);
    await settle(calls);
    const grid = deepQueryAll(calls, '[role="grid"]')[0]!;
    const before = spy.count('listInternationalCalls');
    const button = deepQueryAll<HTMLButtonElement>(calls, '[part~="zone-retry-button"]')[0]!;
    button.focus();
    button.click();
    await settle(calls);
    expect(grid.isConnected, 'the grid stayed').to.equal(true);
    expect(spy.count('listInternationalCalls') - before, 'one query in the new zone').to.equal(1);
    const days = presetRange('this-month', today(zone));
    expect((spy.argsOf('listInternationalCalls').at(-1)![0] as { range: { from: string } }).range.from).to.equal(
      dayRangeToInstants(days.from, days.to, zone).from,
    );
    expect(calls.shadowRoot!.activeElement, 'focus went to the title, not the page').to.equal(deepQueryAll(calls, '[part~="title"]')[0]);

    const blocked = spyOn(fresh());
    fail(blocked.provider, ['getCurrentUser', 'getAccount']);
    const list = mount('block-list', blocked.provider);
    await settle(list);
    const loads = blocked.count('listBlockedNumbers');
    deepQueryAll<HTMLButtonElement>(list, '[part~="zone-retry-button"]')[0]!.click();
    await settle(list);
    expect(blocked.count('listBlockedNumbers'), 'the block list is not loaded again: only its dates change').to.equal(loads);

    const third = fresh();
    fail(third, ['getCurrentUser', 'getAccount']);
    const bills = mount('bill-table', third);
    expect(await settle(bills)).to.include('Times are shown in');
    bills.provider = undefined;
    expect(await settle(bills)).to.not.include('Times are shown in');
  });

  it('a change of provider: no query in the old stand-in zone, no old notice while the new zone is asked', async () => {
    const zone = await userZone();
    const failing = fresh();
    fail(failing, ['getCurrentUser', 'getAccount']);
    const el = mount('call-log-table', failing);
    expect(await settle(el)).to.include('Times are shown in');
    const next = spyOn(fresh());
    next.provider.setLatency('getCurrentUser', 300);
    el.provider = next.provider;
    await sleep(100);
    expect(deepText(el), 'the old notice went with the old provider').to.not.include('Times are shown in');
    await settle(el);
    const days = presetRange('this-month', today(zone));
    const from = dayRangeToInstants(days.from, days.to, zone).from;
    expect(next.argsOf('listInternationalCalls').map((a) => (a[0] as { range: { from: string } }).range.from)).to.deep.equal([from]);
  });

  it('a Retry interrupted by leaving the page finishes on return: no second click, no extra request', async () => {
    const expected = await reference('call-log-table');
    const spy = spyOn(fresh());
    fail(spy.provider, ['getCurrentUser', 'getAccount', 'listInternationalCalls']);
    const el = mount('call-log-table', spy.provider);
    const button = await retryButton(el);
    spy.provider.setLatency('getCurrentUser', 300);
    button.click();
    await sleep(50);
    const parent = el.parentElement!;
    el.remove();
    await sleep(50);
    parent.append(el);
    expect(await settle(el)).to.equal(expected);
    expect(spy.count('getCurrentUser'), 'first look-up, the Retry (aborted), its resumption').to.equal(3);
  });

  it("another section's Retry gives the zone to every section on the provider, without a click", async () => {
    const expected = await reference('block-list');
    const provider = fresh();
    fail(provider, ['getCurrentUser', 'getAccount', 'listInternationalCalls']);
    const calls = mount('call-log-table', provider);
    const blocked = mount('block-list', provider);
    const standIn = await settle(blocked);
    expect(standIn, 'the block list first shows its dates in the stand-in zone').to.not.equal(expected);
    (await retryButton(calls)).click();
    await settle(calls);
    expect(await settle(blocked)).to.equal(expected);
  });

  it("a provider's own AbortError (its timeout) is a failure: the section loads in the account's zone, not loading forever", async () => {
    const expected = await reference('call-log-table');
    const provider = fresh();
    let aborts = 1;
    const wrapped = new Proxy(provider, {
      get(target, key, receiver) {
        if (key === 'getCurrentUser' && aborts > 0) {
          aborts--;
          return () => Promise.reject(new DOMException('The provider timed out.', 'AbortError'));
        }
        return Reflect.get(target, key, receiver);
      },
    });
    const el = mount('call-log-table', wrapped);
    // The account's zone stands in for the user's (the same in the demo data), and the section says so.
    const notice = `Times are shown in ${await userZone()}: your time zone could not be loaded. Retry `;
    const shown = await settle(el);
    expect(shown).to.include(notice);
    expect(shown.replace(notice, '')).to.equal(expected);
  });
});
