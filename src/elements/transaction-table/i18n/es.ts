import { commonEs } from '../../../core/i18n/es.js';
import { plural } from '../../../core/i18n/plural.js';
import type { TransactionTableStrings } from '../transaction-table.strings.js';
import { dateRangeEs } from '../../../shared-ui/date-range/i18n/es.js';

const transactions = (n: number, count: string) => plural(n, 'es', { one: `${count} transacción`, other: `${count} transacciones` });

const es: TransactionTableStrings = {
  ...commonEs,
  ...dateRangeEs,
  title: 'Transacciones',
  tableLabel: 'Transacciones',
  empty: 'No hay transacciones en este periodo.',
  columnDate: 'Fecha y hora',
  columnDescription: 'Descripción',
  columnKind: 'Tipo',
  columnAmount: 'Importe',
  columnBalance: 'Saldo después',
  credit: 'Crédito',
  debit: 'Débito',
  balanceUnknown: 'Desconocido',
  loadingRow: 'Cargando…',
  loadingRows: (percent: string) => `Cargando filas… ${percent}`,
  totalCredits: 'Total de créditos',
  totalDebits: 'Total de débitos',
  netChange: 'Variación neta',
  transactionCount: transactions,
  calculating: (n: number, done: string) => `Calculando totales… ${transactions(n, done)} hasta ahora.`,
  calculatingOf: (n: number, done: string, total: string) => `Calculando totales… ${done} de ${transactions(n, total)}.`,
  totalsPaused: (n: number, total: string) => `Los totales requieren leer las ${transactions(n, total)} del periodo.`,
  calculateTotals: 'Calcular totales',
  totalsFailed: 'No se pudieron calcular los totales:',
  exportCsv: 'Exportar CSV',
  cancelExport: 'Cancelar exportación',
  exportProgressLabel: 'Progreso de la exportación',
  exporting: (n: number, done: string, total: string) => `Exportando ${done} de ${transactions(n, total)}…`,
  exportingCount: (n: number, done: string) => `Exportando… ${transactions(n, done)} hasta ahora`,
  exportDone: (n: number, rows: string, fileName: string) => `Se exportaron ${transactions(n, rows)} a ${fileName}.`,
  exportCancelled: 'Exportación cancelada.',
  exportFailed: 'La exportación falló:',
  exportFileName: (from: string, to: string) => `transacciones_${from}_${to}.csv`,
  csvDateTime: 'Fecha y hora',
  csvTimeZone: 'Zona horaria',
  csvDescription: 'Descripción',
  csvKind: 'Tipo',
  csvAmount: 'Importe',
  csvCurrency: 'Moneda',
  csvBalanceAfter: 'Saldo después',
  csvId: 'ID de transacción',
};
export default es;
