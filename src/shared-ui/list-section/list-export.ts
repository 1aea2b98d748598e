import type { ReactiveElement } from 'lit';
import type { AccountDataProvider } from '../../core/provider.js';
import type { CsvExportController, CsvExportJob } from '../data-table/csv-export.js';
import type { SourcePage } from '../data-table/row-source.js';
import { runWithFocus } from './focus.js';
import type { ListSection } from './list-section.js';

/** Rows per export request when the provider states no `maxPageSize`. */
export const DEFAULT_EXPORT_PAGE_SIZE = 500;

/** What a section exports of its query (the rows per request are the provider's largest page). */
export type ListExportJob<T, P extends SourcePage<T>> = Omit<CsvExportJob<T, P>, 'limit'>;

/**
 * Exports every row of the query a list section shows, as CSV: one export at a time, the
 * provider's largest pages, focus from **Export CSV** to **Cancel export** and back.
 */
export function exportList<T, P extends SourcePage<T>, Q>(
  list: ListSection<T, P, Q>,
  exporter: CsvExportController<T, P>,
  job: (provider: AccountDataProvider, query: Q) => ListExportJob<T, P>,
): void {
  const provider = list.host.dataProvider;
  const query = list.query;
  if (!provider || query === undefined || exporter.running) return;
  const start = () => exporter.start({ ...job(provider, query), limit: provider.limits?.maxPageSize ?? DEFAULT_EXPORT_PAGE_SIZE });
  void runWithFocus(list.host as unknown as ReactiveElement, start, () => exporter.running, {
    from: '.export-button',
    busy: '.cancel-export-button',
  });
}
