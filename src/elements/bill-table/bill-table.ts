import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import { presetRange, type DayRange, type RangePreset } from '../../core/dates.js';
import { formatNumber, type DisplaySettings } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import { totalMoney } from '../../shared-ui/total-money.js';
import type { AccountDataProvider, Bill } from '../../core/provider.js';
import { ProviderTask } from '../../core/provider-task.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import { DataTableController } from '../../shared-ui/data-table/data-table-controller.js';
import { dataTableStyles } from '../../shared-ui/data-table/data-table.styles.js';
import { actionStatusStyles, totalsStyles } from '../../shared-ui/data-table/section.styles.js';
import type { RowSource } from '../../shared-ui/data-table/row-source.js';
import { DateRangeController, DEFAULT_PRESETS } from '../../shared-ui/date-range/date-range-controller.js';
import { renderDateRange, renderEarlierMonth } from '../../shared-ui/date-range/date-range-template.js';
import { dateRangeStyles } from '../../shared-ui/date-range/date-range.styles.js';
import { renderEmpty, renderError, renderLoading, renderNoProvider, renderNotSupported } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { DisplayZone } from '../../shared-ui/display-zone.js';
import { renderZoneNotice, zoneNoticeStyles } from '../../shared-ui/zone-notice.js';
import { BillFormatter, billColumns, billedDays } from './bill-columns.js';
import { BillDownload } from './bill-download.js';
import { billSource, loadBills, outstandingOf, type BillList, type BillQuery } from './bill-list.js';
import { billTableStyles } from './bill-table.styles.js';
import { billTableStrings, type BillTableStrings } from './bill-table.strings.js';

/** Rows per request when the provider states no `maxPageSize`. */
const DEFAULT_MAX_PAGE_SIZE = 500;
/** Rows the table takes from the loaded bills at a time. */
const ROWS_PAGE_SIZE = 100;
/** "Last 3 months" first: the default range. */
const BILL_PRESETS: readonly RangePreset[] = ['last-3-months', ...DEFAULT_PRESETS];

/**
 * The Bills section: the account's bills for a date range — bill date, billed period, due date,
 * amount, status (**Paid** / **Unpaid** / **Overdue**, a word with a status style) and
 * **Download** of the bill document — with the outstanding sum (unpaid and overdue bills) of the
 * range.
 *
 * The range is whole calendar days in the display time zone (`from` … `to`, both inclusive) and
 * selects bills by their issue date. Unset, it is the **last three months**: from the day after
 * the same day three calendar months ago through today, computed in the display time zone and
 * shown in the range field (preset "Last 3 months"). A malformed, reversed or too long range
 * shows an error and is not queried.
 *
 * Bills are few, so every bill of the range is read (page after page) before the table shows
 * them: the outstanding sum is exact for the range. The billed period is shown as calendar days
 * in the display time zone, both inclusive (the provider's `periodEnd` is exclusive).
 * **Download** fetches the document through the provider's `getBillDocument` and saves it as
 * `bill_<YYYY-MM>_<account>.pdf`; without that method the column is not shown. A provider
 * without `listBills` gets a "not provided" message.
 *
 * @tagname bill-table
 * @summary Bills of a period with their status, the outstanding sum and document download.
 *
 * @fires provider-error - When loading the bills or a document fails. Detail: `{ error, operation }` (`listBills`, `getBillDocument`).
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart toolbar - The row with the date-range field.
 * @csspart date-range - The date-range fieldset.
 * @csspart preset - The Period select.
 * @csspart field - Each label + control group of the date-range field.
 * @csspart input - The From and To inputs.
 * @csspart date-from - The From input.
 * @csspart date-to - The To input.
 * @csspart field-error - The date-range error.
 * @csspart totals - The list with the outstanding sum.
 * @csspart total - The outstanding sum.
 * @csspart outstanding - The outstanding sum (also `total`).
 * @csspart download-status - The status line of downloads.
 * @csspart table-scroller - The scrolling area of the table.
 * @csspart table - The grid.
 * @csspart table-head - The header row group.
 * @csspart column-header - Each column header.
 * @csspart row - Each row of bills.
 * @csspart cell - Each cell of a loaded row.
 * @csspart status - Each bill's status word.
 * @csspart status-paid - The status of a paid bill.
 * @csspart status-unpaid - The status of an unpaid bill.
 * @csspart status-overdue - The status of an overdue bill.
 * @csspart download-button - Each row's Download button.
 * @csspart row-error - A failed page's inline error (with Retry).
 * @csspart table-status - The line announcing progress towards far rows.
 * @csspart button - Every button.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and Retry).
 * @csspart error-message - The provider's message.
 * @csspart retry-button - The Retry buttons.
 * @csspart zone-notice - Says the times are in a stand-in zone (the account's or the browser's) because the user's could not be loaded (no `time-zone` set), with its Retry; empty otherwise.
 * @csspart zone-retry-button - The notice's Retry: asks for the user's time zone again.
 * @csspart empty - The empty state.
 * @csspart earlier-button - In the empty state: **Show <month>**, the calendar month before the range's From day, in one click.
 * @csspart no-provider - Shown when no data provider is configured.
 * @csspart not-supported - Shown when the provider has no bills (`listBills`).
 *
 * @cssprop --bill-table-height - Height of the table's scrolling area (default: as tall as its rows, up to `--bill-table-max-height`).
 * @cssprop [--bill-table-max-height=28em] - Largest height of the table's scrolling area.
 * @cssprop [--bill-table-row-height=2.75em] - Height of every row (fixed; measured once).
 * @cssprop [--bill-table-header-background=var(--paw-color-surface-raised)] - Background of the column headers.
 * @cssprop [--bill-table-stripe=color-mix(in srgb, var(--paw-color-surface-raised) 60%, var(--paw-color-surface))] - Background of every other row.
 * @cssprop [--bill-table-paid-color=var(--paw-color-success)] - Colour of the Paid status.
 * @cssprop [--bill-table-unpaid-color=var(--paw-color-warning)] - Colour of the Unpaid status.
 * @cssprop [--bill-table-overdue-color=var(--paw-color-danger)] - Colour of the Overdue status.
 *
 * @cssstate loading - While the bills of a range load.
 * @cssstate error - After loading failed.
 * @cssstate downloading - While a bill document is being fetched.
 */
