/**
 * Layout checks on rendered text: where lines break, and whether a box clips what it holds.
 */

/** The line top of each character of a text node (by its first box). */
function charTops(node: Text): number[] {
  const range = document.createRange();
  const tops: number[] = [];
  for (let i = 0; i < node.data.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rect = [...range.getClientRects()].find((r) => r.width > 0);
    tops.push(rect ? Math.round(rect.top) : Number.NaN);
  }
  return tops;
}

/**
 * How an element's text wraps: its number of lines, and every line break that is not after a
 * space, a hyphen, `@`, `.` or `/` (`"cedarr|idge"`: a word broken in its middle).
 */
export function wrapping(el: Element): { lines: number; brokenWords: string[] } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const chars: { ch: string; top: number }[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    charTops(n).forEach((top, i) => chars.push({ ch: n!.data[i]!, top }));
  }
  const seen = chars.filter((c) => !Number.isNaN(c.top));
  const brokenWords: string[] = [];
  for (let i = 1; i < seen.length; i++) {
    if (seen[i]!.top !== seen[i - 1]!.top && !/[\s\-@./]/.test(seen[i - 1]!.ch) && !/\s/.test(seen[i]!.ch)) {
      const text = seen.map((c) => c.ch).join('');
      brokenWords.push(`${text.slice(Math.max(0, i - 8), i)}|${text.slice(i, i + 8)}`);
    }
  }
  return { lines: new Set(seen.map((c) => c.top)).size, brokenWords };
}

/** True when the element's content is wider or taller than its box (it is cut off or spills). */
export function clips(el: Element): boolean {
  return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}

/**
 * The grid cells, headers and buttons under `root` whose content is wider than their box
 * (cut off, or hidden behind an ellipsis), described for a failure message.
 */
export function clippedCells(root: ParentNode): string[] {
  const out: string[] = [];
  for (const cell of root.querySelectorAll<HTMLElement>('[role="columnheader"], [role="rowheader"], [role="gridcell"]')) {
    const text = cell.textContent!.replace(/\s+/g, ' ').trim();
    if (text && cell.scrollWidth > cell.clientWidth + 1) out.push(`cell "${text}" ${cell.scrollWidth}>${cell.clientWidth}`);
    for (const b of cell.querySelectorAll<HTMLElement>('button')) {
      if (b.scrollWidth > b.clientWidth + 1) out.push(`button "${b.textContent!.trim()}" ${b.scrollWidth}>${b.clientWidth}`);
      const box = b.getBoundingClientRect();
      const outer = cell.getBoundingClientRect();
      if (box.right > outer.right + 1 || box.left < outer.left - 1) out.push(`button "${b.textContent!.trim()}" outside its cell`);
    }
  }
  return out;
}

/**
 * Per grid column of `el` that is not free text: how much wider it is than its widest header
 * or value (px), i.e. room it could have left to free text.
 */
export function spareRoom(el: HTMLElement): { column: string; spare: number }[] {
  const range = document.createRange();
  const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.grid .row')];
  const count = rows[0]!.children.length;
  const out: { column: string; spare: number }[] = [];
  for (let col = 0; col < count; col++) {
    const cells = rows.map((row) => row.children[col] as HTMLElement).filter(Boolean);
    if (cells.some((c) => c.classList.contains('wrap'))) continue;
    let need = 0;
    for (const cell of cells) {
      range.selectNodeContents(cell);
      const style = getComputedStyle(cell);
      need = Math.max(
        need,
        range.getBoundingClientRect().width + parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd),
      );
    }
    out.push({ column: cells[0]!.textContent!.trim(), spare: Math.round(cells[0]!.getBoundingClientRect().width - need) });
  }
  return out;
}

/**
 * Whether `text` is laid out in its reading order, left to right, wherever it shows under
 * `root` (its text nodes; invisible bidi controls around it are allowed). Each occurrence's
 * visible characters must stand at increasing x: `+20 26 8879 8545` laid out as
 * "8545 8879 26 +20" (groups reversed inside right-to-left text) is reported with the order it
 * shows in. `found` counts the occurrences, so a check that found nothing can fail too.
 */
export function readsLeftToRight(root: Node, text: string): { found: number; misordered: string[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const misordered: string[] = [];
  let found = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (let at = n.data.indexOf(text); at >= 0; at = n.data.indexOf(text, at + text.length)) {
      found++;
      const chars: { ch: string; left: number }[] = [];
      for (let i = at; i < at + text.length; i++) {
        if (/\s/.test(n.data[i]!)) continue;
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        chars.push({ ch: n.data[i]!, left: range.getBoundingClientRect().left });
      }
      if (chars.some((c, i) => i > 0 && c.left <= chars[i - 1]!.left)) {
        misordered.push(
          `"${text}" shows as "${[...chars]
            .sort((a, b) => a.left - b.left)
            .map((c) => c.ch)
            .join('')}"`,
        );
      }
    }
  }
  return { found, misordered };
}

/** Every element under `root`, and under the open shadow roots inside it. */
export function* deepElements(root: ParentNode): Generator<HTMLElement> {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Whether `el` sits inside a box that scrolls sideways (its overflow is reached by scrolling). */
function inSideScroller(el: Element, stop: Element): boolean {
  for (
    let p = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
    p && p !== stop;
    p = p.parentElement ?? ((p.getRootNode() as ShadowRoot).host as Element | undefined)
  ) {
    if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
  }
  return false;
}

const LABELLED =
  'button, th, td, dt, dd, h1, h2, h3, h4, label, legend, select, summary, a, p, li, [role="menuitem"], [role="tab"], [role="columnheader"], [role="rowheader"], [role="gridcell"]';

/**
 * What clips or spills under `host` (and the shadow roots inside it), described for a failure
 * message: a button, cell, header, label, value or line whose content is wider than its box,
 * and a control or value that sticks out of `host` (unless a sideways scroller holds it).
 * Elements that are not rendered (`display: none`, closed dialogs) do not count.
 */
export function clippedContent(host: HTMLElement): string[] {
  const out: string[] = [];
  const outer = host.getBoundingClientRect();
  const root = host.shadowRoot ?? host;
  for (const el of deepElements(root)) {
    if (!el.matches(LABELLED) && !(el instanceof HTMLInputElement)) continue;
    const style = getComputedStyle(el);
    if (el.getClientRects().length === 0 || style.display === 'inline') continue;
    // Text for assistive technology only, clipped on purpose.
    if (style.clipPath !== 'none' || style.clip !== 'auto') continue;
    const text = (el instanceof HTMLInputElement ? el.value : el.textContent!).replace(/\s+/g, ' ').trim().slice(0, 60);
    const name = `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    if (el.scrollWidth > el.clientWidth + 1 && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) {
      out.push(`${name} "${text}" ${el.scrollWidth}>${el.clientWidth}`);
    }
    const box = el.getBoundingClientRect();
    // A dialog shows over the page: it must fit the window instead.
    const bounds = el.closest('dialog') ? { left: 0, right: document.documentElement.clientWidth } : outer;
    if ((box.right > bounds.right + 1 || box.left < bounds.left - 1) && !inSideScroller(el, host)) {
      out.push(
        `${name} "${text}" outside its ${bounds === outer ? 'section' : 'window'} (${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(bounds.left)}–${Math.round(bounds.right)})`,
      );
    }
  }
  return out;
}
