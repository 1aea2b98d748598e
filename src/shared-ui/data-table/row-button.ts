import { html, nothing, type TemplateResult } from 'lit';

export interface RowButton {
  /** Its class and part, e.g. `delete-button` (it has part `button` too). */
  part: string;
  /** The accessible name, naming the item ("Delete Main greeting.wav"). */
  label: string;
  text: string;
  /**
   * Every text the button shows in its states, `text` among them (at most three: "Unblock",
   * "Unblocking…", "Unblocked"). The button is as wide as the widest, so it keeps its width as
   * its state changes: its column, sized from the rows when they first show, still holds it.
   */
  texts?: readonly string[];
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
  // The other states' texts, laid out unseen under this one (data-table.styles.ts, `.row-button`).
  const [other, another] = b.texts?.filter((text) => text !== b.text) ?? [];
  return html`<button
    class="button row-button ${b.part}"
    part="${b.part} button"
    type="button"
    data-control
    tabindex=${tabIndex}
    aria-label=${b.label}
    aria-disabled=${b.unavailable ? 'true' : 'false'}
    data-also=${other ?? nothing}
    data-also-2=${another ?? nothing}
    @click=${() => {
      if (!b.unavailable) b.onClick();
    }}
  >
    ${b.text}
  </button>`;
}
