import { css } from 'lit';

/**
 * Styles of the virtual data grid. Public knobs the host can map to its own custom properties:
 * `--_table-height` (scroll area height, at most 85% of the window's), `--_row-height` (fixed row height; keep it a length the
 * table can measure), `--_table-header-background`, `--_table-stripe`.
 */
export const dataTableStyles = css`
  :host {
    container-type: inline-size;
  }
  .table-scroller {
    position: relative;
    overflow: auto;
    /* A visible scroll bar: on a narrow screen the columns past the edge are one swipe away. */
    scrollbar-color: var(--_text-muted) transparent;
    overflow-anchor: none;
    contain: content;
    /*
     * Never taller than 85% of the window (at least 12em): on a short screen (a phone held
     * sideways, a zoomed window) the whole scrolling box, its sideways scroll bar included, fits.
     */
    block-size: min(var(--_table-height, 28em), max(12em, 85dvh));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .grid {
    display: block;
    position: relative;
  }
  /* text-metrics.ts: unseen text in the cells' font, watched for a change of width. */
  .text-sample {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    visibility: hidden;
    white-space: pre;
    pointer-events: none;
  }
  .grid .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    block-size: var(--_row-height, 2.75em);
  }
  /* Headers wrap between words (never inside one): the header row grows to hold them. */
  .grid .head .row {
    block-size: auto;
    min-block-size: var(--_row-height, 2.75em);
  }
  .grid .head .cell {
    white-space: normal;
    padding-block: var(--_space-xs);
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_table-header-background, var(--_surface-raised));
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
  }
  .body {
    position: relative;
    overflow: clip;
  }
  .body.stale {
    /* Dimmed, still readable: 0.7 keeps body text above 4.5:1 on both themes. */
    opacity: 0.7;
  }
  /* Rows flow in one layer that moves as a whole. */
  .layer {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }
  /*
   * Every other row (by its position in the list) is striped with a plain background. Not a
   * repeating gradient on the layer: software rasterising one over the moving layer took 8× the
   * raster time while scrolling (measured: bench/RESULTS.md).
   */
  .layer > .row.alt {
    background: var(--_table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  .layer > .row {
    /* Fixed size and isolated: a row's new text never makes the browser lay out the others. */
    contain: strict;
  }
  .layer > .row.detached {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    background: var(--_surface);
  }
  .grid .cell {
    /* A server string's direction stays inside its cell. */
    unicode-bidi: isolate;
    min-inline-size: 0;
    padding-inline: calc(0.75 * var(--_space-s));
    /* Never an ellipsis: the column is as wide as its widest value (column-widths.ts). */
    overflow: hidden;
    white-space: nowrap;
  }
  /* Free text: two lines at most, the rest in the cell's title (and whole in the DOM). */
  .grid .cell.wrap {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    white-space: normal;
    overflow-wrap: break-word;
    line-height: 1.25;
  }
  /*
   * The row header (first column) stays in view while the table scrolls sideways (narrow
   * screens), so a row's values can be read against it; only while it takes at most 60% of the
   * table's width (\`pin-first\`, set by the controller), or the other columns would pass
   * through a slit beside it.
   */
  .grid .row > .cell:first-child {
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
  }
  .grid.pin-first .row > .cell:first-child {
    position: sticky;
  }
  .grid .head .row > .cell:first-child {
    background: var(--_table-header-background, var(--_surface-raised));
  }
  .layer > .row.alt > .cell:first-child {
    background: var(--_table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  .grid .row > .cell.error-cell:first-child {
    position: static;
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .grid .cell.end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .grid .cell:focus-visible,
  .grid .cell :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .grid .placeholder {
    color: var(--_text-muted);
  }
  .grid .error-cell {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_text);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    block-size: 100%;
  }
  .grid .error-cell .button {
    min-block-size: 0;
    padding-block: 0;
  }
  .sort-button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  .sort-icon {
    font-size: 0.75em;
  }
  .grid .cell.end .sort-button {
    flex-direction: row-reverse;
  }
  .table-status {
    margin: var(--_space-xs) 0 0;
    min-block-size: 1.5em;
    color: var(--_text-muted);
  }
  @container (max-width: 40em) {
    .table-scroller {
      overflow-x: scroll;
    }
    .grid .row > .cell:first-child {
      box-shadow: inset -1px 0 0 var(--_border);
    }
    :host(:dir(rtl)) .grid .row > .cell:first-child {
      box-shadow: inset 1px 0 0 var(--_border);
    }
  }
  /*
   * A row's action button (row-button.ts): as compact as the row, and as wide as the widest text
   * it shows in any state (Play / Pause): the other texts are laid out under it with no height
   * and unseen, so the button keeps its width when its state changes.
   */
  .row-button {
    min-block-size: 0;
    padding-block: 0.125em;
  }
  .row-button[data-also] {
    flex-direction: column;
    gap: 0;
  }
  .row-button[data-also]::before,
  .row-button[data-also]::after {
    content: attr(data-also);
    /* After the text, which so stays the button's baseline. */
    order: 1;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    white-space: nowrap;
  }
  .row-button[data-also]::after {
    content: attr(data-also-2);
  }
`;
