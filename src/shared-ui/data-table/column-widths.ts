import type { DataTableColumn } from './columns.js';

/**
 * Column widths from content: after rows render, each column's minimum becomes the widest of its
 * header and of the values shown so far (their full, unwrapped width plus the cell's padding),
 * so dates, numbers, amounts and buttons are never cut. A free-text column (`wrap`) is at least
 * its header and its `minWidth`, and grows first to its values' one-line width (`natural`) when
 * the table has the room; else its cells wrap to two lines. Widths only grow while the
 * same columns show the same query (scrolling never makes columns jump narrower); `reset()`
 * starts over for a new query, keeping the previous widths until the new query's first rows are
 * measured (a new range of the same columns mostly needs the same widths: no jump to `minWidth`
 * and back). A column the new rows need less than 1em narrower keeps its width: switching between
 * periods does not make the columns twitch by a few pixels (nor lay the table out twice).
 */
let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * The full width of a cell's content on one line: from the first to the last box of its text
 * and elements (boxes ignore the cell's clipping; blank text between them is left out, since it
 * sits at the cell's edges in an end-aligned cell).
 */
function contentWidth(range: Range, cell: HTMLElement): number {
  let left = Infinity;
  let right = -Infinity;
  for (const node of cell.childNodes) {
    let box: DOMRect | undefined;
    if (node instanceof Element) box = node.getBoundingClientRect();
    else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      range.selectNodeContents(node);
      box = range.getBoundingClientRect();
    }
    if (!box || box.width === 0) continue;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
  }
  return right > left ? right - left : 0;
}

/**
 * The width of `text` on one line in `style`'s font (text laid out over two lines has no one-line
 * box to measure); `undefined` without a 2D canvas.
 */
function textWidth(text: string, style: CSSStyleDeclaration): number | undefined {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return undefined;
  canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // The user's text spacing (WCAG 1.4.12) widens text too; `normal` where a canvas cannot apply it.
  if ('letterSpacing' in canvas) {
    canvas.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    canvas.wordSpacing = style.wordSpacing === 'normal' ? '0px' : style.wordSpacing;
  }
  return canvas.measureText(text).width;
}

/**
 * A header's need: its longest word (headers wrap between words, so "Rate per minute" takes
 * two lines rather than the width of all three), plus the sort arrow.
 */
function headerWidth(cell: HTMLElement): number {
  const label = cell.querySelector<HTMLElement>('.sort-button') ?? cell;
  const icon = label.querySelector<HTMLElement>('.sort-icon');
  const text = [...label.childNodes]
    .filter((n) => n !== icon && (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE))
    .map((n) => n.textContent)
    .join('');
  const style = getComputedStyle(label);
  const words = text.split(/\s+/).filter(Boolean);
  const widths = words.map((w) => textWidth(w, style));
  if (widths.includes(undefined)) return contentWidth(document.createRange(), cell);
  const widest = Math.max(0, ...(widths as number[]));
  const iconWidth = icon ? icon.getBoundingClientRect().width + (parseFloat(style.columnGap) || 0) : 0;
  return widest + iconWidth;
}

/** `now`, or `before` when a new query (`fresh`) needs it less than `em` narrower: columns do not twitch. */
function keep(before: number | undefined, now: number | undefined, fresh: boolean, em: number): number | undefined {
  return fresh && now !== undefined && before !== undefined && now < before && before - now < em ? before : now;
}

export class ColumnWidths {
  private widths: (number | undefined)[] = [];
  private naturals: (number | undefined)[] = [];
  private key = '';
  /** Row positions already measured (rows are measured once, when they first show data). */
  private seen = new Set<number>();
  /** `widths` are the previous query's: the next measurement with data rows replaces them. */
  private stale = false;
  /** The next measurement replaces the widths exactly (no keeping a slightly wider one). */
  private exact = false;

  /** The measured minimum (px) of each column, by index; `undefined` until measured. */
  get measured(): readonly (number | undefined)[] {
    return this.widths;
  }

  /**
   * Free text (`wrap`) columns only: the width (px) their widest value shown so far takes on one
   * line. The column grows to it before the other columns share the room left, so the text
   * wraps only when the table has no room for it on one line.
   */
  get natural(): readonly (number | undefined)[] {
    return this.naturals;
  }

