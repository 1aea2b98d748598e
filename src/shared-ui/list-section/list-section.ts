import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BackOnline, isOffline } from '../../core/back-online.js';
import type { ElementBridge } from '../../core/base-element.js';
import { browserTimeZone, presetRange, type DayRange, type RangePreset } from '../../core/dates.js';
import type { ProviderErrorLike } from '../../core/errors.js';
import { formatNumber, type DisplaySettings } from '../../core/format.js';
import type { AccountDataProvider, DateRange } from '../../core/provider.js';
import type { DataTableColumn } from '../data-table/columns.js';
import { DataTableController } from '../data-table/data-table-controller.js';
import { RowSource, type PageRequest, type SourcePage } from '../data-table/row-source.js';
import { DateRangeController } from '../date-range/date-range-controller.js';
import { DisplayZone } from '../display-zone.js';
import type { ListStrings } from './list-strings.js';

/** Rows per request while browsing (capped by the provider's `limits.maxPageSize`). */
export const BROWSE_PAGE_SIZE = 200;

/** The element a list section lives in. */
export interface ListSectionHost extends ReactiveControllerHost, HTMLElement {
  readonly dataProvider: AccountDataProvider | undefined;
  reportProviderError(error: ProviderErrorLike, operation: string): void;
}

/** A section filtered by a range of calendar days (the element's `from` / `to`). */
export interface ListRange {
  /** The preset that fills in the days the element leaves unset. */
  preset: RangePreset;
  /** Presets offered (default: the date-range field's). */
  presets?: readonly RangePreset[];
  /** The element's `from` and `to` as set (empty or unset: the preset's). */
  days: () => { from?: string | undefined; to?: string | undefined };
  /** The user chose a valid range: the element sets its `from` / `to`. */
  commit: (days: DayRange) => void;
}

/** What a section's query is made from. */
export interface QueryInput {
  provider: AccountDataProvider;
  /** The display time zone (known: a section with a range never queries in a wrong zone). */
  zone: string;
  /** With a range: its days, defaults filled in, and their half-open instants in `zone`. */
  days?: DayRange;
  range?: DateRange;
}

export interface ListSectionOptions<T, P extends SourcePage<T>, Q> {
  /** The strings of the states and the table (the element's table). */
  text: () => ListStrings;
  /** The grid's accessible name. */
  label: () => string;
  columns: () => readonly DataTableColumn<T>[];
  /** The provider method that lists the rows (named in `provider-error`). */
  operation: string;
  range?: ListRange;
  /** Another list section's zone, when an element shows two lists (one look-up, one notice). */
  zone?: DisplayZone;
  /** False when rows may show before the user's zone is known (they show in the browser's until then). Default true. */
  needsZone?: boolean;
  /** False when the provider has no such list: the section says "not provided". */
  supported?: (provider: AccountDataProvider) => boolean;
  /** False while the element shows another of its lists: this one then sets no custom states. */
  active?: () => boolean;
  /** The query for the element's state; `undefined` keeps the rows shown (e.g. a tab not opened yet). */
  query: (input: QueryInput) => Q | undefined;
  /** The values that make two queries the same (each compared with `===`). */
  identity: (query: Q) => readonly unknown[];
  fetchPage: (provider: AccountDataProvider, query: Q, request: PageRequest) => Promise<P>;
  /** Rows per request (default 200; capped by the provider's `limits.maxPageSize`). */
  pageSize?: number;
  /** True when `fetchPage` can read the query from its end. */
  backward?: boolean;
  /** The number of rows from the first page (default: `page.total`). */
  totalOf?: (page: P) => number | undefined;
  /** A new query is being shown (e.g. the section starts summing it). */
  onQuery?: (provider: AccountDataProvider, query: Q) => void;
  /** The rows of a provider went (no provider, or another one whose zone is still asked). */
  onClear?: () => void;
  /** The error state's Retry, besides loading the first page again. */
  onRetry?: () => void;
}

