/**
 * Scroll geometry of a virtual list with fixed-height rows and a **scaled** scroll range.
 *
 * Browsers cap an element's height (≈ 16.7 million px in Chromium, ≈ 17.9 million in Firefox,
 * ≈ 33 million in Safari), so a million rows of 40 px cannot be laid out at full height. The
 * scroll area is capped at `maxHeight`; the scroll offset maps linearly onto the rows'
 * "natural" offset, so the top of the range shows row 0 and the bottom shows the very last row.
 *
 * Terms: `natural` = rowCount × rowHeight; `position` = natural offset of the viewport's top edge
 * (0 … natural − viewport); `scrollTop` = the scroller's offset (0 … scrollHeight − viewport).
 */
export interface ScrollGeometry {
  rowCount: number;
  /** px, > 0 */
  rowHeight: number;
  /** Height of the visible rows area, px. */
  viewport: number;
  /** Largest scroll height to lay out, px. */
  maxHeight: number;
}

/** A scroll height every current browser lays out exactly. */
export const DEFAULT_MAX_SCROLL_HEIGHT = 4_000_000;

export function naturalHeight(g: ScrollGeometry): number {
  return Math.max(0, g.rowCount) * g.rowHeight;
}

/** Height of the scrolled content (the sizer). */
export function scrollHeight(g: ScrollGeometry): number {
  return Math.min(naturalHeight(g), Math.max(g.maxHeight, g.viewport));
}

/** Natural offsets per scroll pixel (1 when the list fits under the cap). */
export function scrollRatio(g: ScrollGeometry): number {
  const range = scrollHeight(g) - g.viewport;
  const natural = naturalHeight(g) - g.viewport;
  return range > 0 && natural > range ? natural / range : 1;
}

export function maxScrollTop(g: ScrollGeometry): number {
  return Math.max(0, scrollHeight(g) - g.viewport);
}

export function maxPosition(g: ScrollGeometry): number {
  return Math.max(0, naturalHeight(g) - g.viewport);
}

/** The natural position shown at `scrollTop`; the ends map exactly (the last row is reachable). */
export function positionAt(scrollTop: number, g: ScrollGeometry): number {
  const top = maxScrollTop(g);
  if (scrollTop <= 0) return 0;
  // Within half a pixel of the bottom counts as the bottom (scroll offsets are rounded).
  if (scrollTop >= top - 0.5) return maxPosition(g);
  return Math.min(maxPosition(g), scrollTop * scrollRatio(g));
}

/** The scrollTop that shows natural `position` at the top. */
export function scrollTopFor(position: number, g: ScrollGeometry): number {
  const p = Math.min(Math.max(0, position), maxPosition(g));
  if (p >= maxPosition(g)) return maxScrollTop(g);
  return p / scrollRatio(g);
}

/** First and last row (inclusive) at least partly visible at `position`, plus `overscan` each side. */
export function visibleRows(position: number, g: ScrollGeometry, overscan = 0): { first: number; last: number } {
  if (g.rowCount <= 0) return { first: 0, last: -1 };
  const first = Math.floor(position / g.rowHeight);
  const last = Math.ceil((position + g.viewport) / g.rowHeight) - 1;
  return {
    first: Math.max(0, first - overscan),
    last: Math.min(g.rowCount - 1, Math.max(first, last) + overscan),
  };
}

/** Rows that fit entirely in the viewport (at least 1): the PageUp/PageDown step. */
export function rowsPerViewport(g: ScrollGeometry): number {
  return Math.max(1, Math.floor(g.viewport / g.rowHeight));
}

/**
 * The natural position that brings `row` fully into view with the least movement (unchanged
 * when it is already visible).
 */
export function positionToReveal(row: number, position: number, g: ScrollGeometry): number {
  const top = row * g.rowHeight;
  const bottom = top + g.rowHeight;
  if (top < position) return top;
  if (bottom > position + g.viewport) return Math.max(0, bottom - g.viewport);
  return position;
}
