import { html, type TemplateResult } from 'lit';
import type { CellContext } from '../../shared-ui/data-table/columns.js';

export interface RowButton {
  /** `play-button`, `download-button` or `delete-button`: its class and part. */
  part: 'play-button' | 'download-button' | 'delete-button';
  /** The accessible name, naming the item ("Delete Main greeting.wav"). */
  label: string;
  text: string;
  /** Busy or not applicable: announced as unavailable, clicks do nothing. */
  unavailable: boolean;
  onClick: () => void;
}

/**
 * A row's action button in a grid cell: the grid's roving tab index and `data-control`, and
 * `aria-disabled` rather than `disabled` so that it stays focusable and grid navigation never
 * loses focus.
 */
export function rowButton(b: RowButton, ctx: CellContext): TemplateResult {
  return html`<button
    class="button row-button ${b.part}"
    part="${b.part} button"
    type="button"
    data-control
    tabindex=${ctx.tabIndex}
    aria-label=${b.label}
    aria-disabled=${b.unavailable ? 'true' : 'false'}
    @click=${() => {
      if (!b.unavailable) b.onClick();
    }}
  >
    ${b.text}
  </button>`;
}
