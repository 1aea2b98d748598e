import { browserTimeZone, isTimeZone } from './dates.js';
import { isAbortError } from './errors.js';
import type { AccountDataProvider } from './provider.js';

const derived = new WeakMap<AccountDataProvider, Promise<string | undefined>>();

async function fromProvider(provider: AccountDataProvider): Promise<string | undefined> {
  let failed = false;
  const user = await provider.getCurrentUser().catch(() => void (failed = true));
  if (isTimeZone(user?.timezone)) return user.timezone;
  const account = await provider.getAccount().catch(() => void (failed = true));
  if (isTimeZone(account?.timezone)) return account.timezone;
  // Not remembered: the next element (or a Retry) asks again.
  if (failed) derived.delete(provider);
  return undefined;
}

/**
 * The time zone a provider's data is shown in when the host sets none: the user's, else the
 * account's (asked once per provider and shared by every element), else `undefined`.
 * A failed look-up is not remembered, so a later element asks again.
 */
export function providerTimeZone(provider: AccountDataProvider, signal?: AbortSignal): Promise<string | undefined> {
  let pending = derived.get(provider);
  if (!pending) {
    pending = fromProvider(provider);
    derived.set(provider, pending);
  }
  if (!signal) return pending;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, (e: unknown) => (isAbortError(e) ? resolve(undefined) : reject(e))).finally(() =>
      signal.removeEventListener('abort', onAbort),
    );
  });
}

/** Explicit → inherited → provider's → browser's, skipping names the browser does not know. */
export function pickTimeZone(...candidates: Array<string | undefined | null>): string {
  return candidates.find(isTimeZone) ?? browserTimeZone();
}
