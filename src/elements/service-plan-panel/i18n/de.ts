import { commonDe } from '../../../core/i18n/de.js';
import type { ServicePlanPanelStrings } from '../service-plan-panel.strings.js';

// "Benutzer" is the same in the singular and the plural, so no entry needs a plural form.
const de: ServicePlanPanelStrings = {
  ...commonDe,
  title: 'Tarif',
  planName: 'Gebuchter Tarif',
  availableCredit: 'Verfügbares Guthaben',
  charges: 'Monatliche Kosten',
  item: 'Leistung',
  quantity: 'Anzahl',
  unitPrice: 'Einzelpreis',
  monthlyCharge: 'Betrag pro Monat',
  users: 'Benutzer',
  dids: 'Rufnummern (DIDs)',
  inUse: (inUse: string) => `${inUse} in Nutzung`,
  monthlyTotal: 'Monatliche Gesamtkosten',

  buyTitle: 'Benutzer kaufen',
  usersToBuy: 'Zu kaufende Benutzer',
  buy: 'Kaufen',
  buying: 'Wird gekauft…',
  quantityHint: (max: string) => `Eine ganze Zahl von 1 bis ${max}.`,
  calculating: 'Wird berechnet…',
  cost: 'Kosten',
  costBreakdown: (count: string, unitPrice: string) => `${count} × ${unitPrice}`,
  creditAfter: 'Guthaben nach dem Kauf',
  quoteMonthly: (monthly: string, now: string) => `eine monatliche Erhöhung um ${monthly} und eine sofortige Belastung von ${now}`,
  notEnoughCredit: (cost: string, credit: string) =>
    `Nicht genügend Guthaben: Der Kauf kostet ${cost}, das verfügbare Guthaben beträgt ${credit}.`,
  shortOfCredit: (cost: string, credit: string) => `Der Kauf kostet ${cost}, das verfügbare Guthaben beträgt ${credit}.`,
  quoteFailed: 'Der Preis konnte nicht berechnet werden.',
  quoteRetry: 'Mit „Kaufen“ wird er erneut angefragt.',
  confirmBuyTitle: 'Benutzer kaufen?',
  confirmBuyMessage: (_n: number, count: string, cost: string) =>
    `${count} Benutzer für ${cost} kaufen? Der Betrag wird von Ihrem Guthaben abgebucht.`,
  confirmBuyMessageBilled: (_n: number, count: string, cost: string) => `${count} Benutzer für ${cost} kaufen?`,
  bought: (_n: number, count: string, cost: string, total: string) => `${count} Benutzer für ${cost} gekauft. Benutzer im Tarif: ${total}.`,
  boughtUsers: (_n: number, count: string, total: string) => `${count} Benutzer gekauft. Benutzer im Tarif: ${total}.`,
  buyFailed: 'Es wurden keine Benutzer gekauft.',
  buyUnknown: (_n: number, count: string) => `Wir konnten nicht bestätigen, ob ${count} Benutzer gekauft wurden – wird geprüft …`,
  buyUnknownStill: (_n: number, count: string, total: string) =>
    `Wir konnten nicht bestätigen, ob ${count} Benutzer gekauft wurden.${total ? ` Benutzer im Tarif jetzt: ${total}.` : ''} Prüfen Sie den Tarif, bevor Sie erneut kaufen.`,
  buyNotDone: (total: string) => `Der Tarif zeigt weiterhin ${total} Benutzer.`,
  buyNotConfirmed: 'Der Kauf wurde nicht bestätigt.',
  buyRetrySame: (_n: number, count: string) =>
    `Um es erneut zu versuchen, kaufen Sie wieder ${count} Benutzer: Es wird derselbe Kauf gesendet, kein neuer.`,
  boughtSeen: (count: string, total: string) => `Der Tarif zeigt jetzt ${total} Benutzer, ${count} mehr als vor Ihrem Kauf.`,
  insufficientCredit: 'Nicht genügend Guthaben.',

  removeTitle: 'Benutzer entfernen',
  usersToRemove: 'Zu entfernende Benutzer',
  remove: 'Entfernen',
  removing: 'Wird entfernt…',
  removeHint: (removable: string) => `Sie können bis zu ${removable} entfernen.`,
  removeHintInUse: (removable: string, inUse: string) => `${inUse} in Nutzung: Sie können bis zu ${removable} entfernen.`,
  confirmRemoveTitle: 'Benutzer entfernen?',
  confirmRemoveMessage: (_n: number, count: string, remaining: string) =>
    `${count} Benutzer entfernen? Benutzer im Tarif danach: ${remaining}.`,
  removed: (_n: number, count: string, total: string) => `${count} Benutzer entfernt. Benutzer im Tarif: ${total}.`,
  removeFailed: 'Es wurden keine Benutzer entfernt.',
  removeUnknown: (_n: number, count: string) => `Wir konnten nicht bestätigen, ob ${count} Benutzer entfernt wurden – wird geprüft …`,
  removeUnknownStill: (_n: number, count: string, total: string) =>
    `Wir konnten nicht bestätigen, ob ${count} Benutzer entfernt wurden.${total ? ` Benutzer im Tarif jetzt: ${total}.` : ''} Prüfen Sie den Tarif, bevor Sie erneut entfernen.`,
  removeNotDone: (total: string) => `Der Tarif zeigt weiterhin ${total} Benutzer.`,
  removeNotConfirmed: 'Das Entfernen wurde nicht bestätigt.',
  removeRetrySame: (_n: number, count: string) =>
    `Um es erneut zu versuchen, entfernen Sie wieder ${count} Benutzer: Es wird derselbe Auftrag gesendet, kein neuer.`,
  removedSeen: (count: string, total: string) => `Der Tarif zeigt jetzt ${total} Benutzer, ${count} weniger als vor dem Entfernen.`,

  errorRequired: 'Geben Sie die Anzahl der Benutzer ein.',
  errorNotWhole: 'Geben Sie eine ganze Zahl nur mit den Ziffern 0–9 ein, z. B. 3.',
  errorRange: (max: string) => `Geben Sie eine Zahl von 1 bis ${max} ein.`,
  errorMoreThanPlan: (quantity: string) => `Benutzer im Tarif: ${quantity}. Mehr können Sie nicht entfernen.`,
  errorBelowInUse: (inUse: string, removable: string) => `In Nutzung: ${inUse}. Sie können höchstens ${removable} entfernen.`,
};
export default de;
