/**
 * Text tables. Each element has one typed table of defaults (English) and a `strings`
 * property through which a host overrides any entry; there is no global localization runtime.
 * Entries are strings, or functions for text with values in it.
 */
export type StringsTable = Record<string, string | ((...args: never[]) => string)>;

/** The text every data element shares: its states and their actions. */
export const commonStrings = {
  loading: 'Loading…',
  retry: 'Retry',
  empty: 'Nothing to show.',
  noProvider: 'No data provider configured.',
  /** The `provider` set does not implement the data-provider contract (the console names the methods). */
  misconfiguredProvider: 'The data provider is misconfigured: it does not implement the methods this needs.',
  notSupported: 'This backend does not provide this information.',
  errorTitle: 'Something went wrong.',
  confirm: 'Confirm',
  cancel: 'Cancel',
  /** The host set no zone and the user's could not be loaded: times are shown in `zone` (the account's or the browser's). */
  zoneStandIn: (zone: string) => `Times are shown in ${zone}: your time zone could not be loaded.`,
  /** A change whose answer was lost: it may or may not have happened. A retry reuses its idempotency key. */
  changeUnknown: (subject: string, reason: string) =>
    `We couldn't confirm the change to ${subject}: ${reason} Trying again is safe: it will not be made twice.`,
};

export type CommonStrings = typeof commonStrings;

/** Merges a host's overrides over the defaults, ignoring entries of the wrong type. */
export function mergeStrings<S extends StringsTable>(defaults: S, overrides: Partial<S> | undefined): S {
  if (!overrides) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in defaults && typeof value === typeof defaults[key]) merged[key] = value;
  }
  return merged as S;
}
