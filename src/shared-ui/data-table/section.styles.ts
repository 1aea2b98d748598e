import { css } from 'lit';

/*
 * Rules shared by the list sections (call log, transactions, bills, media, block list). Each is
 * a separate sheet: a section adds (after `dataTableStyles`, before its own sheet) only those
 * whose markup it renders, and its own sheet keeps what differs — the public `--<tag>-*`
 * custom properties mapped onto `--_table-height`, `--_row-height`, `--_table-header-background`
 * and `--_table-stripe` included.
 */

/** `.toolbar`: the date-range field and the export, on one wrapping row. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-m);
    margin-block-end: var(--_space-m);
  }
`;

/** The export controls of `renderCsvExport()` (`csv-export-view.ts`). */
export const csvExportStyles = css`
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .export-status {
    unicode-bidi: isolate;
    margin: 0;
    color: var(--_text-muted);
    flex-basis: 100%;
  }
  /* Empty but present, so the status region exists before a message arrives. */
  .export-status:empty {
    margin: 0;
  }
  .export-status.failed {
    color: var(--_danger);
  }
  .export-progress {
    inline-size: 10em;
  }
`;

/**
 * `<dl class="totals">` of `<div class="total"><dt>…</dt><dd>…</dd></div>`; `dd.count` is a smaller, muted line.
 * `.totals-line`: a `.totals-status` line (muted; `.failed` in the danger colour) and its button, while totals are summed.
 */
export const totalsStyles = css`
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin: 0 0 var(--_space-m);
  }
  .total {
    display: grid;
  }
  .total dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .total dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .total dd.count {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_text-muted);
  }
  .totals-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_space-m);
  }
  .totals-status {
    margin: 0 0 var(--_space-m);
    color: var(--_text-muted);
  }
  .totals-status:empty {
    margin: 0;
  }
  .totals-status.failed {
    color: var(--_danger);
  }
  .totals-line .button {
    margin-block-end: var(--_space-m);
  }
`;

/** `<p class="action-status success|error" role="status">`: the outcome of a row action. */
export const actionStatusStyles = css`
  .action-status {
    margin-block: 0 var(--_space-s);
    /* Server strings in the message (names) cannot reorder the text around the status line. */
    unicode-bidi: isolate;
  }
  .action-status:empty {
    margin: 0;
  }
  .action-status.success {
    color: var(--_success);
  }
  .action-status.error {
    color: var(--_danger);
  }
`;
