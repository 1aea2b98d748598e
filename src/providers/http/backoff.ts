import { abortError } from '../../core/errors.js';

/**
 * Delay before retry number `attempt` (0-based): `base × 2^attempt`, scaled by a random factor
 * in [0.5, 1] ("equal jitter") so that many clients do not retry in step; never above `cap`.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(exponential * (0.5 + random() / 2));
}

/** Resolves after `ms`, or rejects with the signal's `AbortError` as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
