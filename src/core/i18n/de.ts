import type { CommonStrings } from '../strings.js';

/** German for the text every element shares. */
export const commonDe: CommonStrings = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  empty: 'Keine Einträge.',
  noProvider: 'Kein Datenanbieter konfiguriert.',
  misconfiguredProvider: 'Der Datenanbieter ist falsch eingerichtet: Ihm fehlen die hierfür nötigen Methoden.',
  notSupported: 'Dieses Backend stellt diese Informationen nicht bereit.',
  errorTitle: 'Etwas ist schiefgelaufen.',
  confirm: 'Bestätigen',
  cancel: 'Abbrechen',
  changeUnknown: (subject, reason) =>
    `Die Änderung an ${subject} konnte nicht bestätigt werden: ${reason} Ein erneuter Versuch ist sicher: Sie wird nicht doppelt ausgeführt.`,
  zoneStandIn: (zone) => `Zeiten werden in ${zone} angezeigt: Ihre Zeitzone konnte nicht geladen werden.`,
};
