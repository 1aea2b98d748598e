import { commonDe } from '../../../core/i18n/de.js';
import { plural } from '../../../core/i18n/plural.js';
import type { TransactionTableStrings } from '../transaction-table.strings.js';
import { dateRangeDe } from '../../../shared-ui/date-range/i18n/de.js';

const transactions = (n: number, count: string) => plural(n, 'de', { one: `${count} Transaktion`, other: `${count} Transaktionen` });

const de: TransactionTableStrings = {
  ...commonDe,
  ...dateRangeDe,
  title: 'Transaktionen',
  tableLabel: 'Transaktionen',
  empty: 'Keine Transaktionen in diesem Zeitraum.',
  columnDate: 'Datum und Uhrzeit',
  columnDescription: 'Beschreibung',
  columnKind: 'Art',
  columnAmount: 'Betrag',
  columnBalance: 'Saldo danach',
  credit: 'Gutschrift',
  debit: 'Belastung',
  balanceUnknown: 'Unbekannt',
  loadingRow: 'Wird geladen…',
  loadingRows: (percent: string) => `Zeilen werden geladen… ${percent}`,
  totalCredits: 'Gutschriften gesamt',
  totalDebits: 'Belastungen gesamt',
  netChange: 'Veränderung netto',
  transactionCount: transactions,
  calculating: (n: number, done: string) => `Summen werden berechnet… bisher ${transactions(n, done)}.`,
  calculatingOf: (n: number, done: string, total: string) => `Summen werden berechnet… ${done} von ${transactions(n, total)}.`,
  totalsPaused: (n: number, total: string) => `Für die Summen müssen alle ${transactions(n, total)} des Zeitraums gelesen werden.`,
  calculateTotals: 'Summen berechnen',
  totalsFailed: 'Die Summen konnten nicht berechnet werden:',
  exportCsv: 'CSV exportieren',
  cancelExport: 'Export abbrechen',
  exportProgressLabel: 'Exportfortschritt',
  exporting: (n: number, done: string, total: string) => `Export: ${done} von ${transactions(n, total)}…`,
  exportingCount: (n: number, done: string) => `Export: bisher ${transactions(n, done)}`,
  exportDone: (n: number, rows: string, fileName: string) => `${transactions(n, rows)} nach ${fileName} exportiert.`,
  exportCancelled: 'Export abgebrochen.',
  exportFailed: 'Der Export ist fehlgeschlagen:',
  exportFileName: (from: string, to: string) => `transaktionen_${from}_${to}.csv`,
  csvDateTime: 'Datum und Uhrzeit',
  csvTimeZone: 'Zeitzone',
  csvDescription: 'Beschreibung',
  csvKind: 'Art',
  csvAmount: 'Betrag',
  csvCurrency: 'Währung',
  csvBalanceAfter: 'Saldo danach',
  csvId: 'Transaktions-ID',
};
export default de;
