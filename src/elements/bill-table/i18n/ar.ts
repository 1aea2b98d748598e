import { commonAr } from '../../../core/i18n/ar.js';
import { plural } from '../../../core/i18n/plural.js';
import { dateRangeAr } from '../../../shared-ui/date-range/i18n/ar.js';
import type { BillTableStrings } from '../bill-table.strings.js';

const unpaid = (n: number, count: string) =>
  plural(n, 'ar', {
    zero: `${count} فاتورة غير مدفوعة في هذه الفترة`,
    one: 'فاتورة واحدة غير مدفوعة في هذه الفترة',
    two: 'فاتورتان غير مدفوعتين في هذه الفترة',
    few: `${count} فواتير غير مدفوعة في هذه الفترة`,
    many: `${count} فاتورةً غير مدفوعة في هذه الفترة`,
    other: `${count} فاتورة غير مدفوعة في هذه الفترة`,
  });

const overdue = (n: number, count: string) =>
  plural(n, 'ar', {
    one: 'منها واحدة متأخرة',
    two: 'منها اثنتان متأخرتان',
    few: `منها ${count} فواتير متأخرة`,
    many: `منها ${count} فاتورةً متأخرة`,
    other: `منها ${count} فاتورة متأخرة`,
  });

const ar: BillTableStrings = {
  ...commonAr,
  ...dateRangeAr,
  title: 'الفواتير',
  tableLabel: 'الفواتير',
  empty: 'لا توجد فواتير في هذه الفترة.',
  notSupported: 'لا يوفّر هذا النظام الفواتير.',
  columnDate: 'تاريخ الفاتورة',
  columnPeriod: 'فترة الفوترة',
  columnDue: 'تاريخ الاستحقاق',
  columnAmount: 'المبلغ',
  columnStatus: 'الحالة',
  columnDocument: 'المستند',
  billPeriod: (first: string, last: string) => `${first} – ${last}`,
  noDueDate: 'لا يوجد',
  statusPaid: 'مدفوعة',
  statusUnpaid: 'غير مدفوعة',
  statusOverdue: 'متأخرة',
  outstanding: 'المبلغ المستحق',
  unpaidCount: unpaid,
  overdueCount: overdue,
  allPaid: 'جميع فواتير هذه الفترة مدفوعة.',
  download: 'تنزيل',
  downloadLabel: (period: string) => `تنزيل فاتورة ${period}`,
  noDocument: 'لا يوجد مستند',
  downloaded: (fileName: string) => `بدأ تنزيل ${fileName}.`,
  downloadFailed: (period: string) => `لم يتم تنزيل فاتورة ${period}:`,
  billFileName: (month: string, account: string) => `bill_${month}_${account}.pdf`,
  loadingRow: 'جارٍ التحميل…',
  loadingRows: (percent: string) => `جارٍ تحميل الصفوف… ${percent}`,
};
export default ar;