  /** A new query: measure again from scratch (the previous widths stay in use until then). */
  reset(): void {
    this.seen.clear();
    this.stale = this.widths.length > 0;
  }

  /**
   * The text changed width (text spacing, font size, a font that loaded): measure again and take
   * the new widths as they are, so the result does not depend on what was measured before.
   */
  remeasure(): void {
    this.reset();
    this.exact = this.stale;
  }

  /**
   * Measures the header and the newly shown rows of `grid`. Returns true when a column's width
   * changed (re-render with the new tracks): it widened, or a new query's rows need other widths.
   */
  measure(grid: HTMLElement, columns: readonly DataTableColumn<unknown>[]): boolean {
    const key = columns.map((c) => `${c.id}\u0000${c.header}\u0000${c.wrap ? 1 : 0}`).join('\u0001');
    if (key !== this.key) {
      // Other columns: nothing of the previous widths applies.
      this.key = key;
      this.widths = [];
      this.naturals = [];
      this.seen.clear();
      this.stale = false;
    }
    // Not laid out (the page hides the table: a tab, an accordion, a closed dialog): every cell
    // would measure 0. Nothing counts as measured; the table measures when it is shown.
    if (grid.getClientRects().length === 0) return false;
    const rows: HTMLElement[] = [];
    const header = grid.querySelector<HTMLElement>('.header-row');
    if (header && !this.seen.has(-1)) rows.push(header);
    for (const row of grid.querySelectorAll<HTMLElement>('.layer > .row')) {
      const position = Number(row.dataset.row);
      if (this.seen.has(position) || row.querySelector('.placeholder, .error-cell')) continue;
      rows.push(row);
    }
    // The previous query's widths stay until rows of the new one can be measured.
    if (rows.length === 0 || (this.stale && rows.length === 1 && rows[0] === header)) return false;
    const previous = { widths: this.widths, naturals: this.naturals };
    const fresh = this.stale;
    const exact = this.exact;
    this.widths = fresh ? [] : [...previous.widths];
    this.naturals = fresh ? [] : [...previous.naturals];
    this.stale = false;
    this.exact = false;
    const range = document.createRange();
    let padding: number | undefined;
    let em = 16;
    // One font per column (a row header may be set apart from the other cells).
    const fonts = new Map<number, CSSStyleDeclaration>();
    for (const row of rows) {
      this.seen.add(Number(row.dataset.row));
      for (const cell of row.querySelectorAll<HTMLElement>(':scope > [data-col]')) {
        const col = Number(cell.dataset.col);
        const column = columns[col];
        if (!column) continue;
        if (padding === undefined) {
          const style = getComputedStyle(cell);
          padding = (parseFloat(style.paddingInlineStart) || 0) + (parseFloat(style.paddingInlineEnd) || 0);
          em = parseFloat(style.fontSize) || em;
        }
        if (column.wrap && row !== header) {
          // Free text wraps: its minimum is its header; its one-line width is how far it may grow first.
          if (!fonts.has(col)) fonts.set(col, getComputedStyle(cell));
          const line = textWidth(cell.textContent!.replace(/\s+/g, ' ').trim(), fonts.get(col)!);
          const natural = line === undefined ? NaN : Math.ceil(line + padding + 1);
          if (Number.isFinite(natural) && natural > (this.naturals[col] ?? 0)) this.naturals[col] = natural;
          continue;
        }
        const need = Math.ceil((row === header ? headerWidth(cell) : contentWidth(range, cell)) + padding + 1);
        if (Number.isFinite(need) && need > (this.widths[col] ?? 0)) this.widths[col] = need;
      }
    }
    let changed = false;
    for (const [now, before] of [
      [this.widths, previous.widths],
      [this.naturals, previous.naturals],
    ] as const) {
      for (let i = 0; i < Math.max(before.length, now.length); i++) {
        if (!exact) now[i] = keep(before[i], now[i], fresh, em);
        if (now[i] !== before[i]) changed = true;
      }
    }
    return changed;
  }
}
