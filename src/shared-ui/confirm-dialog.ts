import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';

/** What to ask. All text is rendered as text. */
export interface ConfirmRequest {
  title: string;
  message: string;
  /** The confirming button's label: an action verb such as "Delete" reads better than "Confirm". */
  confirmLabel: string;
  cancelLabel: string;
  /** Styles the confirming button as destructive. */
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (confirmed: boolean) => void;
  returnFocus: HTMLElement | null;
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

let sequence = 0;

/**
 * One accessible confirmation dialog per element (WAI-ARIA alertdialog on a native modal
 * `<dialog>`): the page behind is inert so focus stays inside, the least destructive button has
 * focus first, Escape cancels, and focus returns to where it was. `ask()` resolves `true` only
 * for an explicit confirmation. Its events stay inside the element.
 */
export class ConfirmController implements ReactiveController {
  private pending: Pending | undefined;
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly id = `paw-confirm-${++sequence}`;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether a question is open. */
  get open(): boolean {
    return this.pending !== undefined;
  }

  /** Opens the dialog; resolves with the answer. A second ask while one is open answers `false`. */
  ask(request: ConfirmRequest): Promise<boolean> {
    if (this.pending) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.pending = { ...request, resolve, returnFocus: deepActiveElement() };
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => {
        const dialog = this.dialog.value;
        if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();
        dialog?.querySelector<HTMLButtonElement>('[data-cancel]')?.focus();
      });
    });
  }

  hostDisconnected(): void {
    this.settle(false);
  }

  private settle(confirmed: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.dialog.value?.close();
    this.host.requestUpdate();
    pending.resolve(confirmed);
    if (pending.returnFocus?.isConnected) pending.returnFocus.focus();
  }

  private readonly onCancel = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    this.settle(false);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.onCancel(event);
    event.stopPropagation();
  };

  /** Place in the host's render(). */
  render(): TemplateResult | typeof nothing {
    const p = this.pending;
    if (!p) return nothing;
    return html`<dialog
      ${ref(this.dialog)}
      part="dialog"
      class="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="${this.id}-title"
      aria-describedby="${this.id}-message"
      @cancel=${this.onCancel}
      @close=${(e: Event) => e.stopPropagation()}
      @keydown=${this.onKeydown}
    >
      <h2 part="dialog-title" class="dialog-title" id="${this.id}-title">${p.title}</h2>
      <p part="dialog-message" class="dialog-message" id="${this.id}-message">${p.message}</p>
      <div part="dialog-actions" class="dialog-actions">
        <button part="dialog-cancel button" class="button" type="button" data-cancel @click=${() => this.settle(false)}>
          ${p.cancelLabel}
        </button>
        <button
          part="dialog-confirm button"
          class="button ${p.danger ? 'danger' : 'primary'}"
          type="button"
          data-confirm
          @click=${() => this.settle(true)}
        >
          ${p.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }
}
