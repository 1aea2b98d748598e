import { setClock } from '../../src/core/clock.js';

/**
 * Pins the product's clock (`src/core/clock.ts`: "today", the presets, default ranges) to `iso`
 * for every test of the enclosing `describe`, or of the file when called at its top. Tests whose
 * data is built from a fixed instant call it with that instant, so they pass on any date.
 */
export function pinClock(iso: string): void {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new RangeError(`pinClock: not an instant: ${iso}`);
  let restore: (() => void) | undefined;
  before(() => {
    restore = setClock(() => at);
  });
  after(() => restore?.());
}

/** Runs `body` with the product's clock at `iso`, then puts the clock back. */
export async function atInstant<T>(iso: string, body: () => Promise<T>): Promise<T> {
  const restore = setClock(() => Date.parse(iso));
  try {
    return await body();
  } finally {
    restore();
  }
}
