import { maxPosition, positionAt, positionToReveal, scrollRatio, scrollTopFor, type ScrollGeometry } from './scroll-geometry.js';

/**
 * Where a virtual list is scrolled to: the scroller's offset, the rows' natural position it
 * shows, and a position "pinned" by the table itself (keyboard, wheel) so that rounding of the
 * scaled offset never moves the rows the table placed exactly. Pure state, no DOM: the table
 * writes `takePendingScrollTop()` to the scroller and reports scroll events with `scrolled()`.
 */
export class ScrollState {
  /** The scroller's offset, px. */
  scrollTop = 0;
  rowHeight: number;
  /** Height of the rows' viewport, px. */
  viewport: number;
  private pin: { scrollTop: number; position: number } | undefined;
  private pending: number | undefined;

  constructor(
    rowHeight: number,
    private readonly rowCount: () => number,
    private readonly maxHeight: number,
  ) {
    this.rowHeight = rowHeight;
    this.viewport = rowHeight * 10;
  }

  geometry(): ScrollGeometry {
    return { rowCount: this.rowCount(), rowHeight: this.rowHeight, viewport: this.viewport, maxHeight: this.maxHeight };
  }

  /** The natural position shown (top of the viewport). */
  position(g: ScrollGeometry = this.geometry()): number {
    const p = this.pin ? this.pin.position : positionAt(this.scrollTop, g);
    return Math.min(p, maxPosition(g));
  }

  /** Back to the top (a new query). */
  reset(): void {
    this.pin = undefined;
    this.scrollTop = 0;
    this.pending = 0;
  }

  /** New measurements; true when they changed. */
  resize(rowHeight: number, viewport: number): boolean {
    if (rowHeight === this.rowHeight && viewport === this.viewport) return false;
    this.rowHeight = rowHeight;
    this.viewport = viewport;
    this.pin = undefined;
    return true;
  }

  /** The scroller reported `top`; true when the rows to show changed. */
  scrolled(top: number): boolean {
    if (this.pin && Math.abs(top - this.pin.scrollTop) <= 1) return false;
    this.pin = undefined;
    if (top === this.scrollTop) return false;
    this.scrollTop = top;
    return true;
  }

  /** Scrolls so `row` is fully visible with the least movement; true when it moved. */
  reveal(row: number): boolean {
    if (row < 0) return false;
    const g = this.geometry();
    const position = this.position(g);
    const target = positionToReveal(row, position, g);
    if (target === position) return false;
    this.moveTo(target, g);
    return true;
  }

  /**
   * A wheel delta moves the rows 1:1 on a scaled list (else a notch would jump by the scale
   * ratio). False when the event should be left to the browser (unscaled list, horizontal or
   * zoom gesture, or already at that end so the page scrolls on).
   */
  wheel(event: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey'>): boolean {
    const g = this.geometry();
    if (scrollRatio(g) <= 1 || event.ctrlKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return false;
    const unit = event.deltaMode === 1 ? g.rowHeight : event.deltaMode === 2 ? g.viewport : 1;
    const position = this.position(g);
    const target = Math.min(maxPosition(g), Math.max(0, position + event.deltaY * unit));
    if (target === position) return false;
    this.moveTo(target, g);
    return true;
  }

  /** The offset the table must give the scroller, once. */
  takePendingScrollTop(): number | undefined {
    const top = this.pending;
    this.pending = undefined;
    return top;
  }

  private moveTo(position: number, g: ScrollGeometry): void {
    const top = scrollTopFor(position, g);
    this.pin = { scrollTop: top, position };
    this.scrollTop = top;
    this.pending = top;
  }
}
