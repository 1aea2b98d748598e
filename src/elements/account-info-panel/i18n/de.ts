import { commonDe } from '../../../core/i18n/de.js';
import type { AccountInfoPanelStrings } from '../account-info-panel.strings.js';

const de: AccountInfoPanelStrings = {
  ...commonDe,
  title: 'Konto',
  accountName: 'Kontoname',
  realm: 'Konto-Realm',
  timeZone: 'Zeitzone',
  contacts: 'Kontakte',
  noContacts: 'Keine Kontaktdaten hinterlegt.',
  role: 'Rolle',
  name: 'Name',
  email: 'E-Mail',
  phone: 'Telefon',
  address: 'Adresse',
  notSet: 'Nicht festgelegt',
};
export default de;
