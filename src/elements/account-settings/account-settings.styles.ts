import { css } from 'lit';
import { tabListStyles } from '../../shared-ui/tabs.js';

export const accountSettingsStyles = css`
  ${tabListStyles}
  :host {
    --_tab-active-color: var(--account-settings-active-color, var(--_primary));
    container-type: inline-size;
    background: var(--account-settings-background, var(--_surface));
  }
  .layout {
    display: grid;
    gap: var(--_space-l);
  }
  .tab {
    text-align: start;
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
    .tab-list {
      flex-direction: column;
      border-block-end: 0;
      border-inline-end: 1px solid var(--_border);
      align-self: start;
    }
    .tab {
      border-block-end: 0;
      border-inline-end: 3px solid transparent;
    }
    .tab[aria-selected='true'] {
      border-inline-end-color: currentColor;
    }
  }
`;