/**
 * The skeleton of every list section (call log, transactions, bills, media files and
 * recordings, blocked numbers): the display time zone, the date range and its default preset,
 * the query's identity, the row source handed to the data table, the states' custom states and
 * busy flags. Its rendering is in `list-section-view.ts`. A section declares only what is its
 * own: its query and how a page of it is fetched, its columns, its range preset, its empty text
 * and its row actions.
 *
 * Queries are compared by {@link ListSectionOptions.identity}; a new one replaces the rows only
 * when its first page arrives (the old rows stay, busy), and an answer to a replaced query is
 * never shown. A section with a range waits for the display zone, so it never queries a range
 * in the wrong zone; a malformed, reversed or too long range keeps the rows shown and queries
 * nothing.
 */
export class ListSection<T, P extends SourcePage<T> = SourcePage<T>, Q = unknown> implements ReactiveController {
  readonly zone: DisplayZone;
  readonly range: DateRangeController | undefined;
  readonly table: DataTableController<T, P>;
  /** The query whose rows are shown (or on their way). */
  query: Q | undefined;
  private queryProvider: AccountDataProvider | undefined;
  /** The query each row source answers. */
  private readonly queries = new WeakMap<RowSource<T, P>, Q>();
  private displayed: DisplaySettings = { locale: undefined, timeZone: 'UTC' };

  constructor(
    readonly host: ListSectionHost,
    private readonly bridge: ElementBridge,
    private readonly options: ListSectionOptions<T, P, Q>,
  ) {
    // First, so that its `hostUpdate` (the query) runs before the table's.
    host.addController(this);
    // Rows (or the zone) that failed for want of a network: asked again when the browser is back online.
    // A zone two lists share is asked by the one shown (a second Retry would cancel the first's reload).
    new BackOnline(host, () => {
      const shown = options.active?.() ?? true;
      if (isOffline(this.table.source?.failure?.error) || (shown && this.zone.standIn !== undefined)) this.retry();
    });
    this.zone = options.zone ?? new DisplayZone(host, () => bridge.timeZones());
    const range = options.range;
    this.range = range
      ? new DateRangeController(host, {
          today: () => this.zone.today(this.displayed.timeZone),
          maxRangeDays: () => host.dataProvider?.limits?.maxRangeDays,
          presets: range.presets,
          onCommit: (days) => range.commit(days),
        })
      : undefined;
    this.table = new DataTableController<T, P>(host, {
      label: options.label,
      columns: options.columns,
      strings: () => {
        const t = options.text();
        return {
          loadingRow: t.loadingRow,
          retry: t.retry,
          errorTitle: t.errorTitle,
          loadingRows: (done, needed) =>
            t.loadingRows(formatNumber(needed > 0 ? done / needed : 0, this.displayed.locale, { style: 'percent' })),
        };
      },
    });
  }

  /** Locale and zone the rows format with (the same object while neither changes). */
  get display(): DisplaySettings {
    return this.displayed;
  }

  get source(): RowSource<T, P> | undefined {
    return this.table.source;
  }

  /** The query of the rows on screen (while a new one loads, {@link query} is already the new one). */
  get shownQuery(): Q | undefined {
    const source = this.table.source;
    return source && this.queries.get(source);
  }

  /** The provider has this list (else the section says it is not provided). */
  get supported(): boolean {
    const provider = this.host.dataProvider;
    return !!provider && (this.options.supported?.(provider) ?? true);
  }

  /** Rows are on their way: a first page, a new query's, or the zone asked again. */
  get waiting(): boolean {
    if (!this.supported) return false;
    const source = this.table.source;
    if (!source) return !this.rangeHeld;
    return source.status === 'loading' || this.table.switching || this.zone.asking;
  }

  /** The rows shown are complete and current: what an export may take. */
  get exportReady(): boolean {
    const source = this.table.source;
    return source?.status === 'ready' && source.rowCount > 0 && !this.table.switching;
  }

  /** The range's days, defaults filled in, in `zone`. */
  days(zone: string): DayRange | undefined {
    const range = this.options.range;
    if (!range) return undefined;
    const today = this.zone.today(zone);
    const preset = presetRange(range.preset, today);
    const set = range.days();
    // An empty attribute means "not set".
    return { from: set.from || preset.from, to: set.to || (set.from ? today : preset.to) };
  }

