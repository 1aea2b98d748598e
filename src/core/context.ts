import { createContext } from '@lit/context';
import type { AccountDataProvider } from './provider.js';

/** The provider `<account-settings>` (or any host element) hands down to the elements below it. */
export const providerContext = createContext<AccountDataProvider | undefined>(Symbol.for('pbx-account-widgets.provider'));

/** Display settings a composite element hands down: its explicit `locale` and `time-zone`. */
export interface DisplayContext {
  locale?: string | undefined;
  timeZone?: string | undefined;
}

export const displayContext = createContext<DisplayContext | undefined>(Symbol.for('pbx-account-widgets.display'));
