import { css } from 'lit';

/** With `toolbarStyles`, `csvExportStyles`, `totalsStyles` (shared-ui/data-table/section.styles.ts). */
export const transactionTableStyles = css`
  :host {
    --_table-height: var(--transaction-table-height, 28em);
    --_row-height: var(--transaction-table-row-height, 2.75em);
    --_table-header-background: var(--transaction-table-header-background, var(--_surface-raised));
    --_table-stripe: var(--transaction-table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
    --_credit: var(--transaction-table-credit-color, var(--_success));
  }
  /* Narrower than the shared totals: the totals status line follows. */
  .totals {
    margin: 0 0 var(--_space-s);
  }
  .total {
    align-content: start;
  }
  .kind {
    font-weight: 600;
  }
  .kind-credit,
  .amount.credit {
    color: var(--_credit);
  }
`;
