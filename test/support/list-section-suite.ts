import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ProviderError } from '../../src/core/errors.js';
import type { ProviderErrorDetail } from '../../src/core/events.js';
import type { DemoMethod, DemoProvider } from '../../src/providers/demo/index.js';
import { $, $$, afterRender, textOf, waitFor, waitForText } from './dom.js';
import { failWhile, hold } from './spy.js';
import { clippedContent } from './layout.js';
import { cellTexts, dataRows } from './tables.js';

/**
 * The states every list section shares (`<call-log-table>`, `<transaction-table>`, `<bill-table>`,
 * `<media-library>`, `<block-list>`), checked once per element through what a page sees: parts,
 * `aria-busy`, custom states, events, the calls the provider gets. As Lion shares its overlay
 * suites, each element's file describes only what is its own.
 */

/** A list section as a page holds it. */
export type ListSection = HTMLElement & { provider?: unknown; updateComplete: Promise<boolean> };

export interface ListSectionConfig {
  /** What the tests are named by, e.g. `<media-library> (recordings)`. */
  name: string;
  tag: string;
  /** The provider method that lists the rows (and the `operation` of a failed load). */
  method: DemoMethod;
  /** Attributes every mount gets (locale, time zone, a range with rows, a tab). */
  attributes: Record<string, string>;
  /** A provider that lists rows for `attributes` (at least two). */
  provider(): DemoProvider;
  /** Makes every row `provider` lists show `text` in a text column (a server string). */
  withText(provider: DemoProvider, text: string): void;
  /** A provider, and attributes over `attributes`, with nothing to list. */
  empty: { provider(): DemoProvider; attributes?: Record<string, string> };
  /** What the `empty` part says. */
  emptyText: string;
  /** What the element leaves out when it has no provider (selectors), beyond the list. */
  noProviderHides?: string[];
  /** The element's own checks of its empty state. */
  onEmpty?(el: ListSection): unknown;
  /** The element's own checks once Retry recovered. */
  onRetried?(el: ListSection): unknown;
}

const NO_PROVIDER = 'No data provider configured.';
const HOSTILE = '<img src=x onerror="window.__listSectionPwned=1"><b>Bold</b>';

/** Mounts `config.tag` with its attributes (and `attributes` over them); `before` runs before it is connected. */
async function mount(
  config: ListSectionConfig,
  provider: unknown,
  attributes: Record<string, string> = {},
  before?: (el: ListSection) => void,
) {
  const el = document.createElement(config.tag) as ListSection;
  for (const [name, value] of Object.entries({ ...config.attributes, ...attributes })) el.setAttribute(name, value);
  before?.(el);
  if (provider) el.provider = provider;
  return fixture<ListSection>(el);
}

