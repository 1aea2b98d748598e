import { commonAr } from '../../../core/i18n/ar.js';
import { plural } from '../../../core/i18n/plural.js';
import type { TransactionTableStrings } from '../transaction-table.strings.js';
import { dateRangeAr } from '../../../shared-ui/date-range/i18n/ar.js';

const transactions = (n: number, count: string) =>
  plural(n, 'ar', {
    zero: `${count} معاملة`,
    one: 'معاملة واحدة',
    two: 'معاملتان',
    few: `${count} معاملات`,
    many: `${count} معاملةً`,
    other: `${count} معاملة`,
  });

const ar: TransactionTableStrings = {
  ...commonAr,
  ...dateRangeAr,
  title: 'المعاملات',
  tableLabel: 'المعاملات',
  empty: 'لا توجد معاملات في هذه الفترة.',
  columnDate: 'التاريخ والوقت',
  columnDescription: 'الوصف',
  columnKind: 'النوع',
  columnAmount: 'المبلغ',
  columnBalance: 'الرصيد بعدها',
  credit: 'دائن',
  debit: 'مدين',
  balanceUnknown: 'غير معروف',
  loadingRow: 'جارٍ التحميل…',
  loadingRows: (percent: string) => `جارٍ تحميل الصفوف… ${percent}`,
  totalCredits: 'إجمالي الدائن',
  totalDebits: 'إجمالي المدين',
  netChange: 'صافي التغيّر',
  transactionCount: transactions,
  calculating: (n: number, done: string) => `جارٍ حساب الإجماليات… ${transactions(n, done)} حتى الآن.`,
  calculatingOf: (n: number, done: string, total: string) => `جارٍ حساب الإجماليات… ${done} من ${transactions(n, total)}.`,
  totalsPaused: (n: number, total: string) => `تتطلب الإجماليات قراءة ${transactions(n, total)} في هذه الفترة.`,
  calculateTotals: 'احسب الإجماليات',
  totalsFailed: 'تعذّر حساب الإجماليات:',
  exportCsv: 'تصدير CSV',
  cancelExport: 'إلغاء التصدير',
  exportProgressLabel: 'تقدّم التصدير',
  exporting: (n: number, done: string, total: string) => `جارٍ تصدير ${done} من ${transactions(n, total)}…`,
  exportingCount: (n: number, done: string) => `جارٍ التصدير… ${transactions(n, done)} حتى الآن`,
  exportDone: (n: number, rows: string, fileName: string) => `تم تصدير ${transactions(n, rows)} إلى ${fileName}.`,
  exportCancelled: 'تم إلغاء التصدير.',
  exportFailed: 'فشل التصدير:',
  exportFileName: (from: string, to: string) => `transactions_${from}_${to}.csv`,
  csvDateTime: 'التاريخ والوقت',
  csvTimeZone: 'المنطقة الزمنية',
  csvDescription: 'الوصف',
  csvKind: 'النوع',
  csvAmount: 'المبلغ',
  csvCurrency: 'العملة',
  csvBalanceAfter: 'الرصيد بعدها',
  csvId: 'معرّف المعاملة',
};
export default ar;
