import type { DisplaySettings } from '../../core/format.js';

/**
 * A row's cells as text, formatted once per row and kept while the display settings (and the
 * `context`, e.g. a strings table) stay the same: a virtual table renders the same rows on every
 * scroll step, and `Intl` formatting is the costly part of a row.
 */
export class RowFormatter<T extends object, F, C = undefined> {
  private cache = new WeakMap<T, F>();
  private key = '';
  private context: C | undefined;

  constructor(private readonly compute: (row: T, display: DisplaySettings, context: C) => F) {}

  format(row: T, display: DisplaySettings, ...[context]: C extends undefined ? [] : [C]): F {
    const key = `${display.locale ?? ''}|${display.timeZone}`;
    if (key !== this.key || context !== this.context) {
      this.cache = new WeakMap();
      this.key = key;
      this.context = context;
    }
    let f = this.cache.get(row);
    if (!f) {
      f = this.compute(row, display, context as C);
      this.cache.set(row, f);
    }
    return f;
  }
}
