import { css } from 'lit';

/** With `toolbarStyles`, `csvExportStyles`, `totalsStyles`, `actionStatusStyles` (shared-ui/data-table/section.styles.ts). */
export const callLogTableStyles = css`
  :host {
    --_table-height: var(--call-log-table-height, 28em);
    --_row-height: var(--call-log-table-row-height, 2.75em);
    --_table-header-background: var(--call-log-table-header-background, var(--_surface-raised));
    --_table-stripe: var(--call-log-table-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
`;
