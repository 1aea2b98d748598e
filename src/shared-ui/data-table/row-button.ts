import { html, type TemplateResult } from 'lit';

export interface RowButton {
  /** Its class and part, e.g. `delete-button` (it has part `button` too). */
  part: string;
  /** The accessible name, naming the item ("Delete Main greeting.wav"). */
  label: string;
  text: string;
  /** Busy or not applicable: announced as unavailable, clicks do nothing. */
  unavailable: boolean;
  onClick: () => void;
}

/**
 * A row's action button in a grid cell (a column with `control: true`): the grid's roving tab
 * index (`tabIndex` from the cell's context) and `data-control`, and
 * `aria-disabled` rather than `disabled` so that it stays focusable and grid navigation never
 * loses focus.
 */
export function rowButton(b: RowButton, tabIndex: 0 | -1): TemplateResult {
  return html`<button
    class="button row-button ${b.part}"
    part="${b.part} button"
    type="button"
    data-control
    tabindex=${tabIndex}
    aria-label=${b.label}
    aria-disabled=${b.unavailable ? 'true' : 'false'}
    @click=${() => {
      if (!b.unavailable) b.onClick();
    }}
  >
    ${b.text}
  </button>`;
}
