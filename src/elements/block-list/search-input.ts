import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Typing pause after which the search runs (ms). */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box's text and the search it has settled on: `applied` follows `draft` once the
 * user pauses typing ({@link SEARCH_DEBOUNCE_MS}), at once on Enter or when the box is cleared.
 * Leading and trailing blanks do not count. A pending search is dropped when the host leaves.
 */
export class SearchInput implements ReactiveController {
  /** What the box holds. */
  draft = '';
  /** The search the list shows (trimmed). */
  applied = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = SEARCH_DEBOUNCE_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A search typed just before the host left still applies when it is back.
    if (this.draft.trim() !== this.applied) this.schedule();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The user typed. */
  input(value: string): void {
    this.draft = value;
    if (value.trim() === '') this.commit();
    else this.schedule();
  }

  /** Applies the box's text now (Enter). */
  commit(): void {
    this.cancel();
    const next = this.draft.trim();
    if (next === this.applied) return;
    this.applied = next;
    this.host.requestUpdate();
  }

  private schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => this.commit(), this.delay);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