export class BillTable extends PawElement<BillTableStrings> {
  static override styles = [...baseStyles, dateRangeStyles, dataTableStyles, totalsStyles, actionStatusStyles, billTableStyles, zoneNoticeStyles];
  static override defaultStrings = billTableStrings;
  static override translations: Translations<BillTableStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** First day of the range, `YYYY-MM-DD` (inclusive). Default: the day after the same day three months ago. */
  @property({ reflect: true })
  from: string | undefined;

  /** Last day of the range, `YYYY-MM-DD` (inclusive). Default: today. */
  @property({ reflect: true })
  to: string | undefined;

  private readonly formatter = new BillFormatter();
  private query: BillQuery | undefined;
  private queryProvider: unknown;
  /** Locale and zone for this update. */
  private view: DisplaySettings = { locale: undefined, timeZone: 'UTC' };
  /** The bills list each table source shows. */
  private readonly lists = new WeakMap<RowSource<Bill>, BillList>();
  private shown: BillList | undefined;

  private readonly zone = new DisplayZone(this, () => [this.timeZone, this.inheritedDisplay?.timeZone]);

  private readonly range = new DateRangeController(this, {
    today: () => this.zone.today(this.view.timeZone),
    maxRangeDays: () => this.dataProvider?.limits?.maxRangeDays,
    presets: BILL_PRESETS,
    onCommit: (days) => {
      this.from = days.from;
      this.to = days.to;
    },
  });

  private readonly bills = new ProviderTask(this, {
    operation: 'listBills',
    args: () => [this.query] as const,
    ready: ([query]) => query !== undefined,
    run: (provider, [query], { signal }) => loadBills(provider, query!, provider.limits?.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE, signal),
  });

  private readonly table = new DataTableController<Bill>(this, {
    label: () => this.text.tableLabel,
    columns: () => this.columns(),
    strings: () => {
      const t = this.text;
      return {
        loadingRow: t.loadingRow,
        retry: t.retry,
        errorTitle: t.errorTitle,
        loadingRows: (done, needed) => t.loadingRows(formatNumber(needed > 0 ? done / needed : 0, this.view.locale, { style: 'percent' })),
      };
    },
  });

  private readonly downloads = new BillDownload(this, {
    // The month of the period's last day: right for a monthly period seen from either side of its zone.
    fileName: (bill, account) => this.text.billFileName(billedDays(bill, this.view.timeZone).last.slice(0, 7), account || bill.id),
    saved: (fileName) => this.text.downloaded(fileName),
    failed: (bill, error) => `${this.text.downloadFailed(this.formatter.format(bill, this.view, this.text).period)} ${error.message}`,
    onError: (error) => this.reportProviderError(error, 'getBillDocument'),
  });

  /** The days the attributes ask for, defaults filled in. */
  private days(zone: string): DayRange {
    const now = this.zone.today(zone);
    const months = presetRange('last-3-months', now);
    // An empty attribute means "not set".
    return { from: this.from || months.from, to: this.to || (this.from ? now : months.to) };
  }

  private get supported(): boolean {
    return typeof this.dataProvider?.listBills === 'function';
  }

  override willUpdate(): void {
    const provider = this.dataProvider;
    const zone = this.zone.zone;
    this.view = { locale: this.resolvedLocale, timeZone: zone ?? 'UTC' };
    if (!provider || !this.supported) {
      this.query = undefined;
      this.queryProvider = undefined;
      this.shown = undefined;
      this.table.clear();
      return;
    }
    if (zone) this.updateQuery(provider, zone);
    else if (this.query && this.queryProvider !== provider) {
      // Another provider, whose zone is still being asked: nothing of the previous one stays.
      this.query = undefined;
      this.queryProvider = undefined;
      this.shown = undefined;
      this.bills.value = undefined;
      this.table.clear();
      return;
    }
    // Rows follow the loaded list (the previous one stays, busy, while the next loads).
    const list = this.bills.value;
    if (list && list !== this.shown) {
      this.shown = list;
      const source = billSource(list.bills, ROWS_PAGE_SIZE);
      this.lists.set(source, list);
      this.table.show(source);
    }
  }

