/**
 * Scrolls `scroller` sideways so the focused `target` shows whole: inside the scroller's box (its
 * scroll bar excluded) and clear of the row's first cell when it sticks to the inline-start edge
 * (WCAG 2.4.11, focus not obscured). The grid focuses its cells with `preventScroll` (it places
 * rows itself), so without this a cell past the edge of a narrow table took focus out of sight.
 * Works in physical coordinates, so the same code serves left-to-right and right-to-left.
 */
export function revealInline(scroller: HTMLElement, target: HTMLElement): void {
  const rtl = getComputedStyle(scroller).direction === 'rtl';
  const box = scroller.getBoundingClientRect();
  let left = box.left + scroller.clientLeft;
  let right = left + scroller.clientWidth;
  const cell = target.closest('[role="row"] > *');
  const sticky = cell?.parentElement?.firstElementChild;
  if (sticky && sticky !== cell && getComputedStyle(sticky).position === 'sticky') {
    const edge = sticky.getBoundingClientRect();
    if (rtl) right = Math.min(right, edge.left);
    else left = Math.max(left, edge.right);
  }
  const rect = target.getBoundingClientRect();
  // Whole when it fits; else its start edge shows (where its text begins).
  let delta = 0;
  if (rect.width > right - left) delta = rtl ? rect.right - right : rect.left - left;
  else if (rect.left < left) delta = rect.left - left;
  else if (rect.right > right) delta = rect.right - right;
  if (Math.abs(delta) >= 1) scroller.scrollLeft += delta;
}
