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
 * space, a hyphen, `@` or `.` (`"cedarr|idge"`: a word broken in its middle).
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
    if (seen[i]!.top !== seen[i - 1]!.top && !/[\s\-@.]/.test(seen[i - 1]!.ch) && !/\s/.test(seen[i]!.ch)) {
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
        misordered.push(`"${text}" shows as "${[...chars].sort((a, b) => a.left - b.left).map((c) => c.ch).join('')}"`);
      }
    }
  }
  return { found, misordered };
}
