import { commonDe } from '../../../core/i18n/de.js';
import { plural } from '../../../core/i18n/plural.js';
import { dateRangeDe } from '../../../shared-ui/date-range/i18n/de.js';
import type { BillTableStrings } from '../bill-table.strings.js';

const de: BillTableStrings = {
  ...commonDe,
  ...dateRangeDe,
  title: 'Rechnungen',
  tableLabel: 'Rechnungen',
  empty: 'Keine Rechnungen in diesem Zeitraum.',
  notSupported: 'Dieses Backend stellt keine Rechnungen bereit.',
  columnDate: 'Rechnungsdatum',
  columnPeriod: 'Abrechnungszeitraum',
  columnDue: 'Fällig am',
  columnAmount: 'Betrag',
  columnStatus: 'Status',
  columnDocument: 'Dokument',
  billPeriod: (first: string, last: string) => `${first} – ${last}`,
  noDueDate: 'Keines',
  statusPaid: 'Bezahlt',
  statusUnpaid: 'Offen',
  statusOverdue: 'Überfällig',
  outstanding: 'Offener Betrag',
  unpaidCount: (n: number, count: string) =>
    plural(n, 'de', { one: `${count} offene Rechnung in diesem Zeitraum`, other: `${count} offene Rechnungen in diesem Zeitraum` }),
  overdueCount: (_n: number, count: string) => `davon ${count} überfällig`,
  allPaid: 'Alle Rechnungen dieses Zeitraums sind bezahlt.',
  download: 'Herunterladen',
  downloadLabel: (period: string) => `Rechnung für ${period} herunterladen`,
  noDocument: 'Kein Dokument',
  downloaded: (fileName: string) => `Download gestartet: ${fileName}.`,
  downloadFailed: (period: string) => `Die Rechnung für ${period} wurde nicht heruntergeladen:`,
  billFileName: (month: string, account: string) => `rechnung_${month}_${account}.pdf`,
  loadingRow: 'Wird geladen…',
  loadingRows: (percent: string) => `Zeilen werden geladen… ${percent}`,
};
export default de;
