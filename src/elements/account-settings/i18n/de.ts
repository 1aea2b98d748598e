import { commonDe } from '../../../core/i18n/de.js';
import type { AccountSettingsStrings } from '../account-settings.strings.js';

const de: AccountSettingsStrings = {
  ...commonDe,
  navLabel: 'Kontoeinstellungen',
  user: 'Benutzer',
  account: 'Konto',
  'service-plan': 'Tarif',
  'per-minute': 'Minutenpreise',
  transactions: 'Buchungen',
  bills: 'Rechnungen',
  media: 'Medien',
  'block-list': 'Sperrliste',
  noSections: 'Kein Bereich verfügbar.',
};
export default de;
