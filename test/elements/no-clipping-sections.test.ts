/**
 * Nothing is cut off in the sections that are not lists (the lists: no-clipping.test.ts), nor in
 * the shell around them, the account menu, the date-range field or an open dialog, at 1,040, 390
 * and 320 px (a 1,280 px window zoomed to 400%: WCAG's reflow width): no button, header, label or
 * value is wider than its box, and nothing sticks out of the section (or, for a dialog, the
 * window).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/account-settings/define.js';
import '../../src/elements/account-menu/define.js';
import '../../src/elements/date-range-field/define.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { pinClock } from '../support/clock.js';
import { $, type } from '../support/dom.js';
import { clippedContent } from '../support/layout.js';
import { sectionSettled } from '../support/shell.js';
import { dataRows } from '../support/tables.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const demo = () => createDemoProvider({ seed: 7, now: NOW });

const SECTIONS = ['user', 'account', 'service-plan', 'per-minute', 'transactions', 'bills', 'media', 'block-list'] as const;

async function shell(section: string, width: number, locale = 'en-US', style = 'display:block') {
  await setViewport({ width, height: 900 });
  const el = await fixture<AccountSettings>(html`<account-settings
    style=${style}
    .provider=${demo()}
    section=${section}
    locale=${locale}
    dir=${locale === 'ar' ? 'rtl' : 'ltr'}
    time-zone="UTC"
  ></account-settings>`);
  await sectionSettled(el, section);
  return el;
}

/** Waits (columns widen after their values are laid out) until nothing clips, else fails saying what. */
async function expectNothingClipped(host: HTMLElement, where: string) {
  await nextFrame();
  await until(() => clippedContent(host).length === 0, `${where}: ${clippedContent(host).join(' | ')}`).catch(() => {
    expect(clippedContent(host), where).to.deep.equal([]);
  });
}

describe('nothing in any section clips its content', function () {
  this.timeout(30000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1040, 390, 320]) {
    for (const locale of ['en-US', 'ar']) {
      for (const section of SECTIONS) {
        it(`${section} in the shell at ${width} px (${locale})`, async () => {
          const el = await shell(section, width, locale);
          await expectNothingClipped(el, `${section} ${width} ${locale}`);
        });
      }
    }

    if (width === 320) {
      // A portal's own margins and card around the section: the demo host page at 320 px gives it 241 px.
      for (const section of SECTIONS) {
        it(`${section} in the shell in a 240 px box, at ${width} px`, async () => {
          const el = await shell(section, width, 'en-US', 'display:block;inline-size:240px');
          await expectNothingClipped(el, `${section} in 240 px`);
        });
      }
    }

    it(`the service plan's purchase quote and its dialog at ${width} px`, async () => {
      const el = await shell('service-plan', width);
      const panel = el.sectionElement!;
      type($<HTMLInputElement>(panel, '#buy-count')!, '3');
      await until(() => ($(panel, '[part~="quote"]')?.textContent ?? '').includes('Credit after'), 'no quote');
      await expectNothingClipped(el, `quote ${width}`);
      $<HTMLButtonElement>(panel, '[part~="buy-button"]')!.click();
      await until(() => $(panel, 'dialog[open]'), 'no dialog');
      await expectNothingClipped(el, `buy dialog ${width}`);
    });

    it(`the call log's Block dialog and the block list's Unblock dialog at ${width} px`, async () => {
      for (const [section, selector] of [
        ['per-minute', '.block-button'],
        ['block-list', '.unblock-button'],
      ]) {
        const el = await shell(section!, width);
        const list = el.sectionElement!;
        await until(() => dataRows(list).length > 0, 'no rows');
        dataRows(list)[0]!.querySelector<HTMLButtonElement>(selector!)!.click();
        await until(() => $(list, 'dialog[open]'), 'no dialog');
        await expectNothingClipped(el, `${section} dialog ${width}`);
      }
    });

    it(`the account menu, open, at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const el = await fixture<HTMLElement>(
        html`<account-menu style="display:block" account-name="Cedar Ridge Communications Holdings"></account-menu>`,
      );
      $<HTMLButtonElement>(el, 'button[aria-haspopup]')!.click();
      await until(() => $(el, '[role="menuitem"]'), 'menu never opened');
      await expectNothingClipped(el, `account menu ${width}`);
    });

    it(`the date-range field at ${width} px, in a 20em box`, async () => {
      await setViewport({ width, height: 900 });
      for (const style of ['display:block', 'display:block;inline-size:20em']) {
        const el = await fixture<HTMLElement>(
          html`<date-range-field style=${style} time-zone="UTC" from="2026-11-01" to="2026-11-27"></date-range-field>`,
        );
        await nextFrame();
        await expectNothingClipped(el, `date-range-field ${width} ${style}`);
      }
    });
  }
});