  /**
   * Asks the shown query again (after a change), keeping its rows until the new first page, and
   * what the section asks beside it (`onQuery`: the totals). With
   * `reveal`, the table then scrolls to that row (the one after a deleted row; focus, if it was
   * in the table, lands on it), or calls `empty` when no row is left.
   */
  reload(reveal?: number, empty?: () => void): RowSource<T, P> | undefined {
    const provider = this.queryProvider;
    const query = this.query;
    if (!provider || query === undefined) return undefined;
    const source = this.show(provider, query);
    this.options.onQuery?.(provider, query);
    if (reveal === undefined) return source;
    const table = this.table;
    const unsubscribe = source.subscribe(() => {
      if (source.status === 'loading') return;
      unsubscribe();
      // The table has switched to the new rows (it listens first).
      if (table.source !== source || source.status !== 'ready') return;
      if (source.rowCount > 0) table.revealRow(Math.min(reveal, source.rowCount - 1));
      else empty?.();
    });
    return source;
  }

  /** The error state's Retry: asks for the zone again first when that failed too. */
  retry(): void {
    const source = this.table.source;
    // A changed zone has queried anew by itself (when the query depends on it).
    void this.zone.retry((changed) => {
      if (changed && this.options.range) return;
      source?.retry();
      this.options.onRetry?.();
    });
  }

  hostUpdate(): void {
    const provider = this.host.dataProvider;
    const zone = this.zone.zone;
    const locale = this.bridge.locale();
    const timeZone = zone ?? (this.options.needsZone === false ? browserTimeZone() : 'UTC');
    if (locale !== this.displayed.locale || timeZone !== this.displayed.timeZone) this.displayed = { locale, timeZone };
    if (!provider || !this.supported) return this.clear();
    if (!zone && this.options.needsZone !== false) {
      // Another provider, whose zone is still being asked: nothing of the previous one stays.
      if (this.queryProvider !== provider) this.clear();
      return;
    }
    const input: QueryInput = { provider, zone: timeZone };
    if (this.range) {
      const days = this.days(timeZone)!;
      const range = this.range.showDays(days, timeZone);
      // An invalid range keeps the rows shown and queries nothing.
      if (!range) return;
      input.days = days;
      input.range = range;
    }
    const query = this.options.query(input);
    if (query === undefined) return;
    if (provider === this.queryProvider && this.query !== undefined && this.same(query, this.query)) return;
    this.show(provider, query);
    this.options.onQuery?.(provider, query);
  }

  hostUpdated(): void {
    if (this.options.active?.() === false) return;
    const status = this.table.source?.status;
    this.bridge.setState('loading', status === 'loading' || this.zone.asking);
    this.bridge.setState('error', status === 'error' && !this.zone.asking);
  }

  /** A range section with an invalid range and nothing shown yet: no rows are coming. */
  private get rangeHeld(): boolean {
    return !!this.range?.problem && !!this.zone.zone;
  }

  private same(a: Q, b: Q): boolean {
    const x = this.options.identity(a);
    const y = this.options.identity(b);
    return x.length === y.length && x.every((value, i) => value === y[i]);
  }

  private show(provider: AccountDataProvider, query: Q): RowSource<T, P> {
    const o = this.options;
    const size = o.pageSize ?? BROWSE_PAGE_SIZE;
    const source = new RowSource<T, P>({
      pageSize: Math.min(size, provider.limits?.maxPageSize ?? size),
      backward: o.backward,
      fetchPage: (request) => o.fetchPage(provider, query, request),
      totalOf: o.totalOf,
      onError: (error) => this.host.reportProviderError(error, o.operation),
    });
    this.query = query;
    this.queryProvider = provider;
    this.queries.set(source, query);
    // The table aborts the query it replaces.
    this.table.show(source);
    return source;
  }

  private clear(): void {
    if (this.query === undefined && this.queryProvider === undefined && !this.table.source) return;
    this.table.clear();
    this.query = undefined;
    this.queryProvider = undefined;
    this.options.onClear?.();
  }
}
