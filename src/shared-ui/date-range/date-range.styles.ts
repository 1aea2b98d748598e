import { css } from 'lit';

/** Layout of the date-range field (uses the `.field` styles of `styles.ts`). */
export const dateRangeStyles = css`
  .date-range {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .date-range-legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  .date-range-fields {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .date-range-fields .field {
    margin: 0;
  }
  .date-range-error {
    margin-block-start: var(--_space-xs);
  }
  /* Empty but present, so the alert region exists before a message arrives. */
  .date-range-error:empty {
    margin: 0;
  }
`;
