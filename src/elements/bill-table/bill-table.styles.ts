import { css } from 'lit';

/** With `totalsStyles`, `actionStatusStyles` (shared-ui/data-table/section.styles.ts). */
export const billTableStyles = css`
  :host {
    --_row-height: var(--bill-table-row-height, 2.75em);
    --_table-header-background: var(--bill-table-header-background, var(--_surface-raised));
    --_table-stripe: var(--bill-table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  /* Bills are few: the table is as tall as its rows (and its sideways scroll bar, if it has one),
     up to a maximum, then scrolls. The rows' layer has the height of every row, so the height
     follows the count of bills, never the rows drawn so far. */
  .table-scroller {
    block-size: var(--bill-table-height, auto);
    max-block-size: min(var(--bill-table-max-height, 28em), max(12em, 85dvh));
  }
  .toolbar {
    margin-block-end: var(--_space-m);
  }
  .total {
    align-content: start;
  }
  .total dd.count.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  /* Status: always a word; the colour and outline only repeat it. */
  .status {
    display: inline-block;
    padding: 0.0625em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
    --_status: var(--_text);
    color: var(--_status);
    background: color-mix(in srgb, var(--_status) 10%, var(--_surface));
  }
  .status-paid {
    --_status: var(--bill-table-paid-color, var(--_success));
  }
  .status-unpaid {
    --_status: var(--bill-table-unpaid-color, var(--_warning));
  }
  .status-overdue {
    --_status: var(--bill-table-overdue-color, var(--_danger));
  }
  .download-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
  .no-document {
    color: var(--_text-muted);
  }
`;
