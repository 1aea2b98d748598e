import { commonStrings } from '../../core/strings.js';

/** Default (English) text of `<account-info-panel>`. Override any entry through `strings`. */
export const accountInfoPanelStrings = {
  ...commonStrings,
  title: 'Account',
  accountName: 'Account name',
  realm: 'Account realm',
  timeZone: 'Time zone',
  contacts: 'Contacts',
  noContacts: 'No contact details on file.',
  role: 'Role',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  notSet: 'Not set',
};

export type AccountInfoPanelStrings = typeof accountInfoPanelStrings;
