import { css } from 'lit';
import { toolbarStyles } from '../../shared-ui/data-table/section.styles.js';
import { tabListStyles } from '../../shared-ui/tabs.js';

/** With `actionStatusStyles` (shared-ui/data-table/section.styles.ts); holds `toolbarStyles` and `tabListStyles`. */
export const mediaLibraryStyles = css`
  ${toolbarStyles}
  ${tabListStyles}
  :host {
    --_tab-active-color: var(--media-library-active-color, var(--_primary));
    --_table-height: var(--media-library-height, 24em);
    --_row-height: var(--media-library-row-height, 2.75em);
    --_table-header-background: var(--media-library-header-background, var(--_surface-raised));
    --_table-stripe: var(--media-library-stripe, color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)));
  }
  .tab-list {
    margin-block-end: var(--_space-m);
  }
  /* The section toolbar, its controls aligned at their tops. */
  .toolbar {
    align-items: start;
    margin-block-end: var(--_space-s);
  }
  /* 18em wide, narrower in a narrower toolbar (a phone's, a zoomed window's). */
  .search-field {
    margin: 0;
    flex: 0 1 18em;
    min-inline-size: 0;
  }
  .upload {
    display: grid;
    gap: var(--_space-xs);
    justify-items: end;
    /* At the toolbar's end edge, also when it wraps below the search (a phone): its button and
       hint line up with that edge, not with the end of the hint's own line. */
    margin-inline-start: auto;
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
    padding-inline: var(--_space-s);
  }
`;
