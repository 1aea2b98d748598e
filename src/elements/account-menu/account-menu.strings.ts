import { commonStrings } from '../../core/strings.js';

/** Default (English) text of `<account-menu>`. Override any entry through `strings`. */
export const accountMenuStrings = {
  ...commonStrings,
  /** The button's label until the account's name is known. */
  fallbackName: 'Account',
  /** The built-in menu item. */
  account: 'Account',
  menuLabel: 'Account menu',
};

export type AccountMenuStrings = typeof accountMenuStrings;
