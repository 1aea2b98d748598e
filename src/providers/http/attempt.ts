/** One attempt's abort signal: the caller's `signal` forwarded, and a timeout of its own. */
export interface AttemptSignal {
  /** Aborts when the caller's signal does, or with a `TimeoutError` after `timeoutMs`. */
  readonly signal: AbortSignal;
  /** Whether the timeout (not the caller) aborted the attempt. */
  readonly timedOut: boolean;
  /** Clears the timer and stops listening to the caller's signal: call it when the attempt ends. */
  end(): void;
}

/**
 * The signal for one attempt of a request (REST, upload by `fetch`, Kazoo): `timeoutMs` counts
 * from now; a caller's abort is passed on, also one that came before this call (after an await
 * for credentials, say), when no event would reach the listener added here.
 */
export function attemptSignal(signal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  const forwardAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  if (signal?.aborted) forwardAbort();
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    end() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    },
  };
}
