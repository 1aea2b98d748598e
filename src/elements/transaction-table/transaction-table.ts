import { html, nothing } from 'lit';
import type { DayRange } from '../../core/dates.js';
import { formatNumber } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import { PLAN_KINDS } from '../../core/change-journal.js';
import { negateMoney } from '../../core/money.js';
import { JournalFollower } from '../../shared-ui/journal-follower.js';
import { totalMoney } from '../../shared-ui/total-money.js';
import type { DateRange, Page, Transaction } from '../../core/provider.js';
import type { DataTableColumn } from '../../shared-ui/data-table/columns.js';
import { CsvExportController } from '../../shared-ui/data-table/csv-export.js';
import { renderCsvExport } from '../../shared-ui/data-table/csv-export-view.js';
import { csvExportStyles, toolbarStyles, totalsStyles } from '../../shared-ui/data-table/section.styles.js';
import { safeFileName } from '../../shared-ui/download.js';
import { DEFAULT_EXPORT_PAGE_SIZE, exportList } from '../../shared-ui/list-section/list-export.js';
import { ListSection } from '../../shared-ui/list-section/list-section.js';
import { rangeSectionStyles } from '../../shared-ui/list-section/list-section.styles.js';
import { RangeSection } from '../../shared-ui/list-section/range-section.js';
import {
  renderListBody,
  renderListRange,
  renderListSection,
  renderListZoneNotice,
} from '../../shared-ui/list-section/list-section-view.js';
import { TransactionFormatter, transactionColumns } from './transaction-columns.js';
import { transactionCsvColumns } from './transaction-csv.js';
import { TransactionTotals, type LedgerTotals } from './transaction-totals.js';
import { transactionTableStyles } from './transaction-table.styles.js';
import { transactionTableStrings, type TransactionTableStrings } from './transaction-table.strings.js';

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
 * @cssprop [--transaction-table-height=28em] - Height of the table's scrolling area (at most 85% of the window's height).
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
export class TransactionTable extends RangeSection<TransactionTableStrings> {
  static override styles = [...rangeSectionStyles, toolbarStyles, csvExportStyles, totalsStyles, transactionTableStyles];
  static override defaultStrings = transactionTableStrings;
  static override translations: Translations<TransactionTableStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  private readonly formatter = new TransactionFormatter();

  private readonly list: ListSection<Transaction, Page<Transaction>, TransactionQuery> = new ListSection(this, this.bridge, {
    text: () => this.text,
    label: () => this.text.tableLabel,
    columns: () => this.columns(),
    operation: 'listTransactions',
    range: this.rangeOf('last-90-days'),
    query: ({ days, zone, range }) => ({ days: days!, zone, range: range! }),
    identity: (q) => [q.range],
    fetchPage: (provider, q, { cursor, limit, signal }) => provider.listTransactions({ range: q.range, cursor, limit, signal }),
    onQuery: (provider, q) => {
      if (!this.exporter.running) this.exporter.reset();
      this.totals.start({
        fetchPage: ({ cursor, limit, signal }) => provider.listTransactions({ range: q.range, cursor, limit, signal }),
        limit: provider.limits?.maxPageSize ?? DEFAULT_EXPORT_PAGE_SIZE,
        autoLimit: TOTALS_AUTO_LIMIT,
      });
    },
    onClear: () => this.totals.stop(),
    // Retry after a failed first page also retries totals that failed with it.
    onRetry: () => {
      if (this.totals.state.status === 'error') this.totals.resume();
    },
  });

  private readonly totals = new TransactionTotals(this, (error) => this.reportProviderError(error, 'listTransactions'));

  private readonly exporter = new CsvExportController<Transaction, Page<Transaction>>(this, (error) =>
    this.reportProviderError(error, 'listTransactions'),
  );

  constructor() {
    super();
    // Users bought or removed on the same provider (a Service Plan beside it, or in the same shell
    // earlier) are in the ledger: the rows and totals are asked again, unless the provider refused.
    new JournalFollower(this, {
      heard: (record) => {
        if (PLAN_KINDS.includes(record.kind) && record.state !== 'failed' && record.state !== 'pending') this.list.reload();
      },
    });
  }

  override updated(): void {
    this.setCssState('calculating', this.totals.running);
    this.setCssState('exporting', this.exporter.running);
  }

  private columns(): DataTableColumn<Transaction>[] {
    return transactionColumns({
      text: this.text,
      display: this.list.display,
      formatter: this.formatter,
      // "Balance after, when known": the column shows when the provider gives balances.
      balance: this.list.source?.first?.items.some((tx) => Boolean(tx.balanceAfter)) ?? true,
    });
  }

  private exportCsv(): void {
    const t = this.text;
    exportList(this.list, this.exporter, (provider, query) => ({
      fetchPage: ({ cursor, limit, signal }) => provider.listTransactions({ range: query.range, cursor, limit, signal }),
      columns: transactionCsvColumns(t, query.zone),
      fileName: safeFileName(t.exportFileName(query.days.from, query.days.to)),
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
          ? t.exportingCount(done, formatNumber(done, locale))
          : t.exporting(total, formatNumber(done, locale), formatNumber(total, locale)),
      done: (rows, fileName) => t.exportDone(rows, formatNumber(rows, locale), fileName),
    });
  }

  private renderSums(totals: LedgerTotals) {
    const t = this.text;
    const locale = this.list.display.locale;
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
    const locale = this.list.display.locale;
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
        ${
          action
            ? html`<button class="button calculate-totals-button" part="calculate-totals-button button" type="button" @click=${() => this.totals.resume()}>
              ${t.calculateTotals}
            </button>`
            : nothing
        }
      </div>`;
  }

  override render() {
    const t = this.text;
    return renderListSection(
      this.list,
      t.title,
      html`<div part="toolbar" class="toolbar">${renderListRange(this.list, t)} ${this.renderExport()}</div>
        ${renderListZoneNotice(this.list, t)}
        ${renderListBody(this.list, t, {
          empty: t.empty,
          // The totals always answer the newest range (they say so while calculating), so they are never shown stale.
          above: (source) => (source.rowCount > 0 ? this.renderTotals() : nothing),
          aboveIsCurrent: true,
        })}`,
    );
  }
}
