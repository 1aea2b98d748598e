import { css } from 'lit';

/** With `actionStatusStyles` (shared-ui/data-table/section.styles.ts). */
export const blockListStyles = css`
  :host {
    --_table-max-height: var(--block-list-height, 24em);
    --_table-height: var(--_table-max-height);
    --_row-height: var(--block-list-row-height, 2.75em);
    --_table-header-background: var(--block-list-header-background, var(--_surface-raised));
    --_table-stripe: var(--block-list-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  .block-form {
    margin-block-end: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--block-list-form-background, var(--_surface-raised));
  }
  .block-form fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  .block-form legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  .form-row {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space-s) var(--_space-m);
  }
  .form-row .field {
    margin-block-end: 0;
  }
  .number-field {
    flex: 1 1 16em;
    max-inline-size: 26em;
  }
  .reason-field {
    flex: 1 1 12em;
    max-inline-size: 20em;
  }
  .form-row .button {
    /* Level with the inputs: below the labels. */
    margin-block-start: calc(1.5em + var(--_space-xs));
  }
  .field-hint {
    font-size: 0.875em;
  }
  .form-error {
    margin-block: 0 var(--_space-s);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-s);
  }
  .toolbar .field {
    margin-block-end: 0;
    flex: 0 1 22em;
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
  }
  /* A short list takes only the height it needs (--_rows is set once the count is known). */
  .table-wrap.fit {
    --_table-height: min(var(--_table-max-height), calc((var(--_rows) + 1) * var(--_row-height) + 2px));
  }
`;
