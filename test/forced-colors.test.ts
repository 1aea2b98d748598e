import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/elements/account-settings/define.js';
import '../src/elements/account-menu/define.js';
import type { AccountSettings } from '../src/elements/account-settings/account-settings.js';
import { createDemoProvider } from '../src/providers/demo/index.js';
import { pinClock } from './support/clock.js';
import { $, $$, waitFor } from './support/dom.js';
import { until } from './support/patience.js';
import { waitForRows } from './support/tables.js';

/**
 * Windows' high-contrast mode (`forced-colors: active`, as Chromium's DevTools emulate it):
 * system colours replace the page's, backgrounds are dropped and every border is painted. What
 * carries meaning must still show.
 */
const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);

const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });

/** A system colour as the page computes it (`Canvas` → `rgb(…)`). */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

async function openSection(section: string) {
  const el = await fixture<AccountSettings>(
    html`<account-settings section=${section} locale="en-US" .provider=${createDemoProvider({ seed: 6, now: NOW })}></account-settings>`,
  );
  await until(() => el.sectionElement, 'no section');
  const section$ = el.sectionElement!;
  await waitForRows(section$);
  return { el, section: section$ };
}

describe('forced colours (Windows high contrast)', () => {
  before(() => forcedColors(true));
  after(async () => {
    await forcedColors(false);
    await setViewport({ width: 800, height: 600 });
  });

  it('emulates forced colours (else every test here would pass for nothing)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // Page colours give way: an author's red computes as the system text colour.
    const probe = document.createElement('span');
    probe.style.color = 'rgb(200, 0, 0)';
    document.body.append(probe);
    expect(getComputedStyle(probe).color).to.equal(systemColor('CanvasText'));
    probe.remove();
  });

  for (const [width, side] of [
    [1280, 'borderInlineEndColor'],
    [600, 'borderBlockEndColor'],
  ] as const) {
    it(`the selected section's tab is marked, and only it, at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const { el, section } = await openSection('media');
      const tabs = $$(el, '[role="tab"]');
      const selected = tabs.filter((t) => t.getAttribute('aria-selected') === 'true');
      expect(selected).to.have.length(1);
      expect(getComputedStyle(selected[0]!)[side]).to.equal(systemColor('Highlight'));
      for (const tab of tabs.filter((t) => t !== selected[0]))
        expect(getComputedStyle(tab)[side], tab.textContent!).to.equal(systemColor('Canvas'));
      // The media section's own tabs (Files, Recordings) too.
      const own = $$(section, '[role="tab"]');
      expect(own.map((t) => getComputedStyle(t).borderBlockEndColor)).to.deep.equal(
        own.map((t) => systemColor(t.getAttribute('aria-selected') === 'true' ? 'Highlight' : 'Canvas')),
      );
    });
  }

  it("the player's icons show: Play or Pause, and the close button's cross", async () => {
    await setViewport({ width: 1280, height: 900 });
    const { section } = await openSection('media');
    $$(section, '.layer [part~="play-button"]')[0]!.click();
    const close = await waitFor(section, '.player-close-icon');
    for (const part of ['::before', '::after']) {
      expect(getComputedStyle(close, part).backgroundColor, `close icon ${part}`).to.equal(systemColor('ButtonText'));
    }
    const icon = await waitFor(section, '.player-icon');
    const style = getComputedStyle(icon);
    // Play: a filled triangle; Pause: two bars (its borders).
    const ink = icon.classList.contains('play') ? style.backgroundColor : style.borderInlineStartColor;
    expect(ink).to.equal(systemColor('ButtonText'));
  });

  it("the loading spinner's turning arc stands apart from its ring", async () => {
    const provider = createDemoProvider({ seed: 6, now: NOW });
    provider.getCurrentUser = () => new Promise<never>(() => {});
    const el = await fixture<AccountSettings>(html`<account-settings section="user" .provider=${provider}></account-settings>`);
    await until(() => el.sectionElement, 'no section');
    const spinner = await waitFor(el.sectionElement!, '.spinner');
    const style = getComputedStyle(spinner);
    expect(style.borderBlockStartColor).to.equal(systemColor('Highlight'));
    expect(style.borderBlockEndColor).to.not.equal(style.borderBlockStartColor);
  });

  it("the account menu's focused item is in the system's highlight, its own or the host's", async () => {
    const menu = await fixture<HTMLElement>(html`<account-menu account-name="Cedar Ridge"><a href="#billing">Billing</a></account-menu>`);
    $<HTMLButtonElement>(menu, 'button[aria-haspopup]')!.click();
    await until(() => menu.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'no item has focus');
    const own = menu.shadowRoot!.activeElement as HTMLElement;
    const hosts = menu.querySelector<HTMLElement>('[role="menuitem"]')!;
    const marked = (item: HTMLElement) => {
      const style = getComputedStyle(item);
      return style.backgroundColor === systemColor('Highlight') && style.color === systemColor('HighlightText');
    };
    expect([marked(own), marked(hosts)]).to.deep.equal([true, false]);
    hosts.focus();
    expect([marked(own), marked(hosts)]).to.deep.equal([false, true]);
  });

  it('an unavailable row button is in the system colour for disabled text', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { section } = await openSection('per-minute');
    const button = $$(section, '.layer [part~="block-button"]')[0]!;
    button.click();
    await until(() => $(section, 'dialog[open]'), 'no confirmation dialog');
    $(section, '[data-confirm]')!.click();
    await until(() => button.getAttribute('aria-disabled') === 'true', 'the button stays available');
    expect(getComputedStyle(button).color).to.equal(systemColor('GrayText'));
    expect(getComputedStyle(button).opacity).to.equal('1');
  });
});
