import { waitUntil } from '@open-wc/testing';

/**
 * How long a test waits for something that should happen soon, ms. CI runs on a slow 2-core
 * machine, sometimes beside other test runs: a translation chunk, an msw round trip or a media
 * element's event can take seconds there. A wait returns as soon as its condition holds, so this
 * only costs time when the test is failing anyway. Mocha's per-test timeout (20 s, in
 * web-test-runner.config.mjs) stays above it.
 */
export const PATIENCE_MS = 10_000;

/** Waits until `condition` holds, for up to {@link PATIENCE_MS} (not `waitUntil`'s default 1 s). */
export function until(condition: () => unknown, message?: string, timeout = PATIENCE_MS): Promise<void> {
  return waitUntil(condition, message, { timeout });
}
