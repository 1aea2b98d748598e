import { css } from 'lit';

/** With `actionStatusStyles` (shared-ui/data-table/section.styles.ts). */
export const mediaLibraryStyles = css`
  :host {
    --_table-height: var(--media-library-height, 24em);
    --_row-height: var(--media-library-row-height, 2.75em);
    --_table-header-background: var(--media-library-header-background, var(--_surface-raised));
    --_table-stripe: var(--media-library-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
    margin-block-end: var(--_space-m);
  }
  .tab {
    font: inherit;
    color: var(--_text-muted);
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    color: var(--media-library-active-color, var(--_primary));
    border-block-end-color: currentColor;
    font-weight: 600;
  }
  .tab:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-m);
    margin-block-end: var(--_space-s);
  }
  .search-field {
    margin: 0;
  }
  .search-field input {
    inline-size: 18em;
  }
  .upload {
    display: grid;
    gap: var(--_space-xs);
    justify-items: end;
    max-inline-size: 24em;
    text-align: end;
  }
  .upload-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: end;
    gap: var(--_space-s);
  }
  .upload-progress {
    inline-size: 10em;
  }
  .upload-hint,
  .upload-error,
  .upload-status {
    margin: 0;
    font-size: 0.875em;
  }
  .upload-error:empty,
  .upload-status:empty {
    display: none;
  }
  .upload-status.failed {
    color: var(--_danger);
  }
  .upload-status.success {
    color: var(--_success);
  }
  .row-button {
    min-block-size: 0;
    padding-block: 0.125em;
    padding-inline: var(--_space-s);
  }
  .row-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
