import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { styleProps } from '../style-props.js';
import { ColumnWidths } from './column-widths.js';
import { columnTracks, minTableWidth, type DataTableColumn } from './columns.js';
import { errorCell, headerCells, rowCells } from './grid-cells.js';
import { nextCell, type GridCell } from './grid-keys.js';
import { RowLayer, type LayerRow } from './row-layer.js';
import type { PageFailure, RowSource, SourcePage } from './row-source.js';
import { DEFAULT_MAX_SCROLL_HEIGHT, rowsPerViewport, scrollHeight, visibleRows } from './scroll-geometry.js';
import { revealInline } from './reveal-inline.js';
import { ScrollState } from './scroll-state.js';
import { TextMetrics } from './text-metrics.js';

/** Text the table needs (merge it into the host's strings table). */
export interface DataTableStrings {
  loadingRow: string;
  retry: string;
  errorTitle: string;
  /** Announced while far rows are being reached page by page. */
  loadingRows: (done: number, needed: number) => string;
}

export interface DataTableOptions<T> {
  columns: () => readonly DataTableColumn<T>[];
  /** The grid's accessible name. */
  label: () => string;
  strings: () => DataTableStrings;
  /** Largest scroll height laid out, px (default 4,000,000): longer lists scale the scroll range. */
  maxScrollHeight?: number;
  /** Rows rendered beyond each edge of the viewport (default 4). */
  overscan?: number;
  /** Row height (px) assumed until the first row is measured (default 40). */
  rowHeight?: number;
}

/**
 * A virtual data grid inside any element (a controller, not an element, so tag prefixes are no
 * concern): WAI-ARIA `grid` with column headers, row headers, `aria-rowcount` / `aria-rowindex`
 * for the whole list, a single tab stop with arrow-key navigation (see `grid-keys.ts`), and only
 * the visible rows (plus a few) in the DOM. Rows have a fixed height; the scroll range is capped
 * and scaled (`scroll-geometry.ts`) so a million rows scroll and the last one is reachable.
 *
 * Rows come from a {@link RowSource}. `show(source)` switches queries: the previous rows stay
 * on screen (marked busy) until the new source's first page arrives, then the table starts
 * again at the top. The focused row is never removed from the DOM while it is focused.
 *
 * The host renders `render()` where the table goes and includes `dataTableStyles`.
 */
