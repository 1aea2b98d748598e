import { throwIfAborted } from '../../core/errors.js';
import { PageGuard } from '../../core/page-guard.js';
import { nextStartKey } from './envelope.js';
import type { GregorianRange } from './gregorian.js';
import { rows, type Reader } from './json.js';
import type { KazooTransport, QueryValue } from './transport.js';

/**
 * Reading a crossbar listing as the contract's pages. Kazoo pages with `page_size` and
 * `start_key` / `next_start_key`, and its ranged listings refuse spans over 31 days, so one
 * contract page may read several Kazoo pages across several windows — and may stop in the
 * middle of a Kazoo page (rows are filtered: only international calls, only matching names).
 * {@link Position} says where to resume; the cursor module makes it opaque.
 */

export interface ListSource<T> {
  /** Crossbar path below `…/v2`, encoded. */
  path: string;
  /** Query parameters besides range and paging. */
  query?: Readonly<Record<string, QueryValue>>;
  /** Windows in read order (`created_from`/`created_to`, inclusive), or `[null]` for a list without a range. */
  windows: readonly (GregorianRange | null)[];
  /** Oldest first (`ascending=true`, Kazoo 4.2+, and `descending=false` for older ones); Kazoo's default is newest first. */
  ascending: boolean;
  /** One row → an item, or `undefined` to leave it out. */
  map: (row: Reader) => T | undefined;
  /** The row's id, to resume after it. */
  rowId: (row: Reader) => string | undefined;
}

/** Where a list resumes: window `w`, Kazoo `start_key` `k`, `o` rows of that page consumed (the last being `id`). */
export interface Position {
  w: number;
  k: string | null;
  o: number;
  id: string | null;
}

export const START: Position = { w: 0, k: null, o: 0, id: null };

function pageQuery(
  source: ListSource<unknown>,
  window: GregorianRange | null,
  pageSize: number,
  startKey: string | null,
): Record<string, QueryValue> {
  return {
    ...source.query,
    ...(window ? { created_from: window.from, created_to: window.to } : {}),
    ...(source.ascending ? { ascending: true, descending: false } : {}),
    page_size: pageSize,
    start_key: startKey,
  };
}

async function fetchRows(
  transport: KazooTransport,
  source: ListSource<unknown>,
  window: GregorianRange | null,
  pageSize: number,
  startKey: string | null,
  signal?: AbortSignal,
) {
  const envelope = await transport.json({ method: 'GET', path: source.path, query: pageQuery(source, window, pageSize, startKey), signal });
  const next = nextStartKey(envelope);
  // A server that hands back the key it was given would page forever: treat it as the end.
  return { rows: rows(envelope.data, `GET ${source.path}`), next: next === startKey ? null : next };
}

/**
 * Up to `limit` items from `from` on. `pageSize` is Kazoo's `page_size` (kept by the cursor:
 * resuming inside a Kazoo page needs the same pages). Resolves with the items and where the
 * next page starts, `null` when the list is exhausted.
 */
export async function readPage<T>(
  transport: KazooTransport,
  source: ListSource<T>,
  from: Position,
  limit: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<{ items: T[]; next: Position | null }> {
  const items: T[] = [];
  let at = from;
  // Filtered rows may take many Kazoo pages per contract page: bound them (a start key that comes back, the same rows again).
  let guard = { w: -1, read: 0, pages: new PageGuard() };
  while (at.w < source.windows.length) {
    throwIfAborted(signal);
    const window = source.windows[at.w]!;
    if (guard.w !== at.w) guard = { w: at.w, read: 0, pages: new PageGuard({ keyOf: (row) => source.rowId(row as Reader) }) };
    guard.pages.request();
    const page = await fetchRows(transport, source, window, pageSize, at.k, signal);
    guard.pages.check(guard.read, at.k, { items: page.rows, nextCursor: page.next });
    guard.read += page.rows.length;
    let start = at.o;
    const previous = page.rows[start - 1];
    if (start > 0 && at.id !== null && (previous === undefined || source.rowId(previous) !== at.id)) {
      // Rows were added or removed since: resume after the last row returned, if it is still here.
      const index = page.rows.findIndex((r) => source.rowId(r) === at.id);
      if (index >= 0) start = index + 1;
    }
    const nextWindow = (): Position | null => (at.w + 1 < source.windows.length ? { w: at.w + 1, k: null, o: 0, id: null } : null);
    for (let i = start; i < page.rows.length; i++) {
      const row = page.rows[i]!;
      const item = source.map(row);
      if (item === undefined) continue;
      items.push(item);
      if (items.length < limit) continue;
      let next: Position | null;
      if (i + 1 < page.rows.length) next = { w: at.w, k: at.k, o: i + 1, id: source.rowId(row) ?? null };
      else if (page.next !== null) next = { w: at.w, k: page.next, o: 0, id: null };
      else next = nextWindow();
      return { items, next };
    }
    at =
      page.next !== null
        ? { w: at.w, k: page.next, o: 0, id: null }
        : (nextWindow() ?? { w: source.windows.length, k: null, o: 0, id: null });
  }
  return { items, next: null };
}

/**
 * Visits every row of every window (for totals): windows are read `concurrency` at a time,
 * pages within a window one after the other.
 */
export async function scanAll(
  transport: KazooTransport,
  source: ListSource<unknown>,
  pageSize: number,
  visit: (row: Reader) => void,
  signal?: AbortSignal,
  concurrency = 3,
): Promise<void> {
  // The first failure stops the other windows' requests too.
  const stop = new AbortController();
  const forward = (): void => stop.abort(signal?.reason);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  let nextWindow = 0;
  const worker = async (): Promise<void> => {
    while (nextWindow < source.windows.length) {
      const window = source.windows[nextWindow++]!;
      let key: string | null = null;
      // A start key that comes back (a → b → a) or the same rows again would page forever.
      const guard = new PageGuard({ keyOf: (row) => source.rowId(row as Reader) });
      let read = 0;
      do {
        throwIfAborted(stop.signal);
        guard.request();
        const page = await fetchRows(transport, source, window, pageSize, key, stop.signal);
        guard.check(read, key, { items: page.rows, nextCursor: page.next });
        read += page.rows.length;
        page.rows.forEach(visit);
        key = page.next;
      } while (key !== null);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(concurrency, source.windows.length)) }, () =>
        worker().catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
  } catch (error) {
    // When the caller aborted, every worker rejects with its reason; report that one.
    throwIfAborted(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', forward);
  }
}
