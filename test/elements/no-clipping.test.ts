import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/call-log-table/define.js';
import '../../src/elements/transaction-table/define.js';
import '../../src/elements/bill-table/define.js';
import '../../src/elements/media-library/define.js';
import '../../src/elements/block-list/define.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { pinClock } from '../support/clock.js';
import { $, $$ } from '../support/dom.js';
import { clippedCells, spareRoom } from '../support/layout.js';
import { waitForRows } from '../support/tables.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const ZONE = 'America/New_York';

/** Every list section, with a range that has rows in the demo. */
const SECTIONS = [
  { tag: 'call-log-table', attrs: 'from="2026-11-01" to="2026-11-27"' },
  { tag: 'transaction-table', attrs: 'from="2026-09-01" to="2026-11-27"' },
  { tag: 'bill-table', attrs: 'from="2026-06-01" to="2026-11-27"' },
  { tag: 'media-library', attrs: '' },
  { tag: 'block-list', attrs: '' },
];

async function mount(tag: string, attrs: string, locale = 'en-US', provider = createDemoProvider({ seed: 7, now: NOW })) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  // One tag per section: built as markup (a tag name cannot be a Lit binding).
  host.innerHTML = `<${tag} locale="${locale}" time-zone="${ZONE}" ${attrs}></${tag}>`;
  const el = host.firstElementChild as HTMLElement & { provider: unknown; updateComplete: Promise<unknown> };
  el.provider = provider;
  await el.updateComplete;
  await waitForRows(el, 8000);
  return el;
}

describe('no cell, header or button clips its content', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1040, 390]) {
    for (const { tag, attrs } of SECTIONS) {
      it(`<${tag}> at ${width} px`, async () => {
        await setViewport({ width, height: 900 });
        const el = await mount(tag, attrs);
        // Columns widen to the values shown once those are laid out.
        await nextFrame();
        await until(() => clippedCells(el.shadowRoot!).length === 0, `clipped at ${width}px: ${clippedCells(el.shadowRoot!).join(' | ')}`);
        // Every value is reachable: the grid scrolls sideways when it is wider than its box.
        const scroller = $$(el, '.table-scroller')[0]!;
        const grid = scroller.querySelector('.grid')!;
        if (grid.scrollWidth > scroller.clientWidth) {
          expect(getComputedStyle(scroller).overflowX).to.be.oneOf(['auto', 'scroll']);
          // The row header stays in view, unless it would take more than 60% of the box.
          const first = grid.querySelector<HTMLElement>('.layer > .row > .cell')!;
          const pinned = first.offsetWidth <= 0.6 * scroller.clientWidth;
          await until(
            () => getComputedStyle(first).position === (pinned ? 'sticky' : 'static'),
            `the row header ${pinned ? 'scrolls away' : 'sticks'}`,
          );
        }
      });
    }
  }

  it('free text wraps to two lines, its full text on hover', async () => {
    await setViewport({ width: 1040, height: 900 });
    const el = await mount('transaction-table', 'from="2026-09-01" to="2026-11-27"');
    const cells = $$(el, '.layer .cell.wrap');
    expect(cells.length).to.be.greaterThan(0);
    for (const cell of cells) {
      expect(cell.title).to.equal(cell.textContent!.trim());
      const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
      expect(cell.clientHeight).to.be.at.most(Math.ceil(2 * lineHeight) + 1);
    }
  });

  for (const [tag, attrs] of [
    ['call-log-table', 'from="2026-11-01" to="2026-11-27"'],
    ['transaction-table', 'from="2026-09-01" to="2026-11-27"'],
  ] as const) {
    it(`free text takes the room there is before it wraps: <${tag}>`, async () => {
      // Wide: every destination or description on one line. Narrower: free text wraps only once
      // no other column has room to give (the other columns keep to their values first).
      for (const width of [1400, 1040, 800]) {
        await setViewport({ width, height: 900 });
        const el = await mount(tag, attrs);
        await nextFrame();
        const cells = $$(el, '.layer .cell.wrap');
        expect(cells.length).to.be.greaterThan(0);
        const wrapped = () => cells.filter((c) => c.clientHeight >= 1.5 * parseFloat(getComputedStyle(c).lineHeight));
        const givers = () => spareRoom(el).filter((c) => c.spare > 3);
        const report = () =>
          `${wrapped().length} wrapped while ${givers()
            .map((c) => `${c.column} had ${c.spare} px to spare`)
            .join(', ')}`;
        await until(() => wrapped().length === 0 || givers().length === 0, `${width} px: ${report()}`);
        if (width === 1400)
          expect(
            wrapped().map((c) => c.textContent!.trim()),
            'wrapped at 1,400 px',
          ).to.deep.equal([]);
      }
    });
  }

  it('file names wrap, so the media table keeps its actions in view at tablet width', async () => {
    await setViewport({ width: 768, height: 900 });
    const el = await mount('media-library', '');
    await nextFrame();
    const scroller = $$(el, '.table-scroller')[0]!;
    await until(
      () => scroller.scrollWidth <= scroller.clientWidth,
      `the files table scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`,
    );
    expect($$(el, '.layer [role="rowheader"].wrap').length).to.be.greaterThan(0);
  });
});

