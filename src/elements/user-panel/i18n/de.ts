import { commonDe } from '../../../core/i18n/de.js';
import type { UserPanelStrings } from '../user-panel.strings.js';

const de: UserPanelStrings = {
  ...commonDe,
  title: 'Benutzer',
  username: 'Benutzername',
  fullName: 'Vollständiger Name',
  email: 'E-Mail',
  changePassword: 'Passwort ändern',
  currentPassword: 'Aktuelles Passwort',
  newPassword: 'Neues Passwort',
  confirmPassword: 'Passwort bestätigen',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  cancel: 'Abbrechen',
  passwordChanged: 'Ihr Passwort wurde geändert.',
  passwordHint: (minLength: number) => `Mindestens ${minLength} Zeichen.`,
  errorCurrentRequired: 'Geben Sie Ihr aktuelles Passwort ein.',
  errorTooShort: (minLength: number) => `Verwenden Sie mindestens ${minLength} Zeichen.`,
  errorMismatch: 'Die Passwörter stimmen nicht überein.',
  errorTooLong: (maxLength: number) => `Verwenden Sie höchstens ${maxLength} Zeichen.`,
  errorInvisible: 'Verwenden Sie sichtbare Zeichen, nicht nur Leerzeichen oder unsichtbare Zeichen.',
  errorControl: 'Entfernen Sie Steuerzeichen (etwa Zeilenumbrüche) aus dem Passwort.',
  errorSameAsCurrent: 'Wählen Sie ein anderes Passwort als Ihr aktuelles.',
  errorSummary: 'Das Passwort wurde nicht geändert.',
  passwordUnknown: (reason: string) =>
    `Wir konnten nicht bestätigen, ob Ihr Passwort geändert wurde: ${reason} Dieselben Passwörter erneut zu speichern ist sicher: Die Änderung wird nicht doppelt ausgeführt.`,
};
export default de;
