/**
 * The one place the product reads the wall clock. "Today" in a zone, the date-range presets,
 * the default ranges, the demo data's "now" and every other default that depends on the date
 * ask {@link now}; lint bans `Date.now()` and an argument-less `new Date()` everywhere else in
 * `src/`.
 *
 * A host whose users' machines keep bad time may point it at a server-corrected clock, and tests
 * pin it to the instant their data is built from:
 *
 * ```ts
 * const restore = setClock(() => Date.parse('2026-11-27T12:00:00Z'));
 * // …
 * restore();
 * ```
 */
export type ClockSource = () => number;

// eslint-disable-next-line no-restricted-syntax -- the one read of the system clock
const systemClock: ClockSource = () => Date.now();
let source: ClockSource = systemClock;

/** Now, in epoch milliseconds. */
export function now(): number {
  return source();
}

/** Now, as a `Date`. */
export function nowDate(): Date {
  return new Date(source());
}

/**
 * Replaces the clock (`null`: the system clock again). Returns a function that puts back the
 * clock that was in force before.
 */
export function setClock(next: ClockSource | null): () => void {
  const previous = source;
  source = next ?? systemClock;
  return () => {
    source = previous;
  };
}
