import { commonStrings } from '../../core/strings.js';

/** Default (English) text of `<account-settings>`. Override any entry through `strings`. */
export const accountSettingsStrings = {
  ...commonStrings,
  navLabel: 'Account settings',
  user: 'User',
  account: 'Account',
  'service-plan': 'Service Plan',
  'per-minute': 'Per Minute',
  transactions: 'Transactions',
  bills: 'Bills',
  media: 'Media',
  'block-list': 'Block List',
  noSections: 'No section is available.',
};

export type AccountSettingsStrings = typeof accountSettingsStrings;
