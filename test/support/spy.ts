import { ProviderError } from '../../src/core/errors.js';
/**
 * Wraps a provider so a test can count and inspect the calls the elements make, while the real
 * provider still answers them. Optional methods stay optional (`'x' in spy` is unchanged).
 */
export interface Spy<P extends object> {
  provider: P;
  calls: Array<{ method: string; args: unknown[] }>;
  count(method: string): number;
  argsOf(method: string): unknown[][];
  reset(): void;
}

export function spyOn<P extends object>(target: P): Spy<P> {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const provider = new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        calls.push({ method: key, args });
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
  return {
    provider,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    argsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    reset: () => void calls.splice(0),
  };
}

/** A promise with its resolve/reject exposed. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Replaces one method of a provider with calls the test answers by hand, in any order; each
 * call's signal is recorded so a test can see it aborted.
 */
export function gate<P extends object, K extends keyof P>(provider: P, method: K) {
  const pending: Array<{ args: unknown[]; signal: AbortSignal | undefined; deferred: Deferred<unknown> }> = [];
  const original = provider[method] as unknown as (...a: unknown[]) => Promise<unknown>;
  (provider as Record<K, unknown>)[method] = (...args: unknown[]) => {
    const d = deferred<unknown>();
    const options = args[args.length - 1] as { signal?: AbortSignal } | undefined;
    const signal = options && typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => d.reject(new DOMException('Aborted', 'AbortError')), { once: true });
    pending.push({ args, signal, deferred: d });
    return d.promise;
  };
  return {
    pending,
    /** Answers call `index` with what the real provider returns for the same arguments. */
    async pass(index: number) {
      const call = pending[index]!;
      try {
        call.deferred.resolve(await original.apply(provider, call.args.map((a) => (a && typeof a === 'object' && 'signal' in a ? { ...a, signal: undefined } : a))));
      } catch (error) {
        call.deferred.reject(error);
      }
    },
    restore() {
      (provider as Record<K, unknown>)[method] = original;
    },
  };
}

/**
 * Makes `method` of `provider` lose its answers: each call reaches the real provider (the change
 * is made, under the call's idempotency key), then rejects as a dropped connection would —
 * `times` times, then calls pass through. Records each call's options.
 */
export function loseAnswers<P extends object, K extends keyof P>(provider: P, method: K, times = 1) {
  const calls: Array<{ args: unknown[]; options: { idempotencyKey?: string; signal?: AbortSignal } | undefined }> = [];
  const original = provider[method] as unknown as (...a: unknown[]) => Promise<unknown>;
  let left = times;
  (provider as Record<K, unknown>)[method] = async (...args: unknown[]) => {
    const options = args[args.length - 1] as { idempotencyKey?: string; signal?: AbortSignal } | undefined;
    calls.push({ args, options });
    const answer = await original.apply(provider, args);
    if (left <= 0) return answer;
    left -= 1;
    throw new ProviderError('network', 'Could not reach the server.');
  };
  return { calls };
}
