import type { ProviderErrorLike } from './errors.js';
import type { BlockedNumber, MediaFile, Money, ServicePlan } from './provider.js';

/** Detail of `provider-error`: the failure and the operation that failed (a provider method name). */
export interface ProviderErrorDetail {
  error: ProviderErrorLike;
  operation: string;
}

/** The section ids of `<account-settings>`. */
export type SectionId = 'user' | 'account' | 'service-plan' | 'per-minute' | 'transactions' | 'bills' | 'media' | 'block-list';

/** Every event the elements fire, with its detail. All bubble and are composed. */
export interface AccountWidgetEventDetails {
  'provider-error': ProviderErrorDetail;
  'password-changed': Record<string, never>;
  /** `cost`: the charge quoted before the purchase; absent only when it is not known (never guessed). */
  'users-added': { count: number; cost?: Money; plan: ServicePlan };
  'users-removed': { count: number; plan: ServicePlan };
  'number-blocked': BlockedNumber;
  'number-unblocked': { number: string };
  'media-deleted': { id: string };
  'media-uploaded': MediaFile;
  'recording-deleted': { id: string };
  'section-change': { section: SectionId; previous: SectionId | null };
  'account-menu-select': { item: string };
}

export type AccountWidgetEventName = keyof AccountWidgetEventDetails;

/** Dispatches a bubbling, composed `CustomEvent` of the library from `target`. */
export function fire<K extends AccountWidgetEventName>(target: EventTarget, name: K, detail: AccountWidgetEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'provider-error': CustomEvent<ProviderErrorDetail>;
    'password-changed': CustomEvent<Record<string, never>>;
    'users-added': CustomEvent<AccountWidgetEventDetails['users-added']>;
    'users-removed': CustomEvent<AccountWidgetEventDetails['users-removed']>;
    'number-blocked': CustomEvent<BlockedNumber>;
    'number-unblocked': CustomEvent<{ number: string }>;
    'media-deleted': CustomEvent<{ id: string }>;
    'media-uploaded': CustomEvent<MediaFile>;
    'recording-deleted': CustomEvent<{ id: string }>;
    'section-change': CustomEvent<AccountWidgetEventDetails['section-change']>;
    'account-menu-select': CustomEvent<{ item: string }>;
  }
}
