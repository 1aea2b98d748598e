import { render, type RenderOptions, type TemplateResult } from 'lit';

/**
 * One row to show: its position in the list and its cells. Rows flow one after the other in
 * the layer; a row with `y` is taken out of the flow and placed `y` px from the layer's top
 * (the focused row kept while scrolled far away).
 */
export interface LayerRow {
  position: number;
  cells: TemplateResult | TemplateResult[];
  y?: number;
}

interface Slot {
  el: HTMLElement;
  position: number;
  y: number | undefined;
}

/**
 * The row elements of a virtual grid. Row elements are recycled: when the window moves, the
 * elements stay where they are in the DOM and take the rows now in their place (Lit then only
 * updates text), so scrolling creates no elements and leaves nothing behind. DOM order always
 * follows position order, as screen readers expect. Rows are in normal flow inside one layer
 * that the table moves with a single transform: scrolling restyles one element, not every row.
 *
 * The row holding focus is the exception: it keeps its element wherever it is (`keep`), the
 * other rows are recycled around it, so focus never jumps to another row while scrolling.
 *
 * Why not `repeat()`: it re-creates a row for every row that enters (a wheel notch over a
 * million rows moves the whole window), and in lit-html 3.3 its `removePart` leaves a comment
 * marker behind per removed item — unbounded growth for a list that recycles forever.
 */
export class RowLayer {
  private container: HTMLElement | undefined;
  /** The row elements, in DOM order, with the position each shows. */
  private elements: Slot[] = [];

  constructor(private readonly options: RenderOptions) {}

  /**
   * Shows exactly `rows` (sorted by position) in `container`. When `keep` is one of them and
   * already shown, its element is not reassigned.
   */
  sync(container: HTMLElement | undefined, rows: readonly LayerRow[], keep?: number): void {
    if (container !== this.container) {
      this.elements = [];
      this.container = container;
    }
    if (!container) return;
    const keepAt = keep === undefined ? -1 : this.elements.findIndex((e) => e.position === keep);
    const rowAt = keepAt < 0 ? -1 : rows.findIndex((r) => r.position === keep);
    if (keepAt < 0 || rowAt < 0) {
      this.elements = this.assign(container, this.elements, rows, null);
      return;
    }
    const kept = this.elements[keepAt]!;
    const before = this.assign(container, this.elements.slice(0, keepAt), rows.slice(0, rowAt), kept.el);
    this.update(kept, rows[rowAt]!);
    const after = this.assign(container, this.elements.slice(keepAt + 1), rows.slice(rowAt + 1), null);
    this.elements = [...before, kept, ...after];
  }

  /** The element showing `position`, if any. */
  element(position: number): HTMLElement | undefined {
    return this.elements.find((e) => e.position === position)?.el;
  }

  clear(): void {
    for (const { el } of this.elements) el.remove();
    this.elements = [];
  }

  /**
   * Gives `rows` to `slots` in order; creates missing elements (inserted before `end`, or
   * appended) and removes surplus ones. Returns the slots now in use.
   */
  private assign(container: HTMLElement, slots: Slot[], rows: readonly LayerRow[], end: HTMLElement | null): Slot[] {
    const used = slots.slice(0, rows.length);
    for (const extra of slots.slice(rows.length)) extra.el.remove();
    for (let i = used.length; i < rows.length; i++) {
      const el = document.createElement('div');
      el.setAttribute('role', 'row');
      el.setAttribute('part', 'row');
      el.className = 'row';
      container.insertBefore(el, end);
      used.push({ el, position: -1, y: undefined });
    }
    rows.forEach((row, i) => this.update(used[i]!, row));
    return used;
  }

  private update(slot: Slot, row: LayerRow): void {
    const { el } = slot;
    if (slot.position !== row.position) {
      slot.position = row.position;
      el.setAttribute('aria-rowindex', String(row.position + 2));
      el.dataset.row = String(row.position);
      el.classList.toggle('alt', row.position % 2 === 1);
    }
    if (slot.y !== row.y) {
      slot.y = row.y;
      el.classList.toggle('detached', row.y !== undefined);
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      el.style.transform = row.y === undefined ? '' : `translateY(${row.y}px)`;
    }
    render(row.cells, el, this.options);
  }
}
