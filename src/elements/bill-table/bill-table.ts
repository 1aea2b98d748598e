import { html, nothing } from 'lit';
import type { RangePreset } from '../../core/dates.js';
import { formatNumber } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import { totalMoney } from '../../shared-ui/total-money.js';
import type { Bill } from '../../core/provider.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import { rowButton } from '../../shared-ui/data-table/row-button.js';
import { actionStatusStyles, totalsStyles } from '../../shared-ui/data-table/section.styles.js';
import { DEFAULT_PRESETS } from '../../shared-ui/date-range/date-range-controller.js';
import { ListSection } from '../../shared-ui/list-section/list-section.js';
import { rangeSectionStyles } from '../../shared-ui/list-section/list-section.styles.js';
import { RangeSection } from '../../shared-ui/list-section/range-section.js';
import {
  renderListBody,
  renderListRange,
  renderListSection,
  renderListZoneNotice,
} from '../../shared-ui/list-section/list-section-view.js';
import { BillFormatter, billColumns, billedDays } from './bill-columns.js';
import { BillDownload } from './bill-download.js';
import { billPage, outstandingOf, type BillPage, type BillQuery } from './bill-list.js';
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
 * @cssprop [--bill-table-max-height=28em] - Largest height of the table's scrolling area (and at most 85% of the window's height).
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
export class BillTable extends RangeSection<BillTableStrings> {
  static override styles = [...rangeSectionStyles, totalsStyles, actionStatusStyles, billTableStyles];
  static override defaultStrings = billTableStrings;
  static override translations: Translations<BillTableStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  private readonly formatter = new BillFormatter();

  private readonly list: ListSection<Bill, BillPage, BillQuery> = new ListSection(this, this.bridge, {
    text: () => this.text,
    label: () => this.text.tableLabel,
    columns: () => this.columns(),
    operation: 'listBills',
    supported: (provider) => typeof provider.listBills === 'function',
    range: this.rangeOf('last-3-months', BILL_PRESETS),
    query: ({ days, zone, range }) => ({ days: days!, zone, range: range! }),
    identity: (q) => [q.range],
    pageSize: ROWS_PAGE_SIZE,
    fetchPage: (provider, query, request) => billPage(provider, query, request, provider.limits?.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE),
  });

  private readonly downloads = new BillDownload(this, {
    // The month of the period's last day: right for a monthly period seen from either side of its zone.
    fileName: (bill, account) => this.text.billFileName(billedDays(bill, this.list.display.timeZone).last.slice(0, 7), account || bill.id),
    saved: (fileName) => this.text.downloaded(fileName),
    failed: (bill, error) =>
      `${this.text.downloadFailed(this.formatter.format(bill, this.list.display, this.text).period)} ${error.message}`,
    onError: (error) => this.reportProviderError(error, 'getBillDocument'),
  });

  override updated(): void {
    this.setCssState('downloading', this.downloads.busy);
  }

  private columns(): DataTableColumn<Bill>[] {
    return billColumns({
      text: this.text,
      display: this.list.display,
      formatter: this.formatter,
      download: this.downloads.available ? (bill, period, tabIndex) => this.renderDownload(bill, period, tabIndex) : undefined,
    });
  }
  private renderDownload(bill: Bill, period: string, tabIndex: 0 | -1) {
    const t = this.text;
    // A cell of the grid must hold something focusable, even without a document.
    if (bill.hasDocument === false) return html`<span class="no-document" data-control tabindex=${tabIndex}>${t.noDocument}</span>`;
    return rowButton(
      {
        part: 'download-button',
        label: t.downloadLabel(period),
        text: t.download,
        unavailable: this.downloads.isBusy(bill.id),
        onClick: () => void this.downloads.download(bill),
      },
      tabIndex,
    );
  }

  private renderOutstanding(bills: readonly Bill[]) {
    const t = this.text;
    const locale = this.list.display.locale;
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

  override render() {
    const t = this.text;
    const status = this.downloads.status;
    return renderListSection(
      this.list,
      t.title,
      html`${
        this.list.supported
          ? html`<div part="toolbar" class="toolbar">${renderListRange(this.list, t)}</div>
            ${renderListZoneNotice(this.list, t)}
            <p part="download-status" class="action-status ${status?.kind ?? ''}" role="status">${status?.message ?? ''}</p>`
          : nothing
      }
      ${renderListBody(this.list, t, {
        empty: t.empty,
        above: (source) => (source.rowCount > 0 && source.first ? this.renderOutstanding(source.first.bills) : nothing),
        bodyClass: 'bills',
      })}`,
    );
  }
}
