import { browserTimeZone, isTimeZone } from './dates.js';
import type { AccountDataProvider } from './provider.js';

/** What asking a provider for its time zone gave. */
export interface ZoneLookup {
  /** The user's zone, else the account's; `undefined` when neither is known. */
  timeZone: string | undefined;
  /** False when a request failed: asking again may give a zone (a Retry should). */
  complete: boolean;
}

/** One look-up shared by every element on the same provider. */
interface SharedLookup {
  readonly result: Promise<ZoneLookup>;
  readonly controller: AbortController;
  /** Callers still waiting; when the last one gives up, the requests are aborted. */
  waiting: number;
  settled: boolean;
}

const lookups = new WeakMap<AccountDataProvider, SharedLookup>();
/** Who waits for a complete answer after theirs was not (see {@link onTimeZoneFound}). */
const watchers = new WeakMap<AccountDataProvider, Set<() => void>>();

async function ask(provider: AccountDataProvider, signal: AbortSignal): Promise<ZoneLookup> {
  let complete = true;
  /** Any failure of the provider's (an `AbortError` of its own included) counts; our abort ends the look-up. */
  const settle = async <T>(request: () => Promise<T>): Promise<T | undefined> => {
    signal.throwIfAborted();
    try {
      return await request();
    } catch {
      signal.throwIfAborted();
      complete = false;
      return undefined;
    }
  };
  const user = await settle(() => provider.getCurrentUser({ signal }));
  if (isTimeZone(user?.timezone)) return { timeZone: user.timezone, complete: true };
  const account = await settle(() => provider.getAccount({ signal }));
  // The user's own zone may differ from the account's: after a failure, ask again next time.
  if (isTimeZone(account?.timezone)) return { timeZone: account.timezone, complete };
  return { timeZone: undefined, complete };
}

function start(provider: AccountDataProvider): SharedLookup {
  const controller = new AbortController();
  const lookup: SharedLookup = { result: ask(provider, controller.signal), controller, waiting: 0, settled: false };
  const forget = () => {
    if (lookups.get(provider) === lookup) lookups.delete(provider);
  };
  lookup.result.then(
    (found) => {
      lookup.settled = true;
      // Only a complete answer is remembered: after a failure the next caller asks again.
      if (!found.complete) return forget();
      const waiting = watchers.get(provider);
      watchers.delete(provider);
      waiting?.forEach((listener) => listener());
    },
    () => {
      lookup.settled = true;
      forget();
    },
  );
  lookups.set(provider, lookup);
  return lookup;
}

/**
 * Asks a provider for the zone its data is shown in when the host sets none: the user's, else
 * the account's. One look-up per provider is shared by every element; a complete answer is
 * remembered, a failed one is not (the next caller, or a Retry, asks again). When every caller
 * with a `signal` has aborted it and no caller without one waits, its requests are aborted too.
 */
export function lookUpTimeZone(provider: AccountDataProvider, signal?: AbortSignal): Promise<ZoneLookup> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  const lookup = lookups.get(provider) ?? start(provider);
  lookup.waiting += 1;
  return new Promise((resolve, reject) => {
    let waiting = true;
    const leave = () => {
      if (!waiting) return false;
      waiting = false;
      lookup.waiting -= 1;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
      if (lookup.waiting === 0 && !lookup.settled) {
        if (lookups.get(provider) === lookup) lookups.delete(provider);
        lookup.controller.abort(new DOMException('Nobody waits for the time zone any more.', 'AbortError'));
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    lookup.result.then(
      (found) => leave() && resolve(found),
      (error: unknown) => leave() && reject(error),
    );
  });
}

/**
 * Calls `listener` once, when a look-up for `provider` next completes (e.g. another section's
 * Retry got the zone this caller's look-up failed to get). Returns the way to stop waiting.
 */
export function onTimeZoneFound(provider: AccountDataProvider, listener: () => void): () => void {
  let waiting = watchers.get(provider);
  if (!waiting) watchers.set(provider, (waiting = new Set()));
  waiting.add(listener);
  return () => void watchers.get(provider)?.delete(listener);
}

/**
 * The provider's zone (user → account), or `undefined` when neither is known or the look-up
 * failed. See {@link lookUpTimeZone}.
 */
export async function providerTimeZone(provider: AccountDataProvider, signal?: AbortSignal): Promise<string | undefined> {
  return (await lookUpTimeZone(provider, signal)).timeZone;
}

/** Explicit → inherited → provider's → browser's, skipping names the browser does not know. */
export function pickTimeZone(...candidates: Array<string | undefined | null>): string {
  return candidates.find(isTimeZone) ?? browserTimeZone();
}
