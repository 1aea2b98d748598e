import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import { presetRange, type DayRange } from '../../core/dates.js';
import { formatNumber, type DisplaySettings } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import { negateMoney } from '../../core/money.js';
import { totalMoney } from '../../shared-ui/total-money.js';
import type { DateRange, Transaction } from '../../core/provider.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import { CsvExportController } from '../../shared-ui/data-table/csv-export.js';
import { renderCsvExport } from '../../shared-ui/data-table/csv-export-view.js';
import { DataTableController } from '../../shared-ui/data-table/data-table-controller.js';
import { dataTableStyles } from '../../shared-ui/data-table/data-table.styles.js';
import { RowSource } from '../../shared-ui/data-table/row-source.js';
import { csvExportStyles, toolbarStyles, totalsStyles } from '../../shared-ui/data-table/section.styles.js';
import { DateRangeController } from '../../shared-ui/date-range/date-range-controller.js';
import { renderDateRange, renderEarlierMonth } from '../../shared-ui/date-range/date-range-template.js';
import { dateRangeStyles } from '../../shared-ui/date-range/date-range.styles.js';
import { safeFileName } from '../../shared-ui/download.js';
import { renderEmpty, renderError, renderLoading, renderNoProvider } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { DisplayZone } from '../../shared-ui/display-zone.js';
import { renderZoneNotice, zoneNoticeStyles } from '../../shared-ui/zone-notice.js';
import { TransactionFormatter, transactionColumns } from './transaction-columns.js';
import { transactionCsvColumns } from './transaction-csv.js';
import { TransactionTotals, type LedgerTotals } from './transaction-totals.js';
import { transactionTableStyles } from './transaction-table.styles.js';
import { transactionTableStrings, type TransactionTableStrings } from './transaction-table.strings.js';

/** Rows per request while browsing (capped by the provider's `limits.maxPageSize`). */
const BROWSE_PAGE_SIZE = 200;
/** Rows per request for the totals and the export when the provider states no `maxPageSize`. */
const DEFAULT_MAX_PAGE_SIZE = 500;
/** Ranges with more rows than this are summed only when the user asks (≈ 20 requests of 500). */
const TOTALS_AUTO_LIMIT = 10_000;

/** The query the rows on screen answer. */
interface TransactionQuery {
  days: DayRange;
  zone: string;
  range: DateRange;
}

/**
 * The Transactions section: every credit and debit of the account for a date range — date and
 * time, description, **Credit** / **Debit** (a word, not colour alone), the signed amount and the
 * balance after (when the provider gives it) — with the range's totals of credits and debits, a
 * virtual table paged through the provider's cursor, and CSV export.
 *
 * The range is whole calendar days in the display time zone (`from` … `to`, both inclusive; the
 * provider gets the half-open instant range). Unset, it is the last 90 days (today included): a
 * quarter of activity, which shows a few monthly plan charges and the top-ups between them.
 * A malformed, reversed or too long range (over `limits.maxRangeDays`) shows an error and is not
 * queried. Rows keep the provider's order (newest first, by convention).
 *
 * The contract has no transaction totals, so the totals are summed exactly from every row of the
 * range: paged through in the background (`limits.maxPageSize` rows per request) while the table
 * shows its first rows, announced as "Calculating totals…", and aborted when the range changes.
 * A range of more than 10,000 rows is summed only when the user asks (**Calculate totals**).
 *
 * @tagname transaction-table
 * @summary Credits and debits of a period: totals, a virtual table, CSV export.
 *
 * @fires provider-error - When loading, summing or exporting fails. Detail: `{ error, operation }` (`listTransactions`).
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
 * @csspart totals - The totals list (credits, debits, net change).
 * @csspart total - Each total.
 * @csspart totals-status - The line saying the totals are being calculated (or why not).
 * @csspart calculate-totals-button - Calculates the totals of a long range, or again after a failure.
 * @csspart table-scroller - The scrolling area of the table.
 * @csspart table - The grid.
 * @csspart table-head - The header row group.
 * @csspart column-header - Each column header.
 * @csspart row - Each row of transactions.
 * @csspart cell - Each cell of a loaded row.
 * @csspart kind - The Credit / Debit word of each row.
 * @csspart kind-credit - The word of a credit.
 * @csspart kind-debit - The word of a debit.
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
 *
 * @cssprop [--transaction-table-height=28em] - Height of the table's scrolling area.
 * @cssprop [--transaction-table-row-height=2.75em] - Height of every row (fixed; measured once).
 * @cssprop [--transaction-table-header-background=var(--paw-color-surface-raised)] - Background of the column headers.
 * @cssprop [--transaction-table-stripe=color-mix(in srgb, var(--paw-color-surface-raised) 60%, var(--paw-color-surface))] - Background of every other row.
 * @cssprop [--transaction-table-credit-color=var(--paw-color-success)] - Text colour of credits (their word and amount).
 *
 * @cssstate loading - While the first page of a range loads.
 * @cssstate error - After the first page failed.
 * @cssstate calculating - While the totals are being summed.
 * @cssstate exporting - While a CSV export runs.
 */
