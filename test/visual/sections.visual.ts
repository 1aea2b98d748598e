/**
 * Visual baselines of every section (npm run test:visual; see CONTRIBUTING.md): its main states
 * (loaded, empty, error, a dialog open) in light, dark and Arabic right-to-left, at 1280, 768
 * and 390 px. The demo provider with a fixed seed and a pinned clock draws the same rows on
 * every run.
 */
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/account-settings/define.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { createDemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { pinClock } from '../support/clock.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);

type Theme = 'light' | 'dark' | 'rtl';
const SECTIONS = ['user', 'account', 'service-plan', 'per-minute', 'transactions', 'bills', 'media', 'block-list'] as const;
type Section = (typeof SECTIONS)[number];
const LISTS: Partial<Record<Section, string>> = {
  'per-minute': 'listInternationalCalls',
  transactions: 'listTransactions',
  bills: 'listBills',
  'block-list': 'listBlockedNumbers',
};

/** Waits until the section shows no loading state and its fonts and frames are settled. */
async function settled(shell: AccountSettings) {
  await waitUntil(
    () => {
      const section = shell.sectionElement;
      const root = section?.shadowRoot;
      if (!root) return false;
      const title = root.querySelector('[part="title"], h2');
      // Arabic strings load after the first render: a screenshot in English would be a flake.
      const inLocale = shell.getAttribute('locale') !== 'ar' || /[\u0600-\u06ff]/.test(title?.textContent ?? '');
      // Nothing still on its way: no loading part, no placeholder row, nothing busy (the call log's totals).
      return !root.querySelector('[part~="loading"], .placeholder, [aria-busy="true"]') && title !== null && inLocale;
    },
    'the section never settled',
    { timeout: 8000 },
  );
  await document.fonts.ready;
  for (let i = 0; i < 4; i++) await nextFrame();
}

async function mount(section: Section, width: number, theme: Theme, options: DemoProviderOptions = {}) {
  await setViewport({ width, height: 900 });
  const provider = createDemoProvider({ seed: 11, now: NOW, ...options });
  const shell = await fixture<AccountSettings>(html`<account-settings
    style="display:block;inline-size:${width - 16}px"
    .provider=${provider}
    section=${section}
    locale=${theme === 'rtl' ? 'ar' : 'en-US'}
    dir=${theme === 'rtl' ? 'rtl' : 'ltr'}
    theme=${theme === 'dark' ? 'dark' : 'light'}
    time-zone="UTC"
  ></account-settings>`);
  await settled(shell);
  return shell;
}

describe('visual baselines', function () {
  this.timeout(30000);
  after(() => setViewport({ width: 800, height: 600 }));

  const loaded: [Theme, number][] = [
    ['light', 1280],
    ['light', 768],
    ['light', 390],
    ['dark', 1280],
    ['dark', 390],
    ['rtl', 1280],
    ['rtl', 390],
  ];
  for (const section of SECTIONS) {
    for (const [theme, width] of loaded) {
      it(`${section} loaded, ${theme}, ${width}`, async () => {
        const shell = await mount(section, width, theme);
        await visualDiff(shell, `${section}-loaded-${theme}-${width}`);
      });
    }
  }

  for (const section of ['per-minute', 'transactions', 'bills'] as const) {
    it(`${section} empty, light, 768`, async () => {
      const shell = await mount(section, 768, 'light');
      const el = shell.sectionElement as HTMLElement & { from: string; to: string; updateComplete: Promise<unknown> };
      el.from = '2020-01-01';
      el.to = '2020-01-31';
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'never empty', { timeout: 8000 });
      await settled(shell);
      await visualDiff(shell, `${section}-empty-light-768`);
    });
  }

  for (const [section, method] of Object.entries(LISTS)) {
    it(`${section} error, light, 768`, async () => {
      const failures = { [method]: { code: 'network', message: 'The network is unreachable' } } as DemoProviderOptions['failures'];
      const shell = await mount(section as Section, 768, 'light', { failures });
      await visualDiff(shell, `${section}-error-light-768`);
    });
  }

  for (const [theme, width] of [
    ['light', 1280],
    ['dark', 390],
    ['rtl', 768],
  ] as [Theme, number][]) {
    it(`per-minute Block dialog open, ${theme}, ${width}`, async () => {
      const shell = await mount('per-minute', width, theme);
      const root = shell.sectionElement!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.block-button')!.click();
      await waitUntil(() => root.querySelector('dialog[open]'), 'no dialog');
      for (let i = 0; i < 4; i++) await nextFrame();
      await visualDiff(document.body, `per-minute-dialog-${theme}-${width}`);
    });
  }

  // The confirmation dialogs of the other row actions: Unblock, Delete.
  for (const [section, button] of [
    ['block-list', '.unblock-button'],
    ['media', '.delete-button'],
  ] as [Section, string][]) {
    for (const [theme, width] of [
      ['light', 1280],
      ['rtl', 390],
    ] as [Theme, number][]) {
      it(`${section} dialog open, ${theme}, ${width}`, async () => {
        const shell = await mount(section, width, theme);
        const root = shell.sectionElement!.shadowRoot!;
        await waitUntil(() => root.querySelector(button), 'no row button', { timeout: 8000 });
        root.querySelector<HTMLButtonElement>(button)!.click();
        await waitUntil(() => root.querySelector('dialog[open]'), 'no dialog');
        for (let i = 0; i < 4; i++) await nextFrame();
        await visualDiff(document.body, `${section}-dialog-${theme}-${width}`);
      });
    }
  }
});
