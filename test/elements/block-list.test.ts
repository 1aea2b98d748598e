import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/block-list/define.js';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/account-settings/define.js';
import type { BlockList } from '../../src/elements/block-list/block-list.js';
import type { CallLogTable } from '../../src/elements/call-log-table/call-log-table.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { formatDateTime } from '../../src/core/format.js';
import { compactPhoneNumber, formatPhoneNumber } from '../../src/core/phone.js';
import type { BlockedNumber, BlockOptions, PageQuery, RequestOptions } from '../../src/core/provider.js';
import { ProviderError } from '../../src/core/errors.js';
import { createDemoProvider, type DemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import { API_BASE, useApi, withSchemaCheck } from '../support/msw.js';
import { $, $$, afterRender, button, textOf, type, waitForText } from '../support/dom.js';
import { cellTexts, dataRows, waitForRows } from '../support/tables.js';
import { deferred, hold, spyOn } from '../support/spy.js';
import { pinClock } from '../support/clock.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const ZONE = 'Europe/London';
const DISPLAY = { locale: 'en-US', timeZone: ZONE };

const demo = (options: DemoProviderOptions = {}) => createDemoProvider({ seed: 7, now: NOW, ...options });

type ListQuery = PageQuery & { search?: string };

async function mount(provider: unknown, attrs: { locale?: string } = {}) {
  return fixture<BlockList>(html`<block-list .provider=${provider} locale=${attrs.locale ?? 'en-US'} time-zone=${ZONE}></block-list>`);
}

const shownNumbers = (el: Element) => dataRows(el).map((r) => cellTexts(r)[0]!);
const unblockButtons = (el: Element) => dataRows(el).map((r) => r.querySelector<HTMLButtonElement>('.unblock-button')!);
const numberInput = (el: BlockList) => $<HTMLInputElement>(el, '#number')!;
const searchInput = (el: BlockList) => $<HTMLInputElement>(el, '#search')!;
const blockButton = (el: BlockList) => $<HTMLButtonElement>(el, '.block-submit')!;
const fieldError = (el: BlockList) => $(el, '[part="field-error"]');
const statusText = (el: BlockList) => $(el, '[part="status"]')!.textContent!.trim();
const countText = (el: BlockList) => $(el, '[part="count"]')!.textContent!.trim();

async function allBlocked(provider: DemoProvider, search?: string): Promise<BlockedNumber[]> {
  return (await provider.listBlockedNumbers({ limit: 500, ...(search ? { search } : {}) })).items;
}

/** Submits the block form with `number` (and a reason) the way a user does. */
async function submitBlock(el: BlockList, number: string, reason = '') {
  type(numberInput(el), number);
  if (reason) type($<HTMLInputElement>(el, '#reason')!, reason);
  blockButton(el).click();
  await el.updateComplete;
}

async function confirmDialog(el: Element) {
  await until(() => $(el, 'dialog[open]'), 'no dialog');
  $<HTMLButtonElement>(el, '[data-confirm]')!.click();
}

describe('<block-list>', () => {
  describe('states', () => {
    it('shows every blocked number: number for reading, when, reason', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForRows(el);
      const items = await allBlocked(provider);
      expect(items.length).to.be.greaterThan(3);
      await until(() => dataRows(el).length === items.length);
      const first = items[0]!;
      expect(cellTexts(dataRows(el)[0]!).slice(0, 3)).to.deep.equal([
        formatPhoneNumber(first.number),
        formatDateTime(first.blockedAt!, DISPLAY),
        first.reason!,
      ]);
      expect(shownNumbers(el)).to.deep.equal(items.map((b) => formatPhoneNumber(b.number)));
      expect(shownNumbers(el)[0]).to.match(/^\+\d{1,3}( \d+)+$/);
      expect($$(el, '[role="columnheader"]').map((h) => h.textContent!.trim())).to.deep.equal([
        'Number',
        'Blocked on',
        'Reason',
        'Actions',
      ]);
      expect($(el, '[role="grid"]')!.getAttribute('aria-label')).to.equal('Blocked numbers');
      expect(countText(el)).to.equal(`${items.length} blocked numbers`);
      // Numbers read left to right in any locale.
      expect(dataRows(el)[0]!.querySelector('[role="rowheader"] span')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('shows where a number was blocked from, and says so when nothing is known', async () => {
      const provider = demo();
      provider.listBlockedNumbers = async () => ({
        items: [{ number: '+442071234567', blockedAt: '2026-11-20T10:00:00Z', reason: 'Blocked from the call log' }, { number: '1001' }],
        nextCursor: null,
        total: 2,
      });
      const el = await mount(provider);
      await until(() => dataRows(el).length === 2);
      expect(cellTexts(dataRows(el)[0]!).slice(0, 3)).to.deep.equal([
        '+44 20 7123 4567',
        formatDateTime('2026-11-20T10:00:00Z', DISPLAY),
        'Blocked from the call log',
      ]);
      expect(cellTexts(dataRows(el)[1]!).slice(0, 3)).to.deep.equal(['Extension 1001', 'Unknown', 'No reason given']);
      expect(unblockButtons(el)[0]!.getAttribute('aria-label')).to.equal('Unblock +44 20 7123 4567');
    });

    it('aborts the load when removed, leaves nothing pending after 50 mounts, and resumes when put back', async () => {
      const spy = spyOn(demo({ latency: { listBlockedNumbers: Infinity } }));
      let el: BlockList | undefined;
      for (let i = 0; i < 50; i++) {
        el = document.createElement('block-list');
        el.setAttribute('time-zone', ZONE);
        el.provider = spy.provider;
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
      const signals = spy.argsOf('listBlockedNumbers').map(([q]) => (q as ListQuery).signal!);
      expect(signals.length).to.equal(50);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      document.body.append(el!);
      await until(() => spy.count('listBlockedNumbers') === 51);
      el!.remove();
    });

    it('takes overridden strings', async () => {
      const el = await fixture<BlockList>(
        html`<block-list .provider=${demo()} .strings=${{ title: 'Sperrliste', block: 'Sperren!' }}></block-list>`,
      );
      await waitForRows(el);
      expect(textOf(el)).to.include('Sperrliste');
      expect(button(el, 'Sperren!')).to.exist;
    });

    it('speaks German, Spanish and Arabic', async () => {
      const de = await mount(demo(), { locale: 'de-DE' });
      await waitForText(de, 'Zu sperrende Nummer');
      await waitForRows(de);
      expect(unblockButtons(de)[0]!.textContent!.trim()).to.equal('Entsperren');
      const es = await mount(demo(), { locale: 'es' });
      await waitForText(es, 'Número a bloquear');
      const root = await fixture(html`<div lang="ar" dir="rtl"><block-list .provider=${demo()} time-zone=${ZONE}></block-list></div>`);
      const ar = root.querySelector('block-list')!;
      await waitForText(ar, 'الرقم المراد حظره');
      await waitForRows(ar);
      const cell = dataRows(ar)[0]!.querySelector('[role="rowheader"] span')!;
      expect(getComputedStyle(cell).direction).to.equal('ltr');
      expect(getComputedStyle(ar).direction).to.equal('rtl');
      await expect(ar).to.be.accessible();
    });
  });

  describe('search', () => {
    it('narrows to the matching numbers and restores the list when cleared', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const all = await allBlocked(provider);
      await until(() => dataRows(el).length === all.length);
      const target = all[2]!.number;
      const digits = target.slice(-7);
      const expected = all.filter((b) => b.number.replace(/\D/g, '').includes(digits));
      expect(expected.length).to.be.lessThan(all.length);
      type(searchInput(el), ` ${digits.slice(0, 3)} ${digits.slice(3)} `);
      await until(() => dataRows(el).length === expected.length && !$(el, '.body.stale'), `rows: ${shownNumbers(el).join(', ')}`);
      expect(shownNumbers(el)).to.deep.equal(expected.map((b) => formatPhoneNumber(b.number)));
      const last = spy.argsOf('listBlockedNumbers').at(-1)![0] as ListQuery;
      expect(last.search).to.equal(`${digits.slice(0, 3)} ${digits.slice(3)}`);
      expect(countText(el)).to.equal(expected.length === 1 ? '1 blocked number matches' : `${expected.length} blocked numbers match`);
      await expect(el).to.be.accessible();
      type(searchInput(el), '');
      await until(() => dataRows(el).length === all.length);
      expect((spy.argsOf('listBlockedNumbers').at(-1)![0] as ListQuery).search).to.equal(undefined);
      expect(countText(el)).to.equal(`${all.length} blocked numbers`);
    });

    it('waits for a pause in typing: one query for a burst of keys', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const before = spy.count('listBlockedNumbers');
      // A burst of keystrokes (in one task, so no timer can fire in between on a slow machine).
      for (const text of ['4', '44', '442', '4420']) type(searchInput(el), text);
      await el.updateComplete;
      // The waits are what is tested: nothing is asked within the pause, one query after it.
      await aTimeout(100);
      expect(spy.count('listBlockedNumbers')).to.equal(before);
      await until(() => spy.count('listBlockedNumbers') === before + 1);
      await aTimeout(400);
      expect(spy.count('listBlockedNumbers')).to.equal(before + 1);
      expect((spy.argsOf('listBlockedNumbers').at(-1)![0] as ListQuery).search).to.equal('4420');
    });

    it('searches at once on Enter', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const before = spy.count('listBlockedNumbers');
      // The whole term in one input event: typed key by key on a loaded machine, the typing pause
      // could pass between two keys and search for a part of it (that is the debounce test's job).
      const input = searchInput(el);
      input.focus();
      input.value = 'spam';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(spy.count('listBlockedNumbers')).to.equal(before + 1);
      expect((spy.argsOf('listBlockedNumbers').at(-1)![0] as ListQuery).search).to.equal('spam');
    });

    it('aborts the previous query, and never shows its late answer', async () => {
      const provider = demo();
      const el = await mount(provider);
      await waitForRows(el);
      // From here every query is held, and answers even if aborted (a backend that answers anyway).
      const held = hold(provider, 'listBlockedNumbers');
      const search = (text: string) => {
        type(searchInput(el), text);
        searchInput(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      };
      search('44');
      await until(() => held.calls.some((c) => (c.args[0] as ListQuery).search === '44'));
      const first = held.calls.find((c) => (c.args[0] as ListQuery).search === '44')!;
      search('zzz-no-such-reason');
      await el.updateComplete;
      expect(first.signal!.aborted).to.equal(true);
      await held.open();
      await waitForText(el, 'No blocked number matches “zzz-no-such-reason”.');
      await afterRender(el);
      expect(textOf(el)).to.include('No blocked number matches “zzz-no-such-reason”.');
      expect(dataRows(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('unblock', () => {
    it('asks, unblocks once with an idempotency key, fires number-unblocked, and the row goes', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const all = await allBlocked(provider);
      await until(() => dataRows(el).length === all.length);
      const target = all[1]!;
      const shown = formatPhoneNumber(target.number);
      const unblockButton = unblockButtons(el)[1]!;
      expect(unblockButton.getAttribute('aria-label')).to.equal(`Unblock ${shown}`);
      unblockButton.click();
      await until(() => $(el, 'dialog[open]'));
      expect($(el, 'dialog')!.getAttribute('role')).to.equal('alertdialog');
      expect($(el, 'dialog')!.textContent).to.include(`Unblock ${shown}?`);
      expect($(el, '[data-confirm]')!.textContent!.trim()).to.equal('Unblock');
      await expect(el).to.be.accessible();
      const unblocked = oneEvent(el, 'number-unblocked');
      $<HTMLButtonElement>(el, '[data-confirm]')!.click();
      const { detail } = await unblocked;
      expect(detail).to.deep.equal({ number: target.number });
      expect(spy.count('unblockNumber')).to.equal(1);
      const [n, options] = spy.argsOf('unblockNumber')[0]! as [string, RequestOptions];
      expect(n).to.equal(target.number);
      expect(options.idempotencyKey).to.be.a('string');
      await until(() => dataRows(el).length === all.length - 1 && !shownNumbers(el).includes(shown));
      expect(statusText(el)).to.equal(`${shown} is no longer blocked.`);
      expect((await allBlocked(provider)).some((b) => b.number === target.number)).to.equal(false);
    });

    it('keeps the row until the provider confirms, and its button busy meanwhile', async () => {
      const provider = demo();
      const original = provider.unblockNumber.bind(provider);
      const gate = deferred<void>();
      provider.unblockNumber = async (number, o) => {
        await gate.promise;
        return original(number, o);
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const shown = shownNumbers(el)[0]!;
      unblockButtons(el)[0]!.click();
      await confirmDialog(el);
      await until(() => unblockButtons(el)[0]!.getAttribute('aria-disabled') === 'true');
      expect(shownNumbers(el)[0]).to.equal(shown);
      expect(unblockButtons(el)[0]!.textContent!.trim()).to.equal('Unblocking…');
      unblockButtons(el)[0]!.click();
      await el.updateComplete;
      expect($(el, 'dialog[open]')).to.equal(null);
      gate.resolve();
      await until(() => !shownNumbers(el).includes(shown));
      expect(spy.count('unblockNumber')).to.equal(1);
    });

    it('does nothing when cancelled (Escape), and focus returns to the button', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const count = dataRows(el).length;
      unblockButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, 'dialog[open]'));
      expect(el.shadowRoot!.activeElement?.hasAttribute('data-cancel')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, 'dialog[open]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(unblockButtons(el)[0]);
      unblockButtons(el)[0]!.click();
      await until(() => $(el, 'dialog[open]'));
      $<HTMLButtonElement>(el, '[data-cancel]')!.click();
      await afterRender(el);
      expect(spy.count('unblockNumber')).to.equal(0);
      expect(dataRows(el).length).to.equal(count);
    });

    it('keeps the row when the answer is lost, says it could not confirm (no failure reported); a retry reuses the idempotency key', async () => {
      const provider = demo();
      provider.failNext('unblockNumber', { code: 'unavailable', message: 'PBX busy, try again' });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const shown = shownNumbers(el)[0]!;
      const count = dataRows(el).length;
      let errors = 0;
      el.addEventListener('provider-error', () => errors++);
      let unblockedEvents = 0;
      el.addEventListener('number-unblocked', () => unblockedEvents++);
      unblockButtons(el)[0]!.click();
      await confirmDialog(el);
      await until(
        () =>
          statusText(el) ===
          `We couldn't confirm the change to ${shown}: PBX busy, try again Trying again is safe: it will not be made twice.`,
      );
      expect($(el, '[part="status"]')!.classList.contains('info')).to.equal(true);
      expect(errors, 'a lost answer is not reported as a failure').to.equal(0);
      await waitForRows(el);
      expect(shownNumbers(el)[0]).to.equal(shown);
      expect(dataRows(el).length).to.equal(count);
      expect(unblockButtons(el)[0]!.getAttribute('aria-disabled')).to.equal('false');
      expect(unblockedEvents).to.equal(0);
      await expect(el).to.be.accessible();
      unblockButtons(el)[0]!.click();
      await confirmDialog(el);
      await until(() => !shownNumbers(el).includes(shown));
      const [first, second] = spy.argsOf('unblockNumber').map((args) => (args[1] as RequestOptions).idempotencyKey);
      expect(second).to.equal(first);
      expect(unblockedEvents).to.equal(1);
    });

    it('puts focus on the search box when the last row goes', async () => {
      const provider = demo();
      provider.listBlockedNumbers = async () => ({ items: [{ number: '+442071234567' }], nextCursor: null, total: 1 });
      provider.unblockNumber = async () => {
        provider.listBlockedNumbers = async () => ({ items: [], nextCursor: null, total: 0 });
      };
      const el = await mount(provider);
      await waitForRows(el);
      unblockButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, 'dialog[open]'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitForText(el, 'No numbers are blocked.');
      await until(
        () => el.shadowRoot!.activeElement === searchInput(el),
        `focus on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 80)}`,
      );
    });
  });

  describe('block', () => {
    it('blocks a number written any way, once, fires number-blocked and shows it at the top', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const blocked = oneEvent(el, 'number-blocked');
      await submitBlock(el, '+44 (0)20 7946-0999', 'Fake bank calls');
      const { detail } = await blocked;
      expect(detail.number).to.equal('+442079460999');
      expect(spy.count('blockNumber')).to.equal(1);
      const [number, options] = spy.argsOf('blockNumber')[0]! as [string, BlockOptions];
      expect(number).to.equal('+442079460999');
      expect(options.reason).to.equal('Fake bank calls');
      expect(options.idempotencyKey).to.be.a('string');
      await until(() => shownNumbers(el)[0] === '+44 20 7946 0999');
      expect(cellTexts(dataRows(el)[0]!)[2]).to.equal('Fake bank calls');
      expect(statusText(el)).to.equal('+44 20 7946 0999 is now blocked.');
      expect(numberInput(el).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(numberInput(el));
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard, blocks an extension, and gives a reason when none is typed', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      numberInput(el).focus();
      await sendKeys({ type: '4321' });
      const blocked = oneEvent(el, 'number-blocked');
      await sendKeys({ press: 'Enter' });
      expect((await blocked).detail.number).to.equal('4321');
      expect((spy.argsOf('blockNumber')[0]![1] as BlockOptions).reason).to.equal('Blocked by admin');
      await until(() => shownNumbers(el)[0] === 'Extension 4321');
      expect(statusText(el)).to.equal('Extension 4321 is now blocked.');
    });

    it('refuses each junk input with a field error and makes no call', async () => {
      const spy = spyOn(demo());
      const el = await mount(spy.provider);
      await waitForRows(el);
      const cases: Array<[string, string]> = [
        ['', 'Enter a number to block.'],
        ['   ', 'Enter a number to block.'],
        ['abc', 'Use digits, one + in front, spaces, dashes, dots and brackets only.'],
        ['+44 20 7123 4567 ext. 9', 'Use digits, one + in front, spaces, dashes, dots and brackets only.'],
        ['<img src=x onerror=alert(1)>', 'Use digits, one + in front, spaces, dashes, dots and brackets only.'],
        ['44+2071234567', 'Use digits, one + in front, spaces, dashes, dots and brackets only.'],
        ['*67', 'Use digits, one + in front, spaces, dashes, dots and brackets only.'],
        ['+0442071234567', 'A country code never starts with 0: check the digits after the +.'],
        ['+1234567', 'An international number has 8 to 15 digits after the +.'],
        ['+1234567890123456', 'An international number has 8 to 15 digits after the +.'],
        ['1', 'Enter an international number with + and the country code, or an extension of 2 to 6 digits.'],
        ['1234567', 'Enter an international number with + and the country code, or an extension of 2 to 6 digits.'],
        ['020 7123 4567', 'Enter an international number with + and the country code, or an extension of 2 to 6 digits.'],
      ];
      for (const [input, message] of cases) {
        await submitBlock(el, input);
        const error = fieldError(el);
        expect(error?.textContent?.trim(), JSON.stringify(input)).to.equal(message);
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(numberInput(el).getAttribute('aria-invalid')).to.equal('true');
        expect(numberInput(el).getAttribute('aria-describedby')!.split(' ')).to.include(error!.id);
        expect(el.shadowRoot!.activeElement).to.equal(numberInput(el));
      }
      await expect(el).to.be.accessible();
      expect(spy.count('blockNumber')).to.equal(0);
      // Editing clears the error.
      type(numberInput(el), '+4');
      await el.updateComplete;
      expect(fieldError(el)).to.equal(null);
      expect(numberInput(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('says clearly when the number is already blocked (conflict)', async () => {
      const provider = demo();
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      const existing = (await allBlocked(provider)).find((b) => b.number.startsWith('+'))!;
      const failed = oneEvent(el, 'provider-error');
      let blockedEvents = 0;
      el.addEventListener('number-blocked', () => blockedEvents++);
      await submitBlock(el, formatPhoneNumber(existing.number));
      const { detail } = await failed;
      expect(detail.operation).to.equal('blockNumber');
      expect(detail.error.code).to.equal('conflict');
      await until(() => fieldError(el));
      expect(fieldError(el)!.textContent!.trim()).to.equal(`${formatPhoneNumber(existing.number)} is already on the block list.`);
      expect(numberInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(blockedEvents).to.equal(0);
      expect(spy.count('blockNumber')).to.equal(1);
    });

    it('keeps the input when the answer is lost and says so; the retry reuses the idempotency key', async () => {
      const provider = demo();
      provider.failNext('blockNumber', { code: 'network', message: 'Connection lost' });
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      await submitBlock(el, '+1 312 555 0199');
      await until(() => statusText(el).startsWith('We couldn'));
      expect(statusText(el)).to.equal(
        "We couldn't confirm the change to +1 312 555 0199: Connection lost Trying again is safe: it will not be made twice.",
      );
      expect(numberInput(el).value).to.equal('+1 312 555 0199');
      await expect(el).to.be.accessible();
      const blocked = oneEvent(el, 'number-blocked');
      blockButton(el).click();
      await blocked;
      const keys = spy.argsOf('blockNumber').map((args) => (args[1] as BlockOptions).idempotencyKey);
      expect(keys.length).to.equal(2);
      expect(keys[1]).to.equal(keys[0]);
      await until(() => $(el, '[part="form-error"]') === null);
    });

    it('is busy while in flight: more submits never block twice', async () => {
      const provider = demo();
      const original = provider.blockNumber!.bind(provider);
      const gate = deferred<void>();
      provider.blockNumber = async (number, o) => {
        await gate.promise;
        return original(number, o);
      };
      const spy = spyOn(provider);
      const el = await mount(spy.provider);
      await waitForRows(el);
      await submitBlock(el, '+61 2 5550 1234');
      expect(blockButton(el).disabled).to.equal(true);
      expect(numberInput(el).readOnly).to.equal(true);
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      numberInput(el).focus();
      await sendKeys({ press: 'Enter' });
      gate.resolve();
      await waitForText(el, 'is now blocked.');
      expect(spy.count('blockNumber')).to.equal(1);
      expect(blockButton(el).disabled).to.equal(false);
    });

    it('hides the form when the provider cannot block', async () => {
      const el = await mount(demo({ features: { blockNumber: false } }));
      await waitForRows(el);
      expect($(el, 'form')).to.equal(null);
      expect(numberInput(el)).to.equal(null);
      expect(unblockButtons(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('with the call log', () => {
    it('shows a number blocked from the call log elsewhere on the page without a reload', async () => {
      const provider = demo();
      const root = await fixture(html`<div>
        <call-log-table .provider=${provider} locale="en-US" time-zone=${ZONE} from="2026-11-01" to="2026-11-27"></call-log-table>
        <block-list .provider=${provider} locale="en-US" time-zone=${ZONE}></block-list>
      </div>`);
      const log = root.querySelector('call-log-table') as CallLogTable;
      const list = root.querySelector('block-list') as BlockList;
      await waitForRows(log);
      await waitForRows(list);
      const row = dataRows(log).find((r) => !shownNumbers(list).includes(formatPhoneNumber(cellTexts(r)[2]!)))!;
      const number = compactPhoneNumber(cellTexts(row)[2]!);
      row.querySelector<HTMLButtonElement>('.block-button')!.click();
      await confirmDialog(log);
      await until(() => shownNumbers(list)[0] === formatPhoneNumber(number), `list: ${shownNumbers(list).join(', ')}`);
    });

    it('says how a block or an unblock ended when the element that asked left the page before the answer', async () => {
      const provider = demo();
      const gate = deferred<void>();
      const block = provider.blockNumber!.bind(provider);
      provider.blockNumber = async (n, o) => {
        await gate.promise;
        return block(n, o);
      };
      // Blocked from the call log, which the user then leaves for the Block List.
      const log = await fixture<CallLogTable>(
        html`<call-log-table .provider=${provider} locale="en-US" time-zone=${ZONE} from="2026-11-01" to="2026-11-27"></call-log-table>`,
      );
      await waitForRows(log);
      const blocked = new Set((await allBlocked(provider)).map((b) => b.number));
      const row = dataRows(log).find((r) => !blocked.has(compactPhoneNumber(cellTexts(r)[2]!)))!;
      const number = compactPhoneNumber(cellTexts(row)[2]!);
      row.querySelector<HTMLButtonElement>('.block-button')!.click();
      await confirmDialog(log);
      log.remove();
      const announced: string[] = [];
      const onBlocked = (e: Event) => announced.push((e as CustomEvent<BlockedNumber>).detail.number);
      document.addEventListener('number-blocked', onBlocked);
      gate.resolve();
      const list = await mount(provider);
      await until(() => statusText(list) === `${formatPhoneNumber(number)} is now blocked.`, `status: ${statusText(list)}`);
      document.removeEventListener('number-blocked', onBlocked);
      expect(announced, 'number-blocked, fired by the list that said it').to.deep.equal([number]);
      // Unblocked from a list that then leaves; the provider refuses.
      await waitForRows(list);
      const first = shownNumbers(list)[0]!;
      const refuse = deferred<void>();
      provider.unblockNumber = async () => {
        await refuse.promise;
        throw new ProviderError('forbidden', 'Locked by the administrator.');
      };
      unblockButtons(list)[0]!.click();
      await confirmDialog(list);
      list.remove();
      refuse.resolve();
      const next = await mount(provider);
      await until(() => statusText(next) === `${first} is still blocked: Locked by the administrator.`, `status: ${statusText(next)}`);
    });

    it(
      'over HTTP (the msw mock API): blocks from the call log reach the list, and unblock goes through',
      withSchemaCheck(async () => {
        const backend = demo();
        useApi(backend);
        const provider = new HttpProvider({ baseUrl: API_BASE });
        const root = await fixture(html`<div>
          <call-log-table .provider=${provider} locale="en-US" time-zone=${ZONE} from="2026-11-01" to="2026-11-27"></call-log-table>
          <block-list .provider=${provider} locale="en-US" time-zone=${ZONE}></block-list>
        </div>`);
        const log = root.querySelector('call-log-table') as CallLogTable;
        const list = root.querySelector('block-list') as BlockList;
        await waitForRows(log);
        await waitForRows(list);
        const before = new Set((await allBlocked(backend)).map((b) => b.number));
        // The call log shows numbers grouped as the block list does; the backend keeps E.164.
        const row = dataRows(log).find((r) => !before.has(compactPhoneNumber(cellTexts(r)[2]!)))!;
        const number = compactPhoneNumber(cellTexts(row)[2]!);
        row.querySelector<HTMLButtonElement>('.block-button')!.click();
        await confirmDialog(log);
        await until(() => shownNumbers(list)[0] === formatPhoneNumber(number), `list: ${shownNumbers(list).join(', ')}`);
        expect((await allBlocked(backend))[0]!.number).to.equal(number);
        const unblocked = oneEvent(list, 'number-unblocked');
        unblockButtons(list)[0]!.click();
        await confirmDialog(list);
        expect((await unblocked).detail.number).to.equal(number);
        await until(() => !shownNumbers(list).includes(formatPhoneNumber(number)));
        expect((await allBlocked(backend)).some((b) => b.number === number)).to.equal(false);
      }),
    );

    it('in <account-settings>: a number blocked in Per Minute is in the Block List', async () => {
      const provider = demo();
      const shell = await fixture<AccountSettings>(
        html`<account-settings .provider=${provider} locale="en-US" time-zone=${ZONE} section="per-minute"></account-settings>`,
      );
      const tab = (label: string) => $$<HTMLButtonElement>(shell, '[role="tab"]').find((t) => t.textContent!.trim() === label)!;
      expect(tab('Block List'), 'Block List tab').to.exist;
      const log = shell.sectionElement as CallLogTable;
      expect(log.localName).to.equal('call-log-table');
      await waitForRows(log);
      const before = new Set((await allBlocked(provider)).map((b) => b.number));
      const row = dataRows(log).find((r) => !before.has(compactPhoneNumber(cellTexts(r)[2]!)))!;
      const number = compactPhoneNumber(cellTexts(row)[2]!);
      const blocked = oneEvent(shell, 'number-blocked');
      row.querySelector<HTMLButtonElement>('.block-button')!.click();
      await confirmDialog(log);
      expect((await blocked).detail.number).to.equal(number);
      tab('Block List').click();
      await shell.updateComplete;
      const list = shell.sectionElement as BlockList;
      expect(list.localName).to.equal('block-list');
      await waitForRows(list);
      expect(shownNumbers(list)[0]).to.equal(formatPhoneNumber(number));
      expect(cellTexts(dataRows(list)[0]!)[2]).to.equal('Blocked from the call log');
      await expect(shell).to.be.accessible();
    });
  });
});
