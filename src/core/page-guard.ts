import { ProviderError } from './errors.js';

/**
 * Bounds a paged loop against a provider whose pages never end: a cursor that comes back
 * (`a → b → a`, not only `a → a`), a page of the same items under a fresh cursor, or simply
 * more requests than the rows can need. Every loop that pages a query through (browse, totals,
 * CSV export, the conformance checker, the Kazoo pager) feeds each page to one guard, which
 * throws a {@link ProviderError} (`unknown`, not retryable) the moment the answers stop adding up.
 *
 * Pages are placed by **position** (the number of rows before them on their chain), so reading
 * the same page twice (a cache refill, a retry) is not a loop; the same cursor or the same items
 * at a different position is. Memory grows with pages, not rows: one short key per page.
 */

/** Requests one loop may make when the provider gives no total (1,000,000 rows in pages of 100). */
export const MAX_PAGE_REQUESTS = 10_000;

export interface GuardedPage {
  items: readonly unknown[];
  nextCursor: string | null;
}

export interface PageGuardOptions {
  /** Requests allowed (default {@link MAX_PAGE_REQUESTS}; `Infinity` when a person drives every request). */
  maxRequests?: number;
  /** An item's identity (default: its `id`, else its `number`); `undefined` leaves the page unchecked. */
  keyOf?: (item: unknown) => string | undefined;
}

/** The default identity of a contract item: `id`, or `number` for a blocked number. */
export function itemKey(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, number } = item as { id?: unknown; number?: unknown };
  if (typeof id === 'string') return id;
  if (typeof number === 'string') return number;
  return undefined;
}

/** A 64-bit FNV-1a digest of the page's keys, as a short string. */
function fingerprint(keys: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995);
  }
  return `${keys.length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

function loop(message: string): ProviderError {
  return new ProviderError('unknown', message, { retryable: false });
}

/** A short, printable cursor for a message. */
function showCursor(cursor: string): string {
  const text = cursor.length > 24 ? `${cursor.slice(0, 24)}…` : cursor;
  return JSON.stringify(text);
}

/** Empty pages in a row that still carry a cursor before the cursor counts as endless. */
const MAX_EMPTY_RUN = 5;

export class PageGuard {
  /** Requests counted so far. */
  requests = 0;
  private emptyRun = 0;
  private maxRequests: number;
  private readonly keyOf: (item: unknown) => string | undefined;
  /** Cursor → the position its page starts at. */
  private readonly cursors = new Map<string, number>();
  /** Page fingerprint → the position it was read at. */
  private readonly pages = new Map<string, number>();

  constructor(options: PageGuardOptions = {}) {
    this.maxRequests = options.maxRequests ?? MAX_PAGE_REQUESTS;
    this.keyOf = options.keyOf ?? itemKey;
  }

  /**
   * Narrows the request budget once the query's size is known: enough requests for all its
   * rows twice over (the data may grow while it is read), plus a few.
   */
  expect(total: number | undefined, pageSize: number): void {
    if (typeof total !== 'number' || !Number.isFinite(total) || total < 0 || pageSize < 1) return;
    this.maxRequests = Math.min(this.maxRequests, Math.ceil(total / pageSize) * 2 + 10);
  }

  /** Counts one request about to be made; throws when the budget is spent. */
  request(): void {
    if (this.requests >= this.maxRequests) {
      throw loop(`The provider's pages do not end: stopped after ${this.requests} requests.`);
    }
    this.requests += 1;
  }

  /**
   * Checks the page read with `cursor` that starts at row `position` (0 and `null` for the first
   * page) and remembers where its next cursor leads. Throws when the next cursor or the page's
   * items were already met at another position, or empty pages keep coming with new cursors.
   */
  check(position: number, cursor: string | null, page: GuardedPage): void {
    const items = Array.isArray(page.items) ? page.items : [];
    const next = page.nextCursor;
    if (typeof next === 'string' && next === cursor) {
      throw loop(`The provider's pages do not end: cursor ${showCursor(next)} leads to itself.`);
    }
    if (items.length > 0) {
      const keys: string[] = [];
      for (const item of items) {
        const key = this.keyOf(item);
        if (key === undefined) break;
        keys.push(key);
      }
      if (keys.length === items.length) {
        const print = fingerprint(keys);
        const at = this.pages.get(print);
        if (at !== undefined && at !== position) {
          throw loop(
            `The provider's pages do not end: the same ${items.length} items came back under another cursor (rows ${at + 1} and ${position + 1}).`,
          );
        }
        this.pages.set(print, position);
      }
    }
    if (typeof next !== 'string') return;
    this.emptyRun = items.length === 0 ? this.emptyRun + 1 : 0;
    if (this.emptyRun >= MAX_EMPTY_RUN) {
      throw loop(`The provider's pages do not end: ${this.emptyRun} empty pages in a row, each with another cursor.`);
    }
    const end = position + items.length;
    const at = this.cursors.get(next);
    if (at !== undefined && at !== end) {
      throw loop(`The provider's pages do not end: cursor ${showCursor(next)} came back (a cursor cycle).`);
    }
    this.cursors.set(next, end);
  }
}
