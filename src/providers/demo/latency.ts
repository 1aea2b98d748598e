import { abortError } from '../../core/errors.js';

/**
 * Simulated network time. `delay(Infinity)` never resolves: a "hanging" request that only an
 * abort ends. Every wait rejects with an `AbortError` as soon as its signal aborts.
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const timer = ms === Infinity || !(ms > 0) ? undefined : setTimeout(done, ms);
    if (!(ms > 0)) queueMicrotask(done);
    function onAbort() {
      clearTimeout(timer);
      reject(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
