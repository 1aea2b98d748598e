import type { ReactiveControllerHost } from 'lit';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { CSV_BOM, csvHeader, csvRows, type CsvColumn } from '../csv.js';
import { downloadBlob } from '../download.js';
import { StatusController } from '../status-controller.js';
import { PageWalk, type FetchWholePage } from './page-walk.js';
import type { SourcePage } from './row-source.js';

/** What an export reads and writes. */
export interface CsvExportJob<T, P extends SourcePage<T> = SourcePage<T>> {
  /** Fetches one page of the whole query, in order; must pass `signal` on. */
  fetchPage: FetchWholePage<P>;
  /** Rows per request (the provider's `limits.maxPageSize`). */
  limit: number;
  columns: readonly CsvColumn<T>[];
  fileName: string;
  /** Rows in the query, for progress (default: the first page's `total`). */
  totalOf?: (page: P) => number | undefined;
}

export type CsvExportState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number | undefined }
  | { status: 'done'; rows: number; fileName: string }
  | { status: 'cancelled' }
  | { status: 'error'; error: ProviderErrorLike };

/**
 * Exports a whole query as CSV: pages through the provider from the first cursor to the last
 * (`limit` rows per request), writes each page as it arrives (`csv.ts`: RFC 4180, formula cells
 * neutralised) into a Blob, then downloads it. `state` gives progress; `cancel()` aborts the
 * request in flight and drops what was read. Leaving the page cancels too.
 */
export class CsvExportController<T, P extends SourcePage<T> = SourcePage<T>> extends StatusController<CsvExportState> {
  private controller: AbortController | undefined;

  constructor(host: ReactiveControllerHost, onError?: (error: ProviderErrorLike) => void) {
    super(host, { status: 'idle' }, onError);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Aborts a running export. */
  cancel(): void {
    if (!this.controller) return;
    this.controller.abort(new DOMException('Export cancelled.', 'AbortError'));
    this.controller = undefined;
    this.set({ status: 'cancelled' });
  }

  /** Runs the export; resolves when it finished, failed or was cancelled. */
  async start(job: CsvExportJob<T, P>): Promise<void> {
    if (this.running) return;
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const parts: BlobPart[] = [CSV_BOM, csvHeader(job.columns)];
    // Bounded: a cursor that comes back, the same rows again or more requests than the rows need stop the export.
    const walk = new PageWalk<P>(job.fetchPage, job.limit, job.totalOf ? { totalOf: job.totalOf } : {});
    this.set({ status: 'running', done: 0, total: undefined });
    try {
      do {
        const page = await walk.read(signal);
        if (signal.aborted) return;
        walk.advance(page);
        // One Blob per page: the browser may keep large exports out of the JS heap.
        parts.push(new Blob([csvRows(page.items, job.columns)], { type: 'text/csv' }));
        this.set({ status: 'running', done: walk.done, total: walk.total });
      } while (!walk.finished);
      downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), job.fileName);
      this.set({ status: 'done', rows: walk.done, fileName: job.fileName });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      const failure = toProviderError(error);
      this.set({ status: 'error', error: failure });
      this.onError?.(failure);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Back to idle (e.g. when the query changes). */
  reset(): void {
    if (this.running) this.cancel();
    this.set({ status: 'idle' });
  }
}
