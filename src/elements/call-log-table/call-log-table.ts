import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Translations } from '../../core/i18n/translations.js';
import type { DayRange } from '../../core/dates.js';
import { formatNumber } from '../../core/format.js';
import { totalMoney } from '../../shared-ui/total-money.js';
import type { CallOrder, CallPage, CallRecord, CallTotals, DateRange } from '../../core/provider.js';
import { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import { CsvExportController } from '../../shared-ui/data-table/csv-export.js';
import { renderCsvExport } from '../../shared-ui/data-table/csv-export-view.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import { rowButton } from '../../shared-ui/data-table/row-button.js';
import { actionStatusStyles, csvExportStyles, toolbarStyles, totalsStyles } from '../../shared-ui/data-table/section.styles.js';
import { safeFileName } from '../../shared-ui/download.js';
import { exportList } from '../../shared-ui/list-section/list-export.js';
import { ListSection } from '../../shared-ui/list-section/list-section.js';
import { rangeSectionStyles } from '../../shared-ui/list-section/list-section.styles.js';
import { RangeSection } from '../../shared-ui/list-section/range-section.js';
import {
  renderListBody,
  renderListRange,
  renderListSection,
  renderListZoneNotice,
} from '../../shared-ui/list-section/list-section-view.js';
import type { RowSource } from '../../shared-ui/data-table/row-source.js';
import { BlockAction } from './block-action.js';
import { CallFormatter, callColumns } from './call-columns.js';
import { callCsvColumns } from './call-csv.js';
import { callLogTableStyles } from './call-log-table.styles.js';
import { callLogTableStrings, type CallLogTableStrings } from './call-log-table.strings.js';
import { CallTotalsRequest, type CallTotalsState } from './call-totals.js';

/** The query the rows on screen answer. */
interface CallQuery {
  days: DayRange;
  zone: string;
  range: DateRange;
  order: CallOrder;
}

const opposite = (order: CallOrder): CallOrder => (order === 'newest' ? 'oldest' : 'newest');

/**
 * The Per Minute section: the log of international calls for a date range, with totals (calls,
 * minutes, charges), a virtual table that stays fast on a million calls, CSV export and
 * **Block** on each call's number.
 *
 * The range is whole calendar days in the display time zone (`from` … `to`, both inclusive; the
 * provider gets the half-open instant range). Unset, it is this month. A malformed, reversed or
 * too long range (over the provider's `limits.maxRangeDays`) shows an error and is not queried.
 *
 * Rows come in cursor pages as the table scrolls; only the visible rows are in the DOM; the
 * scroll range is scaled so the last of a million rows is reachable; rows near the end are read
 * through the opposite `order`. While a new range or order loads, the previous rows stay (busy).
 * The table is a WAI-ARIA grid: ↑/↓/←/→, PageUp/PageDown, Home/End, Ctrl+Home/End; one tab stop.
 *
 * @tagname call-log-table
 * @summary International calls of a period: totals, a virtual table, CSV export, Block.
 *
 * @fires number-blocked - After the provider blocked a call's number. Detail: the `BlockedNumber`.
 * @fires provider-error - When loading, exporting or blocking fails, or the totals (`getCallTotals`). Detail: `{ error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart toolbar - The row with the date-range field and the export.
 * @csspart date-range - The date-range fieldset.
 * @csspart preset - The Period select.
 * @csspart field - Each label + control group of the date-range field.
 * @csspart input - The From and To inputs.
 * @csspart date-from - The From input.
 * @csspart date-to - The To input.
 * @csspart field-error - The date-range error.
 * @csspart export - The export controls.
 * @csspart export-button - The Export CSV button.
 * @csspart cancel-export-button - The Cancel export button.
 * @csspart export-progress - The export progress bar.
 * @csspart export-status - The export's status line.
 * @csspart status - The status line of the Block action.
 * @csspart totals - The totals list.
 * @csspart totals-status - While a provider with `getCallTotals` sums the range: "Calculating totals…", or why they failed.
 * @csspart totals-retry-button - Asks for the totals again after they failed.
 * @csspart table-scroller - The scrolling area of the table.
 * @csspart table - The grid.
 * @csspart table-head - The header row group.
 * @csspart column-header - Each column header.
 * @csspart sort-button - The date column's sort button.
 * @csspart row - Each row of calls.
 * @csspart cell - Each cell of a loaded row.
 * @csspart row-error - A failed page's inline error (with Retry).
 * @csspart table-status - The line announcing progress towards far rows.
 * @csspart block-button - Each row's Block button.
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
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - Its title.
 * @csspart dialog-message - Its message.
 * @csspart dialog-actions - Its buttons' row.
 * @csspart dialog-cancel - Its Cancel button.
 * @csspart dialog-confirm - Its Block button.
 *
 * @cssprop [--call-log-table-height=28em] - Height of the table's scrolling area (at most 85% of the window's height).
 * @cssprop [--call-log-table-row-height=2.75em] - Height of every row (fixed; measured once).
 * @cssprop [--call-log-table-header-background=var(--paw-color-surface-raised)] - Background of the column headers.
 * @cssprop [--call-log-table-stripe=color-mix(in srgb, var(--paw-color-surface-raised) 60%, var(--paw-color-surface))] - Background of every other row.
 *
 * @cssstate loading - While the first page of a range loads.
 * @cssstate error - After the first page failed.
 * @cssstate exporting - While a CSV export runs.
 */
export class CallLogTable extends RangeSection<CallLogTableStrings> {
  static override styles = [...rangeSectionStyles, toolbarStyles, csvExportStyles, totalsStyles, actionStatusStyles, callLogTableStyles];
  static override defaultStrings = callLogTableStrings;
  static override translations: Translations<CallLogTableStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** `newest` (default) or `oldest` first. */
  @property({ reflect: true })
  order: CallOrder = 'newest';

  private readonly confirm = new ConfirmController(this);
  private readonly formatter = new CallFormatter(() => this.text.unknownDestination);

  private readonly list: ListSection<CallRecord, CallPage, CallQuery> = new ListSection(this, this.bridge, {
    text: () => this.text,
    label: () => this.text.tableLabel,
    columns: () => this.columns(),
    operation: 'listInternationalCalls',
    range: this.rangeOf('this-month'),
    query: ({ days, zone, range }) => ({ days: days!, zone, range: range!, order: this.currentOrder }),
    identity: (q) => [q.range, q.order],
    backward: true,
    fetchPage: (provider, q, { direction, cursor, limit, signal }) =>
      provider.listInternationalCalls({
        range: q.range,
        order: direction === 'forward' ? q.order : opposite(q.order),
        cursor,
        limit,
        signal,
      }),
    totalOf: (page) => page.total ?? page.totals?.calls,
    onQuery: (provider, q) => {
      if (!this.exporter.running) this.exporter.reset();
      this.totals.load(provider, q.range);
    },
    onClear: () => this.totals.clear(),
  });

  /** The totals from `getCallTotals`, when the provider has it (else the first page carries them). */
  private readonly totals = new CallTotalsRequest(this, (error) => this.reportProviderError(error, 'getCallTotals'));

  private readonly exporter = new CsvExportController<CallRecord, CallPage>(this, (error) =>
    this.reportProviderError(error, 'listInternationalCalls'),
  );

  private readonly blocker = new BlockAction(this, {
    confirm: this.confirm,
    text: () => this.text,
    onBlocked: (blocked) => this.emit('number-blocked', blocked),
    onError: (error) => this.reportProviderError(error, 'blockNumber'),
  });

  private get currentOrder(): CallOrder {
    return this.order === 'oldest' ? 'oldest' : 'newest';
  }

  override updated(): void {
    this.setCssState('exporting', this.exporter.running);
    // Pages without a `total` (a provider that counts only in getCallTotals): the totals' count sizes the table.
    const totals = this.totals.for(this.list.shownQuery?.range);
    if (totals?.status === 'ready' && totals.totals.calls !== undefined) this.list.source?.learnTotal(totals.totals.calls);
  }

  private columns(): DataTableColumn<CallRecord>[] {
    return callColumns({
      text: this.text,
      display: this.list.display,
      formatter: this.formatter,
      order: this.currentOrder,
      onSort: () => (this.order = opposite(this.currentOrder)),
      blockButton: this.blocker.available
        ? (call, tabIndex) => this.renderBlockButton(call.to, this.formatter.format(call, this.list.display).to, tabIndex)
        : undefined,
    });
  }

  /** `number` as the provider gave it, `shown` as the row shows it. */
  private renderBlockButton(number: string, shown: string, tabIndex: 0 | -1) {
    // Only what the block form accepts can be blocked: other rows offer no Block.
    if (this.blocker.blockable(number) === undefined) return nothing;
    const t = this.text;
    const blocked = this.blocker.isBlocked(number);
    return rowButton(
      {
        part: 'block-button',
        label: blocked ? t.blockedLabel(shown) : t.blockLabel(shown),
        text: blocked ? t.blocked : t.block,
        texts: [t.block, t.blocked],
        unavailable: blocked || this.blocker.isBusy(number),
        onClick: () => void this.blocker.block(number),
      },
      tabIndex,
    );
  }

  private exportCsv(): void {
    const t = this.text;
    exportList(this.list, this.exporter, (provider, query) => ({
      fetchPage: ({ cursor, limit, signal }) =>
        provider.listInternationalCalls({ range: query.range, order: query.order, cursor, limit, signal }),
      columns: callCsvColumns(t, query.zone, this.list.display.locale),
      fileName: safeFileName(t.exportFileName(query.days.from, query.days.to)),
      totalOf: (page) => page.total ?? page.totals?.calls,
    }));
  }

  private renderExport() {
    const t = this.text;
    const locale = this.list.display.locale;
    return renderCsvExport(this.exporter, t, {
      ready: this.list.exportReady,
      onExport: () => this.exportCsv(),
      progress: (done, total) =>
        total === undefined
          ? t.exportingCount(formatNumber(done, locale))
          : t.exporting(formatNumber(done, locale), formatNumber(total, locale)),
      done: (rows, fileName) => t.exportDone(formatNumber(rows, locale), fileName),
    });
  }

  /** The shown range's totals: from `getCallTotals` (calculating, failed + Retry, or here), else from the first page. */
  private renderTotals(source: RowSource<CallRecord, CallPage>) {
    const range = this.list.shownQuery?.range;
    const asked = this.totals.for(range);
    if (!asked && this.totals.state.status !== 'idle') {
      // A new range's totals are on their way while its rows are: none of the old range's stay.
      return this.renderTotalsStatus({ status: 'loading', range: range! });
    }
    if (asked && asked.status !== 'ready') return this.renderTotalsStatus(asked);
    return this.renderSums(asked?.status === 'ready' ? asked.totals : source.first?.totals, source.total);
  }

  private renderTotalsStatus(s: Exclude<CallTotalsState, { status: 'idle' | 'ready' }>) {
    const t = this.text;
    const failed = s.status === 'error';
    return html`<div class="totals-line" aria-busy=${failed ? 'false' : 'true'}>
      <p part="totals-status" class="totals-status ${failed ? 'failed' : ''}" role="status">
        ${failed ? `${t.totalsFailed} ${s.error.message}` : t.calculatingTotals}
      </p>
      ${
        failed
          ? html`<button part="totals-retry-button retry-button button" class="button" type="button" @click=${() => this.totals.retry()}>
              ${t.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderSums(totals: CallTotals | undefined, calls: number | undefined) {
    if (!totals) return nothing;
    const t = this.text;
    const locale = this.list.display.locale;
    const count = totals.calls ?? calls;
    return html`<dl part="totals" class="totals">
      ${count === undefined ? nothing : html`<div class="total"><dt>${t.totalCalls}</dt><dd>${formatNumber(count, locale)}</dd></div>`}
      <div class="total"><dt>${t.totalMinutes}</dt><dd>${formatNumber(totals.minutes, locale)}</dd></div>
      <div class="total"><dt>${t.totalCharges}</dt>${totalMoney(totals.charges, locale)}</div>
    </dl>`;
  }

  override render() {
    const t = this.text;
    const status = this.blocker.status;
    return renderListSection(
      this.list,
      t.title,
      html`<div part="toolbar" class="toolbar">${renderListRange(this.list, t)} ${this.renderExport()}</div>
        ${renderListZoneNotice(this.list, t)}
        <p part="status" class="action-status ${status?.kind ?? ''}" role="status">${status?.message ?? ''}</p>
        ${renderListBody(this.list, t, { empty: t.empty, above: (source) => this.renderTotals(source) })}
        ${this.confirm.render()}`,
    );
  }
}
