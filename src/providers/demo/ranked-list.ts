import type { Page } from '../../core/provider.js';
import { keysetPage } from './paging.js';

/**
 * An in-memory list in display order where each item keeps a fixed rank, so keyset cursors stay
 * valid while items are added at the front or deleted.
 */
export class RankedList<T> {
  private rows: Array<{ rank: number; item: T }>;
  private front = -1;

  /** `items` already in display order. */
  constructor(items: readonly T[]) {
    this.rows = items.map((item, rank) => ({ rank, item }));
  }

  get size(): number {
    return this.rows.length;
  }

  find(match: (item: T) => boolean): T | undefined {
    return this.rows.find((row) => match(row.item))?.item;
  }

  /** Adds `item` before all others. */
  unshift(item: T): void {
    this.rows.unshift({ rank: this.front--, item });
  }

  /** Removes the first match; false when there is none. */
  remove(match: (item: T) => boolean): boolean {
    const index = this.rows.findIndex((row) => match(row.item));
    if (index < 0) return false;
    this.rows.splice(index, 1);
    return true;
  }

  /** One page of the items that pass `filter`; `query` fingerprints the filter for the cursor. */
  page(query: string, filter: ((item: T) => boolean) | null, cursor: string | null | undefined, size: number): Page<T> {
    const rows = filter ? this.rows.filter((row) => filter(row.item)) : this.rows;
    const page = keysetPage(rows, (row) => row.rank, query, cursor, size);
    return { ...page, items: page.items.map((row) => row.item) };
  }
}