  private updateQuery(provider: AccountDataProvider, zone: string): void {
    const days = this.days(zone);
    const range = this.range.sync(days, zone);
    // An invalid range keeps the bills shown and makes no query.
    if (!range) return;
    if (this.query && this.queryProvider === provider && this.query.range === range) return;
    this.query = { days, zone, range };
    this.queryProvider = provider;
  }

  /** Bills are on their way: a range loads, or the display time zone is being asked (again). */
  private get waiting(): boolean {
    if (!this.supported) return false;
    if (!this.query && this.range.problem) return false;
    return this.bills.state.status === 'loading' || this.table.switching || this.zone.asking;
  }

  override updated(): void {
    const status = this.bills.state.status;
    this.setCssState('loading', this.waiting);
    this.setCssState('error', status === 'error' && !this.zone.asking);
    this.setCssState('downloading', this.downloads.busy);
    // The table's height for its rows: header + rows + the scroller's and header's borders (1px
    // each). Through CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
    const rows = (this.table.source && this.lists.get(this.table.source)?.bills.length) ?? 0;
    this.renderRoot.querySelector<HTMLElement>('.bills')?.style.setProperty('--_fit-height', `calc(${rows + 1} * var(--_row-height) + 3px)`);
  }

  private columns(): DataTableColumn<Bill>[] {
    return billColumns({
      text: this.text,
      display: this.view,
      formatter: this.formatter,
      download: this.downloads.available ? (bill, period, tabIndex) => this.renderDownload(bill, period, tabIndex) : undefined,
    });
  }

  private renderDownload(bill: Bill, period: string, tabIndex: 0 | -1) {
    const t = this.text;
    // A cell of the grid must hold something focusable, even without a document.
    if (bill.hasDocument === false) return html`<span class="no-document" data-control tabindex=${tabIndex}>${t.noDocument}</span>`;
    const busy = this.downloads.isBusy(bill.id);
    // aria-disabled, not disabled: the button stays focusable, so grid navigation never loses focus.
    return html`<button
      class="button download-button"
      part="download-button button"
      type="button"
      data-control
      tabindex=${tabIndex}
      aria-label=${t.downloadLabel(period)}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => void this.downloads.download(bill)}
    >
      ${t.download}
    </button>`;
  }

  private renderOutstanding(bills: readonly Bill[]) {
    const t = this.text;
    const locale = this.view.locale;
    const owed = outstandingOf(bills);
    return html`<dl part="totals" class="totals">
      <div class="total" part="total outstanding">
        <dt>${t.outstanding}</dt>
        ${owed.amounts.map((m) => totalMoney(m, locale))}
        <dd class="count">${owed.unpaid === 0 ? t.allPaid : t.unpaidCount(owed.unpaid, formatNumber(owed.unpaid, locale))}</dd>
        ${owed.overdue > 0 ? html`<dd class="count overdue">${t.overdueCount(owed.overdue, formatNumber(owed.overdue, locale))}</dd>` : nothing}
      </div>
    </dl>`;
  }

  private renderBody() {
    const t = this.text;
    if (!this.dataProvider) return renderNoProvider(t);
    if (!this.supported) return renderNotSupported(t);
    const state = this.bills.state;
    if (state.status === 'error' && this.zone.asking) return renderLoading(t);
    if (state.status === 'error') return renderError(state.error, t, () => void this.zone.retry((changed) => changed || void this.bills.run()));
    const source = this.table.source;
    const list = source && this.lists.get(source);
    if (!source || !list || source.status === 'loading') return this.query || !this.range.problem ? renderLoading(t) : nothing;
    if (source.status === 'error') return renderError(source.failure!.error, t, () => source.retry());
    const reloading = state.status === 'loading' || this.table.switching;
    return html`<div class="bills ${reloading ? 'reloading' : ''}" aria-busy=${reloading ? 'true' : 'false'}>
      ${list.bills.length === 0 ? renderEmpty(t.empty, renderEarlierMonth(this.range, t, this, this.view.locale)) : html`${this.renderOutstanding(list.bills)} ${this.table.render()}`}
    </div>`;
  }

  override render() {
    const t = this.text;
    const supported = !!this.dataProvider && this.supported;
    const status = this.downloads.status;
    return html`<section part="base" aria-labelledby="title" aria-busy=${this.waiting ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${t.title}</h2>
      ${supported
        ? html`<div part="toolbar" class="toolbar">${renderDateRange(this.range, t, { maxDays: this.dataProvider?.limits?.maxRangeDays })}</div>
            ${renderZoneNotice(this.zone, t, this.bills.state.status !== 'error')}
            <p part="download-status" class="action-status ${status?.kind ?? ''}" role="status">${status?.message ?? ''}</p>`
        : nothing}
      ${this.renderBody()}
    </section>`;
  }
}
