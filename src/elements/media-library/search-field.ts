import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface SearchFieldOptions {
  /** The search in effect (the host's property). */
  value: () => string;
  /** The user's search, trimmed, once they pause or press Enter. */
  apply: (value: string) => void;
  /** Milliseconds after the last keystroke (default 300). */
  delay?: number;
}

const stop = (event: Event) => event.stopPropagation();

/**
 * A **Search** box that applies what is typed after a pause (or at once on Enter), keeping the
 * text as typed meanwhile (a trailing space is not trimmed away under the caret). A value set
 * from outside replaces the text. Its `input`/`change` events stay inside the host.
 */
export class SearchFieldController implements ReactiveController {
  private draft: string | undefined;
  private applied = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchFieldOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Set from outside: show that value.
    if (this.draft !== undefined && this.options.value() !== this.applied) this.draft = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private commit(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.draft === undefined) return;
    this.applied = this.draft.trim();
    this.options.apply(this.applied);
  }

  private readonly onInput = (event: Event) => {
    event.stopPropagation();
    this.draft = (event.currentTarget as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(), this.options.delay ?? 300);
    this.host.requestUpdate();
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.commit();
  };

  render(label: string, id = 'search'): TemplateResult {
    return html`<div class="field search-field" part="field search">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        part="input search-input"
        type="search"
        autocomplete="off"
        .value=${live(this.draft ?? this.options.value())}
        @input=${this.onInput}
        @change=${stop}
        @keydown=${this.onKeydown}
      />
    </div>`;
  }
}
