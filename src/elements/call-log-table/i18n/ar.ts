import { commonAr } from '../../../core/i18n/ar.js';
import { dateRangeAr } from '../../../shared-ui/date-range/i18n/ar.js';
import type { CallLogTableStrings } from '../call-log-table.strings.js';

/**
 * A phone number or file name inside Arabic text, isolated left to right (U+2066 … U+2069) so a
 * leading "+" or the dates and extension of a file name stay in place.
 */
const ltr = (text: string) => `\u2066${text}\u2069`;

const ar: CallLogTableStrings = {
  ...commonAr,
  ...dateRangeAr,
  title: 'المكالمات الدولية',
  tableLabel: 'المكالمات الدولية',
  empty: 'لا توجد مكالمات دولية في هذه الفترة.',
  totalsLabel: 'إجماليات الفترة',
  totalCalls: 'المكالمات',
  totalMinutes: 'إجمالي الدقائق',
  totalCharges: 'إجمالي الرسوم',
  calculatingTotals: 'جارٍ حساب الإجماليات…',
  totalsFailed: 'تعذّر حساب الإجماليات:',
  columnDate: 'التاريخ والوقت',
  columnFrom: 'من',
  columnTo: 'إلى',
  columnDestination: 'الوجهة',
  columnDuration: 'المدة',
  columnRate: 'سعر الدقيقة',
  columnCharge: 'التكلفة',
  columnActions: 'الإجراءات',
  unknownDestination: 'غير معروفة',
  loadingRow: 'جارٍ التحميل…',
  loadingRows: (percent: string) => `جارٍ تحميل الصفوف… ${percent}`,
  exportCsv: 'تصدير بصيغة CSV',
  cancelExport: 'إلغاء التصدير',
  exportProgressLabel: 'تقدّم التصدير',
  // The export counts come formatted only (no raw number to choose a plural form), so these
  // sentences avoid a noun that agrees with them.
  exporting: (done: string, total: string) => `جارٍ تصدير المكالمات: ${done} من ${total}…`,
  exportingCount: (done: string) => `جارٍ تصدير المكالمات… حتى الآن: ${done}`,
  exportDone: (rows: string, fileName: string) => `اكتمل التصدير إلى ${ltr(fileName)} (عدد المكالمات: ${rows}).`,
  exportCancelled: 'تم إلغاء التصدير.',
  exportFailed: 'فشل التصدير:',
  exportFileName: (from: string, to: string) => `المكالمات-الدولية_${from}_${to}.csv`,
  csvDateTime: 'التاريخ والوقت',
  csvTimeZone: 'المنطقة الزمنية',
  csvFrom: 'من',
  csvTo: 'إلى',
  csvDestination: 'الوجهة',
  csvCountryCode: 'رمز البلد',
  csvDurationSeconds: 'المدة (بالثواني)',
  csvRatePerMinute: 'سعر الدقيقة',
  csvCharge: 'التكلفة',
  csvCurrency: 'العملة',
  block: 'حظر',
  blocked: 'محظور',
  blockLabel: (number: string) => `حظر ${ltr(number)}`,
  blockedLabel: (number: string) => `الرقم ${ltr(number)} محظور`,
  blockTitle: 'حظر هذا الرقم؟',
  blockMessage: (number: string) => `هل تريد حظر الرقم ${ltr(number)}؟ ستتم إضافته إلى قائمة الحظر.`,
  blockConfirm: 'حظر',
  blockReason: 'حُظر من سجل المكالمات',
  numberBlocked: (number: string) => `تم حظر الرقم ${ltr(number)}.`,
  alreadyBlocked: (number: string) => `الرقم ${ltr(number)} محظور بالفعل.`,
  blockFailed: (number: string) => `لم يتم حظر الرقم ${ltr(number)}:`,
};
export default ar;
