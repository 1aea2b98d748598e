import { commonEs } from '../../../core/i18n/es.js';
import { plural } from '../../../core/i18n/plural.js';
import { dateRangeEs } from '../../../shared-ui/date-range/i18n/es.js';
import type { BillTableStrings } from '../bill-table.strings.js';

const es: BillTableStrings = {
  ...commonEs,
  ...dateRangeEs,
  title: 'Facturas',
  tableLabel: 'Facturas',
  empty: 'No hay facturas en este periodo.',
  notSupported: 'Este sistema no ofrece facturas.',
  columnDate: 'Fecha de factura',
  columnPeriod: 'Periodo facturado',
  columnDue: 'Vencimiento',
  columnAmount: 'Importe',
  columnStatus: 'Estado',
  columnDocument: 'Documento',
  billPeriod: (first: string, last: string) => `${first} – ${last}`,
  noDueDate: 'Ninguno',
  statusPaid: 'Pagada',
  statusUnpaid: 'Pendiente',
  statusOverdue: 'Vencida',
  outstanding: 'Pendiente de pago',
  unpaidCount: (n: number, count: string) =>
    plural(n, 'es', { one: `${count} factura pendiente en este periodo`, other: `${count} facturas pendientes en este periodo` }),
  overdueCount: (n: number, count: string) => plural(n, 'es', { one: `${count} vencida`, other: `${count} vencidas` }),
  allPaid: 'Todas las facturas de este periodo están pagadas.',
  download: 'Descargar',
  downloadLabel: (period: string) => `Descargar la factura de ${period}`,
  noDocument: 'Sin documento',
  downloaded: (fileName: string) => `Descarga iniciada: ${fileName}.`,
  downloadFailed: (period: string) => `No se descargó la factura de ${period}:`,
  billFileName: (month: string, account: string) => `factura_${month}_${account}.pdf`,
  loadingRow: 'Cargando…',
  loadingRows: (percent: string) => `Cargando filas… ${percent}`,
};
export default es;
