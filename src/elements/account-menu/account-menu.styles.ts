import { css } from 'lit';
import { colorTokens } from '../../shared-ui/styles.js';

export const accountMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
    /* The button sits in the host's header: it takes the header's colour, not the panel text colour. */
    color: inherit;
    max-inline-size: 100%;
  }
  .trigger {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid var(--account-menu-button-border, transparent);
    border-radius: var(--_radius);
    background: var(--account-menu-button-background, transparent);
    color: var(--account-menu-button-color, inherit);
    cursor: pointer;
    /* A long account name ends in an ellipsis rather than widen the host's header. */
    max-inline-size: min(20em, 100%);
  }
  .trigger:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .trigger:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .caret {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  .popup {
    /* A surface of its own: colour tokens set on ::part(menu) theme it apart from the header. */
    ${colorTokens}
    /*
     * A popover: shown in the top layer, so a header that clips its content (overflow: hidden) or
     * stacks above it cannot hide it. Placed under the button by placePopup(), in the window's
     * coordinates; the popover's own defaults (centred, inset 0) are undone here.
     */
    position: fixed;
    inset: auto;
    margin: 0;
    margin-block-start: var(--_space-xs);
    overflow: visible;
    min-inline-size: 12em;
    padding-block: var(--_space-xs);
    padding-inline: 0;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  [role='menu'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item,
  ::slotted([role='menuitem']) {
    display: block;
    /* A slotted item keeps the page's box sizing: without this its padding overflows the dropdown. */
    box-sizing: border-box;
    inline-size: 100%;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    font: inherit;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
    text-decoration: none;
  }
  .item:hover,
  .item:focus,
  ::slotted([role='menuitem']:hover),
  ::slotted([role='menuitem']:focus) {
    background: var(--_surface-raised);
    outline: none;
  }
  .item:focus-visible,
  ::slotted([role='menuitem']:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  /*
   * Forced colours drop the background that marks the item under the pointer or with focus:
   * the system's highlight marks it instead.
   */
  @media (forced-colors: active) {
    .item:hover,
    .item:focus,
    ::slotted([role='menuitem']:hover),
    ::slotted([role='menuitem']:focus) {
      background: Highlight;
      color: HighlightText;
    }
  }
  .popup .state {
    padding: var(--_space-s) var(--_space-m);
    font-size: 0.9em;
  }
`;
