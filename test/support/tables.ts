import { waitUntil } from '@open-wc/testing';
import { $$, textOf } from './dom.js';
import { PATIENCE_MS } from './patience.js';

/**
 * Reading the virtual grid of `src/shared-ui/data-table` (the list sections): rendered rows are
 * `.layer > [role="row"]`; a row still loading has a placeholder row header.
 */

/** The rendered rows of the grid(s) in an element's shadow root, loaded or not. */
export const rowEls = (el: Element) => $$(el, '.layer > [role="row"]');

/** Whether a rendered row shows data (it is not a "Loading…" placeholder). */
export const isDataRow = (row: Element) => row.querySelector('[role="rowheader"]:not(.placeholder)') !== null;

/** The rendered rows that show data. */
export const dataRows = (el: Element) => rowEls(el).filter(isDataRow);

/** The text of each cell of a row (row header first), trimmed. */
export const cellTexts = (row: Element) =>
  [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')].map((c) => c.textContent!.trim());

/** The column headers' texts, trimmed. */
export const headers = (el: Element) => $$(el, '[role="columnheader"]').map((h) => h.textContent!.trim());

/** Waits until the grid shows at least one row of data. */
export async function waitForRows(el: Element, timeout = PATIENCE_MS) {
  await waitUntil(() => dataRows(el).length > 0, `no rows in: ${textOf(el).slice(0, 200)}`, { timeout });
}