export class TransactionTable extends PawElement<TransactionTableStrings> {
  static override styles = [...baseStyles, dateRangeStyles, dataTableStyles, toolbarStyles, csvExportStyles, totalsStyles, transactionTableStyles, zoneNoticeStyles];
  static override defaultStrings = transactionTableStrings;
  static override translations: Translations<TransactionTableStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** First day of the range, `YYYY-MM-DD` (inclusive). Default: 89 days before today. */
  @property({ reflect: true })
  from: string | undefined;

  /** Last day of the range, `YYYY-MM-DD` (inclusive). Default: today. */
  @property({ reflect: true })
  to: string | undefined;

  private readonly formatter = new TransactionFormatter();
  private query: TransactionQuery | undefined;
  private queryProvider: unknown;
  /** Locale and zone for this update (resolved once: every row formats with them). */
  private view: DisplaySettings = { locale: undefined, timeZone: 'UTC' };

  private readonly zone = new DisplayZone(this, () => [this.timeZone, this.inheritedDisplay?.timeZone]);

  private readonly range = new DateRangeController(this, {
    today: () => this.zone.today(this.view.timeZone),
    maxRangeDays: () => this.dataProvider?.limits?.maxRangeDays,
    onCommit: (days) => {
      this.from = days.from;
      this.to = days.to;
    },
  });

