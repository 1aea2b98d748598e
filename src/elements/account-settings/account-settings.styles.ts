import { css } from 'lit';

export const accountSettingsStyles = css`
  :host {
    container-type: inline-size;
    background: var(--account-settings-background, var(--_surface));
  }
  .layout {
    display: grid;
    gap: var(--_space-l);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    font: inherit;
    color: var(--_text-muted);
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    cursor: pointer;
    text-align: start;
  }
  [role='tab']:hover {
    color: var(--_text);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--account-settings-active-color, var(--_primary));
    border-block-end-color: currentColor;
    font-weight: 600;
  }
  [role='tab']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .notice {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 3px solid var(--_primary);
    background: var(--_surface-raised);
  }
  .notice:empty {
    display: none;
  }
  .panel {
    min-inline-size: 0;
  }
  @container (min-width: 56em) {
    .layout {
      grid-template-columns: minmax(10em, max-content) 1fr;
    }
    [role='tablist'] {
      flex-direction: column;
      border-block-end: 0;
      border-inline-end: 1px solid var(--_border);
      align-self: start;
    }
    [role='tab'] {
      border-block-end: 0;
      border-inline-end: 3px solid transparent;
    }
    [role='tab'][aria-selected='true'] {
      border-inline-end-color: currentColor;
    }
  }
`;
