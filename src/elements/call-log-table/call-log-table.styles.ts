import { css } from 'lit';

export const callLogTableStyles = css`
  :host {
    --_table-height: var(--call-log-table-height, 28em);
    --_row-height: var(--call-log-table-row-height, 2.75em);
    --_table-header-background: var(--call-log-table-header-background, var(--_surface-raised));
    --_table-stripe: var(--call-log-table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .export-status {
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
  .action-status {
    margin-block: 0 var(--_space-s);
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
  .block-button {
    min-block-size: 0;
    padding-block: 0.125em;
  }
  .block-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
