import { css } from 'lit';

export const transactionTableStyles = css`
  :host {
    --_table-height: var(--transaction-table-height, 28em);
    --_row-height: var(--transaction-table-row-height, 2.75em);
    --_table-header-background: var(--transaction-table-header-background, var(--_surface-raised));
    --_table-stripe: var(--transaction-table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
    --_credit: var(--transaction-table-credit-color, var(--_success));
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
  .export-status:empty {
    margin: 0;
  }
  .export-status.failed {
    color: var(--_danger);
  }
  .export-progress {
    inline-size: 10em;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin: 0 0 var(--_space-s);
  }
  .total {
    display: grid;
    align-content: start;
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
  .calculate-totals-button {
    margin-block-end: var(--_space-m);
  }
  .totals-status:empty {
    margin: 0;
  }
  .totals-status.failed {
    color: var(--_danger);
  }
  .kind {
    font-weight: 600;
  }
  .kind-credit,
  .amount.credit {
    color: var(--_credit);
  }
`;