  private readonly table = new DataTableController<Transaction>(this, {
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

  private readonly totals = new TransactionTotals(this, (error) => this.reportProviderError(error, 'listTransactions'));

  private readonly exporter = new CsvExportController<Transaction>(this, (error) => this.reportProviderError(error, 'listTransactions'));

  /** The days the attributes ask for, defaults filled in. */
  private days(zone: string): DayRange {
    const now = this.zone.today(zone);
    const recent = presetRange('last-90-days', now);
    // An empty attribute means "not set".
    return { from: this.from || recent.from, to: this.to || (this.from ? now : recent.to) };
  }

  override willUpdate(): void {
    const provider = this.dataProvider;
    const zone = this.zone.zone;
    this.view = { locale: this.resolvedLocale, timeZone: zone ?? 'UTC' };
    if (!provider || !zone) {
      // No provider, or another one whose zone is still being asked: nothing of the previous one stays.
      if (this.query && this.queryProvider !== provider) {
        this.table.clear();
        this.totals.stop();
        this.query = undefined;
        this.queryProvider = undefined;
      }
      return;
    }
    const days = this.days(zone);
    const range = this.range.sync(days, zone);
    if (!range) return;
    const q = this.query;
    if (q && this.queryProvider === provider && q.range === range) return;
    this.query = { days, zone, range };
    this.queryProvider = provider;
    if (!this.exporter.running) this.exporter.reset();
    const maxPage = provider.limits?.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
    this.table.show(
      new RowSource<Transaction>({
        pageSize: Math.min(BROWSE_PAGE_SIZE, maxPage),
        fetchPage: ({ cursor, limit, signal }) => provider.listTransactions({ range, cursor, limit, signal }),
        onError: (error) => this.reportProviderError(error, 'listTransactions'),
      }),
    );
    this.totals.start({
      fetchPage: ({ cursor, limit, signal }) => provider.listTransactions({ range, cursor, limit, signal }),
      limit: maxPage,
      autoLimit: TOTALS_AUTO_LIMIT,
    });
  }

  override updated(): void {
    const status = this.table.source?.status;
    this.setCssState('loading', status === 'loading' || this.zone.asking);
    this.setCssState('error', status === 'error' && !this.zone.asking);
    this.setCssState('calculating', this.totals.running);
    this.setCssState('exporting', this.exporter.running);
  }

  private columns(): DataTableColumn<Transaction>[] {
    return transactionColumns({
      text: this.text,
      display: this.view,
      formatter: this.formatter,
      // "Balance after, when known": the column shows when the provider gives balances.
      balance: this.table.source?.first?.items.some((tx) => Boolean(tx.balanceAfter)) ?? true,
    });
  }

  private async exportCsv(): Promise<void> {
    const provider = this.dataProvider;
    const query = this.query;
    if (!provider || !query || this.exporter.running) return;
    const t = this.text;
    const hadFocus = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.matches('.export-button') === true;
    const done = this.exporter.start({
      fetchPage: ({ cursor, limit, signal }) => provider.listTransactions({ range: query.range, cursor, limit, signal }),
      limit: provider.limits?.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE,
      columns: transactionCsvColumns(t, query.zone),
      fileName: safeFileName(t.exportFileName(query.days.from, query.days.to)),
    });
    if (hadFocus) await this.moveFocus('.cancel-export-button');
    await done;
    if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === null) await this.moveFocus('.export-button');
  }

  /** Retry after a failed first page also retries totals that failed with it. */
  private retryAll(source: { retry(): void }): void {
    source.retry();
    if (this.totals.state.status === 'error') this.totals.resume();
  }

  private async moveFocus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private renderExport() {
    const t = this.text;
    const locale = this.view.locale;
    const source = this.table.source;
    return renderCsvExport(this.exporter, t, {
      ready: source?.status === 'ready' && source.rowCount > 0 && !this.table.switching,
      onExport: () => void this.exportCsv(),
      progress: (done, total) =>
        total === undefined
          ? t.exportingCount(done, formatNumber(done, locale))
          : t.exporting(total, formatNumber(done, locale), formatNumber(total, locale)),
      done: (rows, fileName) => t.exportDone(rows, formatNumber(rows, locale), fileName),
    });
  }

  private renderSums(totals: LedgerTotals) {
    const t = this.text;
    const locale = this.view.locale;
    // Signed like the rows: credits +, debits −, the net change either way.
    const money = (list: 'credits' | 'debits' | 'net') =>
      totals.currencies.map((c) => {
        const m = list === 'debits' ? negateMoney(c.debits) : c[list];
        return totalMoney(m, locale, { signDisplay: 'exceptZero' });
      });
    return html`<dl part="totals" class="totals">
      <div class="total" part="total">
        <dt>${t.totalCredits}</dt>
        ${money('credits')}
        <dd class="count">${t.transactionCount(totals.credits, formatNumber(totals.credits, locale))}</dd>
      </div>
      <div class="total" part="total">
        <dt>${t.totalDebits}</dt>
        ${money('debits')}
        <dd class="count">${t.transactionCount(totals.debits, formatNumber(totals.debits, locale))}</dd>
      </div>
      <div class="total" part="total"><dt>${t.netChange}</dt>${money('net')}</div>
    </dl>`;
  }

  private renderTotals() {
    const t = this.text;
    const s = this.totals.state;
    const locale = this.view.locale;
    let message = '';
    let action = false;
    if (s.status === 'running') {
      message =
        s.total === undefined
          ? t.calculating(s.done, formatNumber(s.done, locale))
          : t.calculatingOf(s.total, formatNumber(s.done, locale), formatNumber(s.total, locale));
    } else if (s.status === 'paused') {
      message = t.totalsPaused(s.total, formatNumber(s.total, locale));
      action = true;
    } else if (s.status === 'error') {
      message = `${t.totalsFailed} ${s.error.message}`;
      action = true;
    }
    const sums = s.status === 'done' && s.totals.currencies.length > 0 ? this.renderSums(s.totals) : nothing;
    return html`${sums}
      <div class="totals-line" aria-busy=${s.status === 'running' ? 'true' : 'false'}>
        <p part="totals-status" class="totals-status ${s.status === 'error' ? 'failed' : ''}" role="status">${message}</p>
        ${action
          ? html`<button class="button calculate-totals-button" part="calculate-totals-button button" type="button" @click=${() => this.totals.resume()}>
              ${t.calculateTotals}
            </button>`
          : nothing}
      </div>`;
  }

  private renderBody() {
    const t = this.text;
    if (!this.dataProvider) return renderNoProvider(t);
    const source = this.table.source;
    if (!source) return this.zone.zone && this.range.problem ? nothing : renderLoading(t);
    if (source.status === 'loading' || (source.status === 'error' && this.zone.asking)) return renderLoading(t);
    if (source.status === 'error') return renderError(source.failure!.error, t, () => void this.zone.retry((changed) => changed || this.retryAll(source)));
    if (source.rowCount === 0) return renderEmpty(t.empty, renderEarlierMonth(this.range, t, this, this.view.locale));
    // The totals always answer the newest range (they say so while calculating), so they are never shown stale.
    return html`${this.renderTotals()} ${this.table.render()}`;
  }

  override render() {
    const t = this.text;
    const source = this.table.source;
    const waiting = source ? source.status === 'loading' || this.table.switching || this.zone.asking : !(this.zone.zone && this.range.problem);
    const busy = !!this.dataProvider && waiting;
    return html`<section part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${t.title}</h2>
      <div part="toolbar" class="toolbar">
        ${renderDateRange(this.range, t, { maxDays: this.dataProvider?.limits?.maxRangeDays })} ${this.renderExport()}
      </div>
      ${renderZoneNotice(this.zone, t, source?.status !== 'error')} ${this.renderBody()}
    </section>`;
  }
}
