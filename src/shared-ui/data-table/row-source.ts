import { answerProblem } from '../../core/answer-check.js';
import { isAbortError, ProviderError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { PageGuard } from '../../core/page-guard.js';
import { Checkpoints } from './checkpoints.js';
import { PageCache } from './page-cache.js';

/**
 * Rows of one query, fetched on demand through a cursor API and addressed by position
 * (0 = first row in display order), for a virtual table of any length.
 *
 * Cursor paging cannot jump to row 500,000, so:
 * - pages are fetched **forward** from the first row, one after the other;
 * - when the source can also read the query in the opposite order (`backward: true` — the tail
 *   of "newest first" is the head of "oldest first") and the total is known, rows near the end
 *   are fetched **backward** from the last row;
 * - a row in the middle is reached from the nearest cursor checkpoint on either chain, page by
 *   page, with {@link RowSource.progress} for the UI.
 *
 * Loaded pages live in a bounded LRU cache; every page read leaves a checkpoint (position →
 * cursor), so coming back is quick. One request is in flight at a time and every request asks
 * for `pageSize` rows (never more). The first page carries the query's extras (e.g. totals).
 * `dispose()` aborts the request in flight and ignores any late answer.
 */

/** Which end a page is read from. */
export type PageDirection = 'forward' | 'backward';

export interface PageRequest {
  direction: PageDirection;
  /** `null` for the first page of that direction. */
  cursor: string | null;
  limit: number;
  signal: AbortSignal;
}

/** The page shape every list of the contract returns (`Page<T>`), plus whatever else it carries. */
export interface SourcePage<T> {
  items: readonly T[];
  nextCursor: string | null;
  total?: number;
}

export interface RowSourceOptions<T, P extends SourcePage<T>> {
  /** Fetches one page; must pass `signal` on to the provider. */
  fetchPage: (request: PageRequest) => Promise<P>;
  /** Rows per request; pass at most the provider's `limits.maxPageSize`. */
  pageSize: number;
  /** True when `fetchPage` can read the query from its end (`direction: 'backward'`). */
  backward?: boolean;
  /** The number of rows in the query from the first page (default: `page.total`). */
  totalOf?: (page: P) => number | undefined;
  /** Pages kept in memory (default 40). */
  cacheSize?: number;
  /** A page failed (not an abort). */
  onError?: (error: ProviderErrorLike) => void;
}

export type RowSourceStatus = 'loading' | 'ready' | 'error';

/** A failed page: the error and the first position it was to fill. */
export interface PageFailure {
  error: ProviderErrorLike;
  position: number;
}

interface Step {
  direction: PageDirection;
  /** Position on that direction's chain (backward: 0 = last row). */
  from: number;
  cursor: string | null;
  /** Display position of the first missing row the step leads to. */
  target: number;
  /** Requests still needed to reach `target` (1 = this one loads it). */
  steps: number;
}

const EMPTY_PAGE_LIMIT = 3;

export class RowSource<T, P extends SourcePage<T> = SourcePage<T>> {
  /** `loading` until the first page, `error` when it failed, then `ready`. */
  status: RowSourceStatus = 'loading';
  /** The first page as the provider returned it (its `totals`, etc.). */
  first: P | undefined;
  /** Rows in the query, once known. */
  total: number | undefined;
  /** The last failure, until `retry()`. */
  failure: PageFailure | undefined;
  /** Requests made so far. */
  requests = 0;

  readonly pageSize: number;
  private readonly forward = new Checkpoints();
  private readonly backward = new Checkpoints();
  /** Cycle checks per chain; a person's scrolling drives the requests, so no request budget. */
  private readonly guards = { forward: new PageGuard({ maxRequests: Infinity }), backward: new PageGuard({ maxRequests: Infinity }) };
  private readonly cache: PageCache<T>;
  private readonly listeners = new Set<() => void>();
  private forwardEnd: number | undefined;
  private wanted: [number, number] = [0, 0];
  private inflight: AbortController | undefined;
  private walk: { target: number; needed: number } | undefined;
  private stepsLeft = 0;
  private lastStep = '';
  private stalls = 0;
  private emptyPages = 0;
  private paused = false;
  private disposed = false;

  constructor(private readonly options: RowSourceOptions<T, P>) {
    this.pageSize = Math.max(1, Math.floor(options.pageSize));
    this.cache = new PageCache(Math.max(4, options.cacheSize ?? 40));
    this.wanted = [0, this.pageSize - 1];
  }

  /** Calls `listener` after every change (a page arrived, a failure, a retry). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Rows to show: the known total; with no total yet, the rows read so far plus one
   * "loading more" row until the last page.
   */
  get rowCount(): number {
    if (this.total !== undefined) return this.total;
    const read = this.forwardEnd ?? this.forward.last;
    return this.forwardEnd === undefined && this.status !== 'error' ? read + 1 : read;
  }

  /** The row at `position`, when its page is loaded. */
  row(position: number): T | undefined {
    return this.cache.get(position);
  }

  /** A long walk to far rows in progress: requests done and needed. */
  get progress(): { done: number; needed: number } | undefined {
    if (!this.walk || !this.inflight) return undefined;
    const { needed } = this.walk;
    return { done: Math.max(0, needed - this.stepsLeft), needed };
  }

  /** True while a request is in flight. */
  get busy(): boolean {
    return this.inflight !== undefined;
  }

  /** Rows held in memory (bounded by the cache size). */
  get cachedRows(): number {
    return this.cache.rows;
  }

  /** Declares the rows the view needs (inclusive); fetching follows on its own. */
  want(first: number, last: number): void {
    const lo = Math.max(0, Math.floor(first));
    this.wanted = [lo, Math.max(lo, Math.floor(last))];
    this.pump();
  }

  /** Clears the failure and tries again. */
  retry(): void {
    if (this.disposed) return;
    this.failure = undefined;
    this.emptyPages = 0;
    this.stalls = 0;
    this.lastStep = '';
    if (this.status === 'error') this.status = 'loading';
    this.notify();
    this.pump();
  }

  /**
   * The number of rows, learnt apart from the pages (e.g. the call totals' count, when pages carry
   * no `total`): the scroll range then spans the whole query and far rows are read from its end.
   * Ignored once the count is known; the last page still settles it.
   */
  learnTotal(total: number): void {
    if (this.disposed || this.total !== undefined || this.status !== 'ready') return;
    if (!Number.isSafeInteger(total) || total < this.forward.last) return;
    this.total = total;
    this.notify();
    this.pump();
  }

  /** Aborts the request in flight (the host left the page); `resume()` carries on. */
  pause(): void {
    this.paused = true;
    this.lastStep = '';
    this.inflight?.abort(new DOMException('Paused.', 'AbortError'));
    this.inflight = undefined;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.pump();
  }

  /** Stops for good: aborts the request in flight; late answers are dropped. */
  dispose(): void {
    this.disposed = true;
    this.inflight?.abort(new DOMException('The query changed.', 'AbortError'));
    this.inflight = undefined;
    this.listeners.clear();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** The first wanted position that is not loaded, if any. */
  private firstMissing(): number | undefined {
    const count = this.rowCount;
    const last = Math.min(this.wanted[1], count - 1);
    let p = Math.min(this.wanted[0], Math.max(0, count - 1));
    if (this.status === 'loading' && !this.first) return 0;
    while (p <= last) {
      const page = this.cache.pageAt(p);
      if (!page) return p;
      p = page.start + page.items.length;
    }
    return undefined;
  }

  /** The cheapest next request towards the first missing row. */
  private plan(): Step | undefined {
    const target = this.firstMissing();
    if (target === undefined) return undefined;
    if (this.forwardEnd !== undefined && target >= this.forwardEnd) return undefined;
    const f = this.forward.nearest(target);
    let step: Step = {
      direction: 'forward',
      from: f.position,
      cursor: f.cursor,
      target,
      steps: Math.floor((target - f.position) / this.pageSize) + 1,
    };
    if (this.options.backward && this.total !== undefined && this.first) {
      const t = this.total - 1 - target;
      const b = this.backward.nearest(t);
      const steps = Math.floor((t - b.position) / this.pageSize) + 1;
      if (steps < step.steps) step = { direction: 'backward', from: b.position, cursor: b.cursor, target, steps };
    }
    return step;
  }

  private pump(): void {
    if (this.inflight || this.failure || this.paused || this.disposed) return;
    const step = this.plan();
    if (!step) {
      this.walk = undefined;
      return;
    }
    if (step.steps > 1) {
      if (!this.walk || this.walk.target !== step.target) this.walk = { target: step.target, needed: step.steps };
    } else {
      this.walk = undefined;
    }
    // The same request twice in a row means the answers do not add up (a wrong total, a cursor
    // that does not advance): stop instead of asking forever.
    const key = `${step.direction}:${step.from}`;
    this.stalls = key === this.lastStep ? this.stalls + 1 : 0;
    this.lastStep = key;
    if (this.stalls >= 2) {
      this.fail(new ProviderError('unknown', 'The provider returned inconsistent pages.'), step);
      return;
    }
    this.stepsLeft = step.steps;
    const controller = new AbortController();
    this.inflight = controller;
    this.requests += 1;
    let request: Promise<P>;
    try {
      request = this.options.fetchPage({ direction: step.direction, cursor: step.cursor, limit: this.pageSize, signal: controller.signal });
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      (page) => {
        if (this.inflight !== controller || controller.signal.aborted) return;
        this.inflight = undefined;
        this.accept(step, page);
        this.notify();
        this.pump();
      },
      (error: unknown) => {
        if (this.inflight !== controller || controller.signal.aborted) return;
        this.inflight = undefined;
        if (isAbortError(error)) return;
        this.fail(toProviderError(error), step);
      },
    );
  }

  private fail(error: ProviderErrorLike, step: Step): void {
    const position = step.direction === 'forward' ? step.from : Math.max(0, (this.total ?? 0) - 1 - step.from);
    this.failure = { error, position };
    if (!this.first) this.status = 'error';
    this.options.onError?.(error);
    this.notify();
  }

  private accept(step: Step, page: P): void {
    if (!page || !Array.isArray(page.items)) {
      this.fail(new ProviderError('unknown', 'The provider returned a malformed page.'), step);
      return;
    }
    const items = page.items;
    if (items.length > this.pageSize) {
      this.fail(new ProviderError('unknown', `The provider returned ${items.length} rows for a page of ${this.pageSize}.`), step);
      return;
    }
    // Bounded sizes, real dates, amounts a decimal holds: refused, not formatted for seconds or shown as "∞".
    const problem = answerProblem(page);
    if (problem) {
      this.fail(new ProviderError('unknown', `The provider sent an invalid page: ${problem}.`, { retryable: false }), step);
      return;
    }
    if (!this.first && step.direction === 'forward' && step.cursor === null) {
      this.first = page;
      this.status = 'ready';
      const total = this.options.totalOf?.(page) ?? page.total;
      if (typeof total === 'number' && Number.isSafeInteger(total) && total >= 0) this.total = total;
    }
    try {
      // A cursor that comes back at another position (a → b → a), or the same rows under a fresh cursor.
      this.guards[step.direction].check(step.from, step.cursor, page);
    } catch (error) {
      this.fail(toProviderError(error), step);
      return;
    }
    if (items.length === 0 && page.nextCursor !== null) {
      this.emptyPages += 1;
      if (this.emptyPages >= EMPTY_PAGE_LIMIT) {
        this.fail(new ProviderError('unknown', 'The provider keeps returning empty pages.'), step);
        return;
      }
    } else {
      this.emptyPages = 0;
    }
    if (step.direction === 'forward') this.acceptForward(step.from, items, page.nextCursor);
    else this.acceptBackward(step.from, items, page.nextCursor);
  }

  private acceptForward(from: number, items: readonly T[], next: string | null): void {
    this.cache.add({ start: from, items });
    const end = from + items.length;
    if (next !== null) {
      this.forward.set(end, next);
    } else {
      this.forwardEnd = end;
      // The last page settles the count (the data may have changed since the first page).
      if (this.total === undefined || this.total !== end) this.total = end;
    }
  }

  private acceptBackward(from: number, items: readonly T[], next: string | null): void {
    const total = this.total ?? 0;
    const start = total - from - items.length;
    const rows = [...items].reverse();
    const clipped = start < 0 ? rows.slice(-start) : rows;
    this.cache.add({ start: Math.max(0, start), items: clipped });
    if (next !== null) this.backward.set(from + items.length, next);
  }
}
