import { html, nothing, type TemplateResult } from 'lit';
import type { DataTableColumn } from './columns.js';

/** Which cell holds the grid's single tab stop. */
export type TabIndexOf = (row: number, col: number) => 0 | -1;

/**
 * The header row: a `columnheader` per column (`aria-sort` on the sorted one); a sortable
 * column's header is a button.
 */
export function headerCells<T>(columns: readonly DataTableColumn<T>[], tabIndexOf: TabIndexOf): TemplateResult[] {
  return columns.map((c, i) => {
    const tabIndex = tabIndexOf(-1, i);
    const sortable = c.onSort !== undefined;
    return html`<div
      role="columnheader"
      class="cell ${c.align === 'end' ? 'end' : ''}"
      part="column-header"
      data-col=${i}
      aria-sort=${c.sort ?? nothing}
      tabindex=${sortable ? nothing : tabIndex}
    >
      ${
        sortable
          ? html`<button class="sort-button" part="sort-button" type="button" data-control tabindex=${tabIndex} @click=${c.onSort}>
            ${c.header}<span class="sort-icon" aria-hidden="true">${c.sort === 'ascending' ? '▲' : c.sort === 'descending' ? '▼' : ''}</span>
          </button>`
          : c.header
      }
    </div>`;
  });
}

/**
 * A row's cells (`row` undefined: a placeholder saying `loadingText`). Loaded and placeholder
 * rows share one template, so a focused cell survives its data arriving.
 */
export function rowCells<T>(
  row: T | undefined,
  position: number,
  columns: readonly DataTableColumn<T>[],
  tabIndexOf: TabIndexOf,
  loadingText: string,
): TemplateResult[] {
  return columns.map((c, i) => {
    const tabIndex = tabIndexOf(position, i);
    const content = row !== undefined ? c.render(row, { position, tabIndex }) : i === 0 ? loadingText : nothing;
    // Free text may show two lines only: its whole text on hover (the DOM keeps it all for assistive technology).
    const title = c.wrap && row !== undefined && typeof content === 'string' ? content : undefined;
    return html`<div
      role=${c.rowHeader ? 'rowheader' : 'gridcell'}
      class="cell ${c.align === 'end' ? 'end' : ''} ${c.wrap && row !== undefined ? 'wrap' : ''} ${row === undefined ? 'placeholder' : ''}"
      part="cell"
      data-col=${i}
      title=${title ?? nothing}
      tabindex=${c.control && row !== undefined ? nothing : tabIndex}
    >
      ${content}
    </div>`;
  });
}

/** A failed page, shown across the row where its rows would be, with Retry. */
export function errorCell(
  message: string,
  text: { errorTitle: string; retry: string },
  colCount: number,
  tabIndex: 0 | -1,
  onRetry: () => void,
): TemplateResult {
  return html`<div role="gridcell" class="cell error-cell" part="row-error" data-col="0" aria-colspan=${colCount}>
    <span class="error-text"><strong>${text.errorTitle}</strong> ${message}</span>
    <button class="button" part="retry-button" type="button" data-control tabindex=${tabIndex} @click=${onRetry}>${text.retry}</button>
  </div>`;
}
