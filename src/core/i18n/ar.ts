import type { CommonStrings } from '../strings.js';

/** Arabic for the text every element shares. */
export const commonAr: CommonStrings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  empty: 'لا يوجد ما يُعرض.',
  noProvider: 'لم يتم إعداد مزوّد بيانات.',
  misconfiguredProvider: 'مزوّد البيانات غير مُعدّ بشكل صحيح: لا ينفّذ الطرق المطلوبة هنا.',
  notSupported: 'لا يوفّر هذا النظام هذه المعلومات.',
  errorTitle: 'حدث خطأ ما.',
  confirm: 'تأكيد',
  cancel: 'إلغاء',
  changeUnknown: (subject, reason) =>
    `تعذّر تأكيد التغيير على \u2068${subject}\u2069: ${reason} يمكنك المحاولة مجددًا بأمان: لن يُنفَّذ التغيير مرتين.`,
  zoneStandIn: (zone) => `تُعرض الأوقات بتوقيت \u2068${zone}\u2069: تعذّر تحميل منطقتك الزمنية.`,
};