const base = (el: Element) => $(el, '[part~="base"]')!;
const busy = (el: Element) => base(el).getAttribute('aria-busy');
const inState = (el: Element, state: string) => el.matches(`:state(${state})`);
/** The grids a user can see (a tabbed element hides the other tab's). */
const visibleGrids = (el: Element) => $$(el, '[role="grid"]').filter((g) => g.checkVisibility());
const tabStops = (grid: Element) => [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')];
/** The data rows a user can see (not those of a hidden tab). */
const rows = (el: Element) => dataRows(el).filter((row) => row.checkVisibility());
const waitForRows = (el: Element) => waitUntil(() => rows(el).length > 0, `no rows in: ${textOf(el).slice(0, 200)}`, { timeout: 5000 });

export function runListSectionSuite(config: ListSectionConfig): void {
  describe(`${config.name}: list-section states`, () => {
    it('says so when there is no provider, and shows no list', async () => {
      const el = await mount(config, undefined);
      const note = await waitFor(el, '[part~="no-provider"]');
      expect(note.textContent!.trim()).to.equal(NO_PROVIDER);
      expect($(el, '[role="grid"]'), 'a grid').to.equal(null);
      for (const selector of config.noProviderHides ?? []) expect($(el, selector), selector).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows loading (part, aria-busy, :state(loading)) until the first rows arrive', async () => {
      const provider = config.provider();
      const held = hold(provider, config.method);
      const el = await mount(config, provider);
      await waitFor(el, '[part~="loading"]');
      expect(busy(el)).to.equal('true');
      expect(inState(el, 'loading'), ':state(loading)').to.equal(true);
      await expect(el).to.be.accessible();
      await held.open();
      await waitForRows(el);
      expect($(el, '[part~="loading"]')).to.equal(null);
      await waitUntil(() => busy(el) === 'false' && !inState(el, 'loading'), `still busy: aria-busy=${busy(el)}`);
    });

    it(`shows the empty part: "${config.emptyText}"`, async () => {
      const el = await mount(config, config.empty.provider(), config.empty.attributes);
      const empty = await waitFor(el, '[part~="empty"]');
      expect(empty.textContent!.trim()).to.equal(config.emptyText);
      expect(rows(el)).to.have.length(0);
      await waitUntil(() => busy(el) === 'false', 'still busy');
      expect(inState(el, 'loading') || inState(el, 'error'), 'a loading or error state').to.equal(false);
      await config.onEmpty?.(el);
      await expect(el).to.be.accessible();
    });

    it('shows the error part with the message and Retry (:state(error)); Retry asks again and recovers', async () => {
      const provider = config.provider();
      const failure = failWhile(provider, config.method, () => new ProviderError('unavailable', 'The list is offline'));
      const el = await mount(config, provider);
      const error = await waitFor(el, '[part~="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.querySelector('[part~="error-message"]')!.textContent!.trim()).to.equal('The list is offline');
      await waitUntil(() => inState(el, 'error'), ':state(error) never set');
      await expect(el).to.be.accessible();
      failure.failing = false;
      const asked = failure.calls;
      error.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await waitForRows(el);
      expect(failure.calls, 'calls after Retry').to.be.greaterThan(asked);
      expect($(el, '[part~="error"]')).to.equal(null);
      expect(inState(el, 'error'), ':state(error) after Retry').to.equal(false);
      await config.onRetried?.(el);
    });

    it(`fires provider-error with operation "${config.method}" when the list fails`, async () => {
      const provider = config.provider();
      failWhile(provider, config.method, () => new ProviderError('unavailable', 'The list is offline'));
      const details: ProviderErrorDetail[] = [];
      const el = await mount(config, provider, {}, (e) =>
        e.addEventListener('provider-error', (event) => details.push((event as CustomEvent<ProviderErrorDetail>).detail)),
      );
      await waitUntil(() => details.length > 0, 'no provider-error');
      expect(details.map((d) => d.operation)).to.deep.equal(details.map(() => config.method));
      expect(details[0]!.error.code).to.equal('unavailable');
      expect(details[0]!.error.message).to.equal('The list is offline');
      await waitFor(el, '[part~="error"]');
    });

    it("shows nothing of the old provider's answer when it arrives after the provider changed", async () => {
      const old = config.provider();
      config.withText(old, 'Row of the old provider');
      const late = hold(old, config.method);
      const current = config.provider();
      config.withText(current, 'Row of the current provider');
      const el = await mount(config, old);
      await waitUntil(() => late.calls.length > 0, 'the old provider was never asked');
      el.provider = current;
      await waitForText(el, 'Row of the current provider');
      await late.open();
      await afterRender(el);
      expect(textOf(el)).not.to.include('Row of the old provider');
      expect(textOf(el)).to.include('Row of the current provider');
      expect(busy(el)).to.equal('false');
    });

    it('aborts every request it made when removed from the page', async () => {
      const provider = config.provider();
      const held = hold(provider, config.method);
      const el = await mount(config, provider);
      await waitUntil(() => held.calls.length > 0, 'never asked');
      const signals = held.calls.map((c) => c.signal);
      expect(
        signals.every((s) => s instanceof AbortSignal && !s.aborted),
        'live signals',
      ).to.equal(true);
      el.remove();
      expect(signals.map((s) => s!.aborted)).to.deep.equal(signals.map(() => true));
    });

    it('renders server strings as text, never as HTML', async () => {
      const provider = config.provider();
      config.withText(provider, HOSTILE);
      const el = await mount(config, provider);
      await waitForRows(el);
      expect(
        rows(el)
          .flatMap(cellTexts)
          .some((text) => text.includes(HOSTILE)),
        textOf(el).slice(0, 300),
      ).to.equal(true);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
      expect((window as { __listSectionPwned?: number }).__listSectionPwned).to.equal(undefined);
    });

    it('fits its scrolling box on a short screen (a phone held sideways)', async () => {
      await setViewport({ width: 844, height: 390 });
      try {
        const el = await mount(config, config.provider());
        await waitForRows(el);
        const scroller = $$(el, '.table-scroller').find((s) => s.checkVisibility())!;
        const height = scroller.getBoundingClientRect().height;
        const em = parseFloat(getComputedStyle(scroller).fontSize);
        expect(height, 'at most 85% of the window').to.be.at.most(0.85 * 390 + 1);
        expect(height, 'at least 12em, or its rows').to.be.at.least(Math.min(12 * em, scroller.scrollHeight) - 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it("sizes its columns for its values when shown after loading hidden (a portal's tab, accordion or dialog)", async () => {
      await setViewport({ width: 390, height: 800 });
      try {
        /** The widths of the visible grid's header cells: the column tracks as laid out. */
        const columnWidths = (el: Element) =>
          [...visibleGrids(el)[0]!.querySelectorAll<HTMLElement>('[role="columnheader"]')].map((h) =>
            Math.round(h.getBoundingClientRect().width),
          );
        const plain = await mount(config, config.provider());
        await waitForRows(plain);
        await afterRender(plain);
        await waitUntil(() => clippedContent(plain).length === 0, `clipped on a plain page: ${clippedContent(plain).join(' | ')}`);
        const expected = columnWidths(plain);
        plain.remove();
        const el = await mount(config, config.provider(), {}, (e) => (e.hidden = true));
        await waitUntil(() => dataRows(el).length > 0, 'no rows loaded while hidden', { timeout: 5000 });
        await afterRender(el);
        el.hidden = false;
        await waitUntil(
          () => JSON.stringify(columnWidths(el)) === JSON.stringify(expected) && clippedContent(el).length === 0,
          'columns never sized once shown',
        ).catch(() => {
          expect(columnWidths(el), 'column widths once shown').to.deep.equal(expected);
          expect(clippedContent(el), 'clipped once shown').to.deep.equal([]);
        });
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is accessible with rows, and its grid has one tab stop that follows the arrow keys', async () => {
      const el = await mount(config, config.provider());
      await waitUntil(() => rows(el).length >= 2, 'fewer than two rows');
      const [grid, ...others] = visibleGrids(el);
      expect(others, 'one visible grid').to.have.length(0);
      expect(tabStops(grid!)).to.have.length(1);
      await expect(el).to.be.accessible();
      (rows(el)[0]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowDown' });
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      await waitUntil(
        () => focused()?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '3',
        'ArrowDown did not reach the second row',
      );
      await waitUntil(() => tabStops(grid!).length === 1 && tabStops(grid!)[0] === focused(), 'the tab stop did not follow focus');
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`keeps the focused cell in sight on a phone as the arrow keys cross the columns of a row and of the headers (${dir}; WCAG 2.4.11)`, async () => {
        await setViewport({ width: 390, height: 800 });
        try {
          const el = await mount(config, config.provider(), { dir });
          await waitForRows(el);
          const scroller = $$(el, '.table-scroller').find((s) => s.checkVisibility())!;
          expect(scroller.scrollWidth, 'the table is wider than the phone').to.be.above(scroller.clientWidth + 20);
          const focused = () => el.shadowRoot!.activeElement as HTMLElement;
          (rows(el)[0]!.querySelector('[role="rowheader"]') as HTMLElement).focus();
          const [towardEnd, towardStart] = dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
          const columns = rows(el)[0]!.querySelectorAll('[role="gridcell"], [role="rowheader"]').length;
          const hidden: string[] = [];
          for (const key of [
            'End',
            ...Array<string>(columns - 1).fill(towardStart),
            ...Array<string>(columns - 1).fill(towardEnd),
            'ArrowUp',
            ...Array<string>(columns - 1).fill(towardStart),
          ]) {
            const before = focused();
            await sendKeys({ press: key });
            await waitUntil(() => focused() !== before, `${key} did not move focus`);
            await new Promise((r) => requestAnimationFrame(r));
            const what = obscuredBy(el, scroller, focused());
            if (what) hidden.push(`${key} → "${focused().textContent!.trim()}": ${what}`);
          }
          expect(hidden, 'focused cells out of sight').to.deep.equal([]);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });
}

/**
 * Why the start of `target` (where its text begins), and its end when it fits, cannot be seen:
 * outside the scroller's box or under another element (the sticky first column); '' when seen.
 */
function obscuredBy(el: Element, scroller: HTMLElement, target: HTMLElement): string {
  const box = scroller.getBoundingClientRect();
  const left = box.left + scroller.clientLeft;
  const right = left + scroller.clientWidth;
  const rect = target.getBoundingClientRect();
  const rtl = getComputedStyle(target).direction === 'rtl';
  const y = rect.top + rect.height / 2;
  const start = rtl ? rect.right - 3 : rect.left + 3;
  const end = rtl ? rect.left + 3 : rect.right - 3;
  // The room beside a sticky first column (when the target is not in it).
  const first = target.closest('[role="row"]')!.firstElementChild!;
  const sticky = !first.contains(target) && getComputedStyle(first).position === 'sticky' ? first.getBoundingClientRect().width : 0;
  const points = rect.width <= right - left - sticky ? [start, end] : [start];
  for (const x of points) {
    if (x < left || x > right) return `at x=${Math.round(x)}, outside the table's ${Math.round(left)}–${Math.round(right)}`;
    const hit = el.shadowRoot!.elementFromPoint(x, y);
    if (!hit || !(hit === target || target.contains(hit)))
      return `at x=${Math.round(x)}, under ${hit?.textContent?.trim().slice(0, 30) ?? 'nothing'}`;
  }
  return '';
}

/** Rewrites each item of every page `method` lists (server data a test chooses). */
export function rewriteItems<T>(provider: DemoProvider, method: DemoMethod, map: (item: T, index: number) => T): void {
  const methods = provider as unknown as Record<string, (...args: unknown[]) => Promise<{ items: T[] }>>;
  const original = methods[method]!.bind(provider);
  methods[method] = async (...args) => {
    const page = await original(...args);
    return { ...page, items: page.items.map(map) };
  };
}
