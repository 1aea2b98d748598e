import { checkAnswer } from '../../core/answer-check.js';
import { ProviderError, throwIfAborted } from '../../core/errors.js';
import { PageGuard } from '../../core/page-guard.js';
import type { SourcePage } from './row-source.js';

/** Fetches one page of a whole query, in order; must pass `signal` on. */
export type FetchWholePage<P> = (request: { cursor: string | null; limit: number; signal: AbortSignal }) => Promise<P>;

export interface PageWalkOptions<P> {
  /** The provider method, for the message of an answer out of bounds (`checkAnswer`). */
  operation?: string;
  /** Rows in the query, read from the first page (default: its `total`, when a number). */
  totalOf?: (page: P) => number | undefined;
}

/**
 * A whole query read from its first cursor to its last, `limit` rows per request, outside the
 * table's own paging (the CSV export, the transaction totals). Each page is checked before it
 * counts: a page at all, within the answer bounds (`checkAnswer`), and no loop (`PageGuard`: a
 * cursor that comes back, the same items again, more requests than the rows need). The walk
 * keeps its place, so a caller can stop between pages and go on later.
 *
 * `read()` gets the page at the walk's place; `advance()` moves past it. A caller that was
 * aborted while the page came (the abort can land after `read()` resolved, before the caller
 * runs again) drops it without advancing, so a walk taken up again reads that page again.
 */
export class PageWalk<P extends SourcePage<unknown>> {
  /** Rows read so far. */
  done = 0;
  /** Rows in the query, from the first page, when known. */
  total: number | undefined;
  private cursor: string | null = null;
  private pages = 0;
  private readonly guard = new PageGuard();

  constructor(
    private readonly fetchPage: FetchWholePage<P>,
    private readonly limit: number,
    private readonly options: PageWalkOptions<P> = {},
  ) {}

  /** True once the last page (no next cursor) was read. */
  get finished(): boolean {
    return this.pages > 0 && this.cursor === null;
  }

  /** Reads and checks the page at the walk's place (rejects once `signal` aborted). The walk stays where it is. */
  async read(signal: AbortSignal): Promise<P> {
    this.guard.request();
    const page = await this.fetchPage({ cursor: this.cursor, limit: this.limit, signal });
    throwIfAborted(signal);
    if (!page || !Array.isArray(page.items)) throw new ProviderError('unknown', 'The provider returned a malformed page.');
    checkAnswer(page, this.options.operation);
    // Reading the same page again at the same place is no loop (PageGuard places pages by position).
    this.guard.check(this.done, this.cursor, { items: page.items, nextCursor: page.nextCursor ?? null });
    return page;
  }

  /** Moves past `page`, the one `read()` just gave: in the same turn as its rows are used. */
  advance(page: P): void {
    if (this.pages === 0) {
      this.total = this.options.totalOf?.(page) ?? (typeof page.total === 'number' ? page.total : undefined);
      this.guard.expect(this.total, this.limit);
    }
    this.pages += 1;
    this.done += page.items.length;
    this.cursor = page.nextCursor ?? null;
  }
}
