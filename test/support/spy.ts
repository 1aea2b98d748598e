import { ProviderError } from '../../src/core/errors.js';
/**
 * Wraps a provider so a test can count and inspect the calls the elements make, while the real
 * provider still answers them. Optional methods stay optional (`'x' in spy` is unchanged).
 */
export interface Spy<P extends object> {
  provider: P;
  /** Each call, with what it returned (`result`: a promise for async methods). */
  calls: Array<{ method: string; args: unknown[]; result?: unknown }>;
  count(method: string): number;
  argsOf(method: string): unknown[][];
  reset(): void;
  /** Resolves once every call of `method` made so far has settled (answered or failed). */
  settled(method: string): Promise<void>;
}

export function spyOn<P extends object>(target: P): Spy<P> {
  const calls: Array<{ method: string; args: unknown[]; result?: unknown }> = [];
  const provider = new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        const call: { method: string; args: unknown[]; result?: unknown } = { method: key, args };
        calls.push(call);
        call.result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return call.result;
      };
    },
  });
  return {
    provider,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    argsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    reset: () => void calls.splice(0),
    settled: async (method) => {
      await Promise.allSettled(calls.filter((c) => c.method === method).map((c) => c.result));
    },
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
        call.deferred.resolve(
          await original.apply(
            provider,
            call.args.map((a) => (a && typeof a === 'object' && 'signal' in a ? { ...a, signal: undefined } : a)),
          ),
        );
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
 * Holds every call of one provider method until the test opens it: each held call answers then
 * with what the real method returns, whether or not its signal was aborted meanwhile (a late
 * answer a backend sends anyway). Calls made after `open()` pass straight through.
 */
export function hold<P extends object, K extends keyof P>(provider: P, method: K) {
  const original = (provider[method] as unknown as (...a: unknown[]) => Promise<unknown>).bind(provider);
  const gateOpen = deferred<void>();
  const calls: Array<{ args: unknown[]; signal: AbortSignal | undefined; answer: Promise<unknown> }> = [];
  let opened = false;
  const withoutSignal = (args: unknown[]) =>
    args.map((a) => (a && typeof a === 'object' && 'signal' in a ? { ...a, signal: undefined } : a));
  (provider as Record<K, unknown>)[method] = (...args: unknown[]) => {
    const options = args[0] as { signal?: AbortSignal } | undefined;
    const signal = options && typeof options === 'object' ? options.signal : undefined;
    const answer = opened ? original(...args) : gateOpen.promise.then(() => original(...withoutSignal(args)));
    calls.push({ args, signal, answer });
    return answer;
  };
  return {
    calls,
    /** Answers the held calls and lets later ones through; resolves when the held answers are out. */
    async open() {
      opened = true;
      gateOpen.resolve();
      await Promise.allSettled(calls.map((c) => c.answer));
    },
  };
}

/**
 * Makes one provider method fail with `error` while `failing` is true (it starts true); the
 * method answers normally once the test sets it to false.
 */
export function failWhile<P extends object, K extends keyof P>(provider: P, method: K, error: () => Error) {
  const original = (provider[method] as unknown as (...a: unknown[]) => Promise<unknown>).bind(provider);
  const control = { failing: true, calls: 0 };
  (provider as Record<K, unknown>)[method] = async (...args: unknown[]) => {
    control.calls++;
    if (control.failing) throw error();
    return original(...args);
  };
  return control;
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

/** What `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the promise to reject');
}