describe("the user's text spacing or font size, set once the rows show", () => {
  after(() => setViewport({ width: 800, height: 600 }));

  // WCAG 1.4.12: letters 0.12em apart, words 0.16em, lines 1.5; and a larger font.
  for (const [what, style] of [
    ['text spacing', 'letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5'],
    ['a larger font', 'font-size: 20px'],
  ] as const) {
    for (const { tag, attrs } of SECTIONS) {
      it(`<${tag}> sizes its columns again for ${what}: nothing is cut off`, async () => {
        await setViewport({ width: 1280, height: 900 });
        const el = await mount(tag, attrs);
        await nextFrame();
        await until(() => clippedCells(el.shadowRoot!).length === 0, `clipped before: ${clippedCells(el.shadowRoot!).join(' | ')}`);
        el.setAttribute('style', style);
        await until(() => clippedCells(el.shadowRoot!).length === 0, `clipped after ${what}: ${clippedCells(el.shadowRoot!).join(' | ')}`);
      });
    }
  }
});

describe('a row button keeps its width when its words change', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  /** Presses `button`, confirms, and waits for `changed`; the button is as wide after, and nothing clips. */
  async function pressAndConfirm(el: HTMLElement, button: () => HTMLElement, changed: (text: string) => boolean) {
    await nextFrame();
    await until(() => clippedCells(el.shadowRoot!).length === 0, `clipped: ${clippedCells(el.shadowRoot!).join(' | ')}`);
    const before = { text: button().textContent!.trim(), width: button().getBoundingClientRect().width };
    button().click();
    await until(() => $(el, 'dialog[open]'), 'no confirmation dialog');
    $(el, '[data-confirm]')!.click();
    await until(() => changed(button().textContent!.trim()), `the button still says ${before.text}`);
    const after = button().textContent!.trim();
    expect(button().getBoundingClientRect().width, `${before.text} → ${after}`).to.be.closeTo(before.width, 0.5);
    expect(clippedCells(el.shadowRoot!), `${before.text} → ${after}`).to.deep.equal([]);
  }

  it("the media table's Play, while the file plays (Pause)", async () => {
    await setViewport({ width: 1024, height: 900 });
    const el = await mount('media-library', '');
    const button = () => $$(el, '.layer [part~="play-button"]')[0]!;
    await nextFrame();
    await until(() => clippedCells(el.shadowRoot!).length === 0, `clipped: ${clippedCells(el.shadowRoot!).join(' | ')}`);
    const width = button().getBoundingClientRect().width;
    button().click();
    const audio = await until(() => $<HTMLAudioElement>(el, 'audio')).then(() => $<HTMLAudioElement>(el, 'audio')!);
    await until(() => audio.readyState >= 1, 'the audio did not load');
    // A browser may refuse to play without a user's gesture: then it plays as far as the page can tell.
    if (audio.paused) {
      Object.defineProperty(audio, 'paused', { configurable: true, get: () => false });
      audio.dispatchEvent(new Event('play'));
    }
    await until(() => button().textContent!.trim() === 'Pause', 'the row does not say Pause');
    expect(button().getBoundingClientRect().width).to.be.closeTo(width, 0.5);
    expect(clippedCells(el.shadowRoot!)).to.deep.equal([]);
  });

  // Each language's words: the translation loads after the rows may show.
  for (const [locale, block, blocked, unblock, unblocking] of [
    ['en-US', 'Block', 'Blocked', 'Unblock', 'Unblocking…'],
    ['de-DE', 'Sperren', 'Gesperrt', 'Entsperren', 'Wird entsperrt…'],
    ['es-ES', 'Bloquear', 'Bloqueado', 'Desbloquear', 'Desbloqueando…'],
  ] as const) {
    it(`the call log's ${block}, once the number is blocked (${locale})`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await mount('call-log-table', 'from="2026-11-01" to="2026-11-27"', locale);
      const button = () => $$(el, '.layer [part~="block-button"]')[0]!;
      await until(() => button().textContent!.trim() === block, `no ${block}`);
      await pressAndConfirm(el, button, (text) => text === blocked);
    });

    it(`the block list's ${unblock}, while it unblocks (${locale})`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const provider = createDemoProvider({ seed: 7, now: NOW });
      // The answer is held, so the row stays with its button busy.
      provider.unblockNumber = () => new Promise<never>(() => {});
      const el = await mount('block-list', '', locale, provider);
      const button = () => $$(el, '.layer [part~="unblock-button"]')[0]!;
      await until(() => button().textContent!.trim() === unblock, `no ${unblock}`);
      await pressAndConfirm(el, button, (text) => text === unblocking);
    });
  }
});
