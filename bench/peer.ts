/**
 * The peer of `<call-log-table>` in the benchmark: `<vaadin-grid>` (25.x, sharing our Lit copy)
 * with a lazy `dataProvider` over the same demo provider, the same query and the same columns.
 *
 * What is made equal (see bench/RESULTS.md, "What is compared"):
 * - Data: `listInternationalCalls` of a fresh demo provider (same seed, size, latency) over the
 *   same range, newest first, pages of 200 rows (our BROWSE_PAGE_SIZE; `grid.pageSize = 200`).
 *   The grid asks for page N; we read it by walking the provider's cursors from the last page
 *   read (each step one request, like our RowSource reads forward), keep every cursor and an LRU
 *   of 40 pages (our RowSource's default `cacheSize`). The first page's `total` is the grid's
 *   `size`, as it is our `aria-rowcount`.
 * - Cells: the same `CallFormatter` (cached per call) and the same templates: date and time,
 *   from / to (`<span dir="ltr">`), destination, duration, rate, charge, and a Block button.
 *   No sorting indicator and no totals header on the peer (ours renders those; it is more work).
 * - Viewport: the grid is as tall as our table (28em = 448 px) and as wide (the page's 1200 px
 *   column); rows are 44 px high (ours: 2.75em), so both show the same number of rows.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid, GridDataProviderCallback, GridDataProviderParams } from '@vaadin/grid';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';
import { html, render } from 'lit';
import type { CallRecord, DateRange } from '../src/core/provider.js';
import { CallFormatter } from '../src/elements/call-log-table/call-columns.js';
import type { DemoProvider } from '../src/providers/demo/index.js';

export const PAGE_SIZE = 200;
const CACHE_PAGES = 40;

/** Pages of one query by index, read by walking cursors; an LRU of pages plus every cursor. */
export class CallPages {
  /** `cursors[i]` reads page i (`undefined` for page 0); `null` = no such page. */
  private readonly cursors: (string | null | undefined)[] = [undefined];
  private readonly pages = new Map<number, Promise<CallRecord[]>>();
  total: number | undefined;
  requests = 0;
  disposed = false;

  constructor(
    private readonly provider: DemoProvider,
    private readonly range: DateRange,
  ) {}

  private async cursorFor(i: number): Promise<string | null | undefined> {
    if (i < this.cursors.length) return this.cursors[i];
    await this.page(i - 1);
    return this.cursors[i];
  }

  page(i: number): Promise<CallRecord[]> {
    const hit = this.pages.get(i);
    if (hit) {
      this.pages.delete(i);
      this.pages.set(i, hit);
      return hit;
    }
    const load = (async () => {
      const cursor = await this.cursorFor(i);
      if (cursor === null) return [];
      this.requests += 1;
      const page = await this.provider.listInternationalCalls({ range: this.range, order: 'newest', cursor: cursor ?? undefined, limit: PAGE_SIZE });
      if (this.cursors.length === i + 1) this.cursors.push(page.nextCursor);
      this.total ??= page.total ?? page.totals?.calls;
      return page.items;
    })();
    load.catch(() => this.pages.delete(i));
    this.pages.set(i, load);
    while (this.pages.size > CACHE_PAGES) this.pages.delete(this.pages.keys().next().value!);
    return load;
  }
}

const display = { locale: 'en-US', timeZone: 'America/Chicago' };

export function createPeerGrid(): { grid: Grid; setSource(pages: CallPages): void } {
  const grid = document.createElement('vaadin-grid') as Grid<CallRecord>;
  grid.className = 'peer';
  grid.pageSize = PAGE_SIZE;
  const formatter = new CallFormatter(() => 'Unknown');
  const f = (c: CallRecord) => formatter.format(c, display);
  render(
    html`<vaadin-grid-column header="Date and time" width="13em" flex-grow="1.4" ${columnBodyRenderer<CallRecord>((c) => html`<span class="peer-date">${f(c).startedAt}</span>`, [])}></vaadin-grid-column>
      <vaadin-grid-column header="From" width="9em" ${columnBodyRenderer<CallRecord>((c) => html`<span dir="ltr">${c.from}</span>`, [])}></vaadin-grid-column>
      <vaadin-grid-column header="To" width="10em" ${columnBodyRenderer<CallRecord>((c) => html`<span dir="ltr">${c.to}</span>`, [])}></vaadin-grid-column>
      <vaadin-grid-column header="Destination" width="9em" flex-grow="1.2" ${columnBodyRenderer<CallRecord>((c) => f(c).destination, [])}></vaadin-grid-column>
      <vaadin-grid-column header="Duration" width="6em" text-align="end" ${columnBodyRenderer<CallRecord>((c) => f(c).duration, [])}></vaadin-grid-column>
      <vaadin-grid-column header="Rate per minute" width="8em" text-align="end" ${columnBodyRenderer<CallRecord>((c) => f(c).rate, [])}></vaadin-grid-column>
      <vaadin-grid-column header="Charge" width="7em" text-align="end" ${columnBodyRenderer<CallRecord>((c) => f(c).charge, [])}></vaadin-grid-column>
      <vaadin-grid-column header="Actions" width="8em" flex-grow="0.6" ${columnBodyRenderer<CallRecord>(
        (c) => html`<button type="button" class="block-button" aria-label=${`Block ${c.to}`} aria-disabled="false">Block</button>`,
        [],
      )}></vaadin-grid-column>`,
    grid,
  );
  let current: CallPages | undefined;
  const setSource = (pages: CallPages) => {
    if (current) current.disposed = true;
    current = pages;
    const source = pages;
    grid.dataProvider = (params: GridDataProviderParams<CallRecord>, callback: GridDataProviderCallback<CallRecord>) => {
      source.page(params.page).then(
        (items) => {
          if (!source.disposed) callback(items, source.total);
        },
        () => {
          if (!source.disposed) callback([], source.total);
        },
      );
    };
  };
  return { grid, setSource };
}
