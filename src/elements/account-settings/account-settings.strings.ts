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
  /** A change of users confirmed while the Service Plan was not on screen (`count` formatted). */
  usersBought: (count: string) => `Users bought: ${count}. The Service Plan shows the new plan.`,
  usersRemoved: (count: string) => `Users removed: ${count}. The Service Plan shows the new plan.`,
  usersNotChanged: (reason: string) => `The users on the plan were not changed: ${reason}`,
  usersUnknown: (reason: string) => `We couldn't confirm the change to the users (${reason}). The Service Plan checks it when you open it.`,
};

export type AccountSettingsStrings = typeof accountSettingsStrings;