export class DataTableController<T, P extends SourcePage<T> = SourcePage<T>> implements ReactiveController {
  private current: RowSource<T, P> | undefined;
  private next: RowSource<T, P> | undefined;
  private readonly unsubscribe = new Map<RowSource<T, P>, () => void>();
  private readonly scroller = createRef<HTMLDivElement>();
  private readonly head = createRef<HTMLDivElement>();
  private readonly layerEl = createRef<HTMLDivElement>();
  private readonly rowLayer: RowLayer;
  private readonly widths = new ColumnWidths();
  private readonly textMetrics = new TextMetrics();
  private measuringWidths = false;
  /** The rows `render()` laid out, put in the DOM by `hostUpdated()`. */
  private layout: LayerRow[] = [];
  private resizeObserver: ResizeObserver | undefined;
  private readonly scroll: ScrollState;
  private measured = false;
  /** Whether the first column sticks to the inline-start edge (see `measure()`). */
  private pinFirst = true;
  private measuring = false;
  private active: GridCell = { row: 0, col: 0 };
  private focusAfterUpdate = false;
  private focusWithin = false;
  private focusWasInGrid = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataTableOptions<T>,
  ) {
    this.rowLayer = new RowLayer({ host });
    this.scroll = new ScrollState(
      options.rowHeight ?? 40,
      () => this.current?.rowCount ?? 0,
      options.maxScrollHeight ?? DEFAULT_MAX_SCROLL_HEIGHT,
    );
    host.addController(this);
  }

  /** The source whose rows are shown. */
  get source(): RowSource<T, P> | undefined {
    return this.current;
  }

  /** True while a new query loads behind the rows shown. */
  get switching(): boolean {
    return this.next !== undefined;
  }

  /**
   * Shows `source`'s rows: at once when nothing is shown yet, else when its first page arrives
   * (until then the current rows stay, busy). The table owns the sources it is given and
   * disposes each when it is replaced.
   */
  show(incoming: RowSource<T, P>): void {
    if (incoming === this.current || incoming === this.next) return;
    if (this.next) this.drop(this.next);
    this.unsubscribe.set(
      incoming,
      incoming.subscribe(() => this.onSourceChange(incoming)),
    );
    // A host removed before its update still updates: it must not start fetching until it is back.
    // Otherwise the top of the list is asked for now, not after this update's render and commit:
    // the request's wait overlaps that work (the window on screen is declared in `hostUpdated`).
    if (!this.host.isConnected) incoming.pause();
    else incoming.want(0, 0);
    if (!this.current || !this.current.first) {
      if (this.current) this.drop(this.current);
      this.current = incoming;
      this.next = undefined;
      this.reset();
    } else {
      this.next = incoming;
    }
    this.host.requestUpdate();
  }

  /** Drops every source (e.g. no provider any more). */
  clear(): void {
    if (!this.current && !this.next) return;
    if (this.current) this.drop(this.current);
    if (this.next) this.drop(this.next);
    this.current = undefined;
    this.next = undefined;
    this.host.requestUpdate();
  }

  /** Scrolls so `row` is visible (and makes it the active row). */
  revealRow(row: number): void {
    this.active = { row, col: this.active.col };
    this.scroll.reveal(row);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.current?.resume();
    this.next?.resume();
  }

  hostDisconnected(): void {
    this.current?.pause();
    this.next?.pause();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  hostUpdate(): void {
    this.focusWasInGrid = this.gridHasFocus();
  }

  hostUpdated(): void {
    this.rowLayer.sync(this.layerEl.value, this.current ? this.layout : [], this.focusWithin ? this.active.row : undefined);
    // Columns as wide as their widest value shown so far: widen (and render again) when a new row needs it.
    // (Once this update is complete, so widening is not a change made during one.)
    if (!this.measuringWidths && this.scroller.value) {
      this.measuringWidths = true;
      void this.host.updateComplete.then(() => {
        this.measuringWidths = false;
        const grid = this.scroller.value?.querySelector<HTMLElement>('.grid');
        if (grid && this.widths.measure(grid, this.options.columns() as readonly DataTableColumn<unknown>[])) this.host.requestUpdate();
      });
    }
    // A re-render replaced the focused element (a page failed), or moved the tab stop off it into
    // a control inside it (a placeholder cell's row arrived): put focus back on the active cell.
    // The second case must not wait for the engine: a cell that lost its tabindex is blurred at
    // once by Chromium but only at Gecko's next style flush, after this check (focus would be lost).
    if (this.focusWasInGrid && (!this.gridHasFocus() || this.tabStopMovedInside())) this.focusAfterUpdate = true;
    const scroller = this.scroller.value;
    if (scroller && !this.resizeObserver) {
      // Measured in the next frame: the new sizes re-render the table, which must not happen inside
      // the observer's own delivery (Gecko reports that as a "ResizeObserver loop" error).
      this.resizeObserver = new ResizeObserver(() =>
        requestAnimationFrame(() => {
          // The text got wider or narrower (text spacing, font size, a font loaded): size the columns again.
          if (this.textMetrics.changed()) {
            this.widths.remeasure();
            this.host.requestUpdate();
          }
          this.measure();
        }),
      );
      this.resizeObserver.observe(scroller);
      if (this.head.value) this.resizeObserver.observe(this.head.value);
      if (this.textMetrics.element) this.resizeObserver.observe(this.textMetrics.element);
    }
    if (scroller && !this.measured && !this.measuring && scroller.querySelector('.layer > .row')) {
      // Measured once this update is complete, so the new height is not a change made during one.
      this.measuring = true;
      void this.host.updateComplete.then(() => {
        this.measuring = false;
        this.measure();
      });
    }
    const top = this.scroll.takePendingScrollTop();
    if (scroller && top !== undefined) scroller.scrollTop = top;
    const g = this.scroll.geometry();
    const { first, last } = visibleRows(this.scroll.position(g), g, this.options.overscan ?? 4);
    const current = this.current;
    if (current) {
      const ahead = Math.ceil(current.pageSize / 2);
      current.want(first, last + ahead);
    }
    this.next?.want(0, rowsPerViewport(g));
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      const target = this.focusTarget();
      target?.focus({ preventScroll: true });
      if (target && scroller) revealInline(scroller, target);
    }
  }

  private drop(source: RowSource<T, P>): void {
    this.unsubscribe.get(source)?.();
    this.unsubscribe.delete(source);
    source.dispose();
  }

  private reset(): void {
    this.widths.reset();
    this.scroll.reset();
    this.active = { row: Math.min(this.active.row, 0), col: this.active.col };
    if (this.focusWithin) this.focusAfterUpdate = true;
  }

  private onSourceChange(source: RowSource<T, P>): void {
    if (source === this.next && source.status !== 'loading') {
      const previous = this.current;
      this.current = source;
      this.next = undefined;
      if (previous) this.drop(previous);
      this.reset();
    }
    this.host.requestUpdate();
  }

  private measure(): void {
    const scroller = this.scroller.value;
    if (!scroller) return;
    const headHeight = this.head.value?.offsetHeight ?? 0;
    const row = scroller.querySelector<HTMLElement>('.layer > .row');
    if (row) this.measured = true;
    const rowHeight = row && row.offsetHeight > 0 ? row.offsetHeight : this.scroll.rowHeight;
    if (this.scroll.resize(rowHeight, Math.max(rowHeight, scroller.clientHeight - headHeight))) this.host.requestUpdate();
    // The first column sticks while the table scrolls sideways, if it leaves 40% of the width to the others.
    const first = this.head.value?.querySelector<HTMLElement>('.cell');
    const pinFirst = !first || first.offsetWidth <= 0.6 * scroller.clientWidth;
    if (pinFirst !== this.pinFirst) {
      this.pinFirst = pinFirst;
      this.host.requestUpdate();
    }
  }

  private readonly onScroll = (event: Event) => {
    if (this.scroll.scrolled((event.currentTarget as HTMLElement).scrollTop)) this.host.requestUpdate();
  };

  /** See `ScrollState.wheel`: on a scaled list the wheel moves the rows by its own delta. */
  private readonly onWheel = {
    passive: false,
    handleEvent: (event: WheelEvent) => {
      if (!this.scroll.wheel(event)) return;
      event.preventDefault();
      this.host.requestUpdate();
    },
  };

  private cellFromEvent(event: Event): GridCell | undefined {
    let col = 0;
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement)) continue;
      if (node.dataset.col !== undefined) col = Number(node.dataset.col);
      if (node.dataset.row !== undefined) return { row: Number(node.dataset.row), col };
    }
    return undefined;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    this.focusWithin = true;
    const cell = this.cellFromEvent(event);
    if (!cell) return;
    if (cell.row !== this.active.row || cell.col !== this.active.col) {
      this.active = cell;
      this.host.requestUpdate();
    }
    // Focus landed on the active row kept outside the viewport (Tab back into the grid).
    const g = this.scroll.geometry();
    const { first, last } = visibleRows(this.scroll.position(g), g);
    if (cell.row >= 0 && (cell.row < first || cell.row > last) && this.scroll.reveal(cell.row)) this.host.requestUpdate();
    // Sideways too, as the browser does not place it under the first column (Tab). Not for a pointer's
    // focus: moved away before the button is released, the press would not be a click on it.
    const focused = event.composedPath()[0];
    if (this.scroller.value && focused instanceof HTMLElement && focused.matches(':focus-visible'))
      revealInline(this.scroller.value, focused);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const grid = event.currentTarget as HTMLElement;
    this.focusWithin = event.relatedTarget instanceof Node && grid.contains(event.relatedTarget);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    const g = this.scroll.geometry();
    const target = nextCell(this.active, event, {
      rowCount: g.rowCount,
      colCount: this.options.columns().length,
      pageRows: rowsPerViewport(g),
      rtl: getComputedStyle(this.host).direction === 'rtl',
    });
    if (!target) return;
    event.preventDefault();
    this.active = target;
    this.scroll.reveal(target.row);
    this.focusAfterUpdate = true;
    this.host.requestUpdate();
  };

  /** The element that takes focus for the active cell: its control, else the cell. */
  private focusTarget(): HTMLElement | null {
    const scroller = this.scroller.value;
    const row = scroller?.querySelector<HTMLElement>(`[data-row="${this.active.row}"]`);
    if (!row) return null;
    const cell = row.querySelector<HTMLElement>(`[data-col="${this.active.col}"]`) ?? row.querySelector<HTMLElement>('[data-col]');
    return cell?.querySelector<HTMLElement>('[data-control]') ?? cell ?? null;
  }

  /** True when focus is on an element that now holds the active cell's focus target (its control) instead of being it. */
  private tabStopMovedInside(): boolean {
    const focused = this.host.shadowRoot?.activeElement;
    const target = this.focusTarget();
    return !!focused && !!target && focused !== target && focused.contains(target);
  }

  private gridHasFocus(): boolean {
    const root = this.host.shadowRoot;
    const active = root?.activeElement;
    return !!active && !!this.scroller.value?.contains(active);
  }

  private readonly tabIndexOf = (row: number, col: number): 0 | -1 => (row === this.active.row && col === this.active.col ? 0 : -1);

  private renderCells(
    position: number,
    columns: readonly DataTableColumn<T>[],
    failure: PageFailure | undefined,
  ): TemplateResult | TemplateResult[] {
    const row = this.current!.row(position);
    const text = this.options.strings();
    if (failure && row === undefined) {
      return errorCell(failure.error.message, text, columns.length, this.active.row === position ? 0 : -1, () => this.current?.retry());
    }
    return rowCells(row, position, columns, this.tabIndexOf, text.loadingRow);
  }

  /** The grid (and a status line for long loads). */
  render(): TemplateResult {
    const source = this.current;
    const columns = this.options.columns();
    const g = this.scroll.geometry();
    const position = this.scroll.position(g);
    const { first, last } = visibleRows(position, g, this.options.overscan ?? 4);
    const positions: number[] = [];
    // While focus is in the grid, the focused row stays in the DOM wherever the user scrolls.
    const kept = this.focusWithin && this.active.row >= 0 && this.active.row < g.rowCount ? this.active.row : -1;
    if (kept >= 0 && kept < first) positions.push(kept);
    for (let p = first; p <= last; p++) positions.push(p);
    if (kept > last) positions.push(kept);
    // The failure shows in the first missing row on screen: where the user looks for the rows.
    const errorAt = source?.failure ? positions.find((p) => source.row(p) === undefined) : undefined;
    // Rows flow inside one layer moved by a single transform (one restyle per scroll step); the
    // scaled scroll offset maps onto it: layer top = first row's natural top − position + scrollTop.
    const scrollTop = this.scroll.scrollTop;
    const offset = scrollTop - position;
    const layerY = first * g.rowHeight + offset;
    // The focused row kept outside the window sits just outside the viewport, so focusing it
    // never makes the browser scroll far away.
    const detachedY = (p: number) =>
      Math.min(scrollTop + g.viewport + g.rowHeight, Math.max(scrollTop - 2 * g.rowHeight, p * g.rowHeight + offset)) - layerY;
    this.layout = source
      ? positions.map((p) => ({
          position: p,
          cells: this.renderCells(p, columns, p === errorAt ? source.failure : undefined),
          ...(p >= first && p <= last ? {} : { y: detachedY(p) }),
        }))
      : [];
    const progress = source?.progress;
    const text = this.options.strings();
    const rowCount = source?.total !== undefined ? source.total + 1 : -1;
    return html`<div class="table-scroller" part="table-scroller" ${ref(this.scroller)} @scroll=${this.onScroll} @wheel=${this.onWheel}>
        ${this.textMetrics.render()}
        <div
          role="grid"
          class="grid ${this.pinFirst ? 'pin-first' : ''}"
          part="table"
          aria-label=${this.options.label()}
          aria-rowcount=${rowCount}
          aria-colcount=${columns.length}
          aria-busy=${this.next || source?.busy ? 'true' : 'false'}
          ${styleProps({
            '--_columns': columnTracks(columns as readonly DataTableColumn<unknown>[], this.widths.measured, this.widths.natural),
            'min-inline-size': minTableWidth(columns as readonly DataTableColumn<unknown>[], this.widths.measured),
          })}
          @keydown=${this.onKeydown}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <div role="rowgroup" class="head" part="table-head" ${ref(this.head)}>
            <div role="row" class="row header-row" aria-rowindex="1" data-row="-1">${headerCells(columns, this.tabIndexOf)}</div>
          </div>
          <div role="rowgroup" class="body ${this.next ? 'stale' : ''}" ${styleProps({ height: `${scrollHeight(g)}px` })}>
            <div class="layer" ${ref(this.layerEl)} ${styleProps({ transform: `translateY(${layerY}px)` })}></div>
          </div>
        </div>
      </div>
      <p class="table-status" part="table-status" role="status">${progress ? text.loadingRows(progress.done, progress.needed) : ''}</p>`;
  }
}
