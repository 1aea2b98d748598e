/** A run of loaded rows: display positions `[start, start + items.length)`. */
export interface CachedPage<T> {
  start: number;
  items: readonly T[];
}

/**
 * The loaded pages of a row source, least recently used evicted first, so memory stays bounded
 * however far the user scrolls. Lookups are a scan over at most `capacity` pages: cheap for
 * the few dozen pages kept, and pages of any size (a provider may return short pages) work.
 */
export class PageCache<T> {
  private readonly pages: CachedPage<T>[] = [];

  constructor(readonly capacity: number) {}

  add(page: CachedPage<T>): void {
    if (page.items.length === 0) return;
    this.pages.push(page);
    while (this.pages.length > this.capacity) this.pages.shift();
  }

  /** The page holding `position`, marked as recently used. */
  pageAt(position: number): CachedPage<T> | undefined {
    for (let i = this.pages.length - 1; i >= 0; i--) {
      const page = this.pages[i]!;
      if (position >= page.start && position < page.start + page.items.length) {
        if (i !== this.pages.length - 1) {
          this.pages.splice(i, 1);
          this.pages.push(page);
        }
        return page;
      }
    }
    return undefined;
  }

  /** The row at `position`, if its page is loaded. */
  get(position: number): T | undefined {
    const page = this.pageAt(position);
    return page?.items[position - page.start];
  }

  has(position: number): boolean {
    return this.pages.some((p) => position >= p.start && position < p.start + p.items.length);
  }

  /** Number of rows held. */
  get rows(): number {
    return this.pages.reduce((n, p) => n + p.items.length, 0);
  }

  get size(): number {
    return this.pages.length;
  }

  clear(): void {
    this.pages.length = 0;
  }
}
