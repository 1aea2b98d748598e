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
  usersBought: (count) => `Gekaufte Benutzer: ${count}. Der Tarif zeigt den neuen Stand.`,
  usersRemoved: (count) => `Entfernte Benutzer: ${count}. Der Tarif zeigt den neuen Stand.`,
  usersNotChanged: (reason) => `Die Benutzer im Tarif wurden nicht geändert: ${reason}`,
  usersUnknown: (reason) =>
    `Die Änderung der Benutzer konnte nicht bestätigt werden (${reason}). Der Tarif prüft sie, wenn Sie ihn öffnen.`,
};
export default de;
