import type { ReactiveElement } from 'lit';

/** Focus on the first element matching `selector` in `host`'s shadow root, after its update. */
export async function moveFocus(host: ReactiveElement, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

/** The element focused in `host`'s shadow root matches `selector`. */
export function hasFocus(host: ReactiveElement, selector: string): boolean {
  return host.shadowRoot?.activeElement?.matches(selector) === true;
}

export interface FocusHandOver {
  /** The button that starts the work (hidden while it runs). */
  from: string;
  /** The button shown while it runs (Cancel). */
  busy: string;
  /** Focus goes to `busy` even when it was not on `from` (a Retry elsewhere). */
  always?: boolean;
}

/**
 * Runs a long job started from a button that a Cancel button replaces meanwhile: focus moves
 * to Cancel (when it was on the button, or `always`) and back to the button when the job ends
 * with focus nowhere. `start` returns the job's end; `running` says whether it started.
 */
export async function runWithFocus(
  host: ReactiveElement,
  start: () => Promise<unknown>,
  running: () => boolean,
  o: FocusHandOver,
): Promise<void> {
  const hadFocus = o.always === true || hasFocus(host, o.from);
  const done = start();
  if (hadFocus && running()) await moveFocus(host, o.busy);
  await done;
  if (host.shadowRoot?.activeElement === null) await moveFocus(host, o.from);
}
