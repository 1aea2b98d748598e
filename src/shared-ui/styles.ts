import { css } from 'lit';

/**
 * The colour tokens, as declarations. `:host` resolves them once; a surface of its own inside an
 * element (the account menu's dropdown) declares them again, so the colour tokens set on its part
 * (`account-menu::part(menu)`) take effect there, apart from the header the element sits in.
 */
export const colorTokens = css`
  --_primary: var(--paw-color-primary, light-dark(#1f5fbf, #7fb0ff));
  --_on-primary: var(--paw-color-on-primary, light-dark(#ffffff, #0b1a33));
  --_danger: var(--paw-color-danger, light-dark(#b3261e, #ffb4ab));
  --_on-danger: var(--paw-color-on-danger, light-dark(#ffffff, #4a0f0b));
  --_success: var(--paw-color-success, light-dark(#1e6b34, #8ed8a0));
  --_warning: var(--paw-color-warning, light-dark(#8a5300, #ffcf8a));
  --_surface: var(--paw-color-surface, light-dark(#ffffff, #1c1d21));
  --_surface-raised: var(--paw-color-surface-raised, light-dark(#f4f6f9, #26282d));
  --_text: var(--paw-color-text, light-dark(#1b1c1f, #e6e7ea));
  --_text-muted: var(--paw-color-text-muted, light-dark(#50545c, #b0b4bc));
  --_border: var(--paw-color-border, light-dark(#c8ccd3, #4a4e56));
  /* A text field's edge, all that shows of an empty one: at least 3:1 on both surfaces (WCAG 1.4.11). */
  --_control-border: var(--paw-color-control-border, light-dark(#80858e, #7d828b));
  --_focus: var(--paw-color-focus, light-dark(#1f5fbf, #9cc3ff));
`;

/**
 * Design tokens and the styles every element shares.
 *
 * Three layers: global tokens `--paw-*` set by the host page (inherited through shadow roots)
 * → per-element public properties on `:host` that fall back to the tokens → private `--_x`
 * used inside. Light and dark defaults come from `light-dark()`, following the `color-scheme`
 * the page declares, as a native form control does (`light dark`: the user's preference; none:
 * light), unless the `theme` attribute pins one. No `rem` inside: sizes follow the host's font
 * size through `em`.
 */
export const tokens = css`
  :host {
    ${colorTokens}
    --_space-xs: var(--paw-space-xs, 0.25em);
    --_space-s: var(--paw-space-s, 0.5em);
    --_space-m: var(--paw-space-m, 1em);
    --_space-l: var(--paw-space-l, 1.5em);
    --_radius: var(--paw-radius, 6px);
    --_font: var(--paw-font-family, inherit);
    --_motion: var(--paw-motion-duration, 150ms);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    /*
     * The page's text styles stop here: inherited from a portal's container (a centred card, a
     * nav that does not wrap, a heading's weight, a fixed line height), they cut values off and
     * misalign columns. The font's family and size still come from the page; its line height and
     * letter spacing are tokens, which reach nested elements too; ::part() styles any part.
     */
    line-height: var(--paw-line-height, normal);
    letter-spacing: var(--paw-letter-spacing, normal);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-spacing: normal;
    word-break: normal;
    overflow-wrap: normal;
    font-weight: normal;
    font-style: normal;
    font-variant: normal;
    cursor: auto;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
`;

export const controls = css`
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.25em;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  .button:hover {
    background: var(--_surface-raised);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  /* aria-disabled: unavailable but still focusable (a row's button in grid navigation). */
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  /* Forced colours: unavailable in the system's own colour (a disabled button's). */
  @media (forced-colors: active) {
    .button:disabled,
    .button[aria-disabled='true'] {
      opacity: 1;
      color: GrayText;
      border-color: GrayText;
    }
  }
  .button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-m);
  }
  .field label {
    font-weight: 600;
  }
  .field input,
  .field select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    padding: var(--_space-s);
  }
  .field input {
    min-inline-size: 0;
    max-inline-size: 24em;
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    margin: 0;
  }
  .field-hint {
    color: var(--_text-muted);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const states = css`
  .state {
    padding: var(--_space-m);
    border-radius: var(--_radius);
    margin: 0;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_text-muted);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: paw-spin 0.8s linear infinite;
  }
  @keyframes paw-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  /* Forced colours paint the whole ring one colour: its turning arc in the highlight. */
  @media (forced-colors: active) {
    .spinner {
      border-block-start-color: Highlight;
    }
  }
  .empty,
  .no-provider,
  .not-supported {
    color: var(--_text-muted);
    background: var(--_surface-raised);
  }
  .earlier {
    margin-block-start: var(--_space-s);
  }
  .error {
    border: 1px solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .error-message {
    margin-block: 0 var(--_space-s);
  }
  .reloading {
    /* Dimmed, still readable: 0.7 keeps body text above 4.5:1 on both themes. */
    opacity: 0.7;
  }
  .success {
    color: var(--_success);
  }
`;

export const dialog = css`
  .confirm-dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-l);
    max-inline-size: min(32em, 90vw);
  }
  .confirm-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-title {
    font-size: 1.15em;
    margin-block: 0 var(--_space-s);
  }
  .dialog-message {
    margin-block: 0 var(--_space-l);
    unicode-bidi: isolate;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-s);
  }
`;

export const panel = css`
  .panel-title {
    font-size: 1.25em;
    margin-block: 0 var(--_space-m);
  }
  .section-title {
    font-size: 1.05em;
    margin-block: var(--_space-l) var(--_space-s);
  }
  dl.details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
  }
  dl.details dt {
    color: var(--_text-muted);
  }
  dl.details dd {
    margin: 0;
    /* Lines break where the text offers it (see shared-ui/breakable.ts); a word is split only
       when it alone is wider than the line. */
    overflow-wrap: break-word;
  }
`;

/** Everything a panel-like element needs. */
export const baseStyles = [tokens, controls, states, dialog, panel];
