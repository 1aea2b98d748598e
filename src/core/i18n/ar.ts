import type { CommonStrings } from '../strings.js';

/** Arabic for the text every element shares. */
export const commonAr: CommonStrings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  empty: 'لا يوجد ما يُعرض.',
  noProvider: 'لم يتم إعداد مزوّد بيانات.',
  notSupported: 'لا يوفّر هذا النظام هذه المعلومات.',
  errorTitle: 'حدث خطأ ما.',
  confirm: 'تأكيد',
  cancel: 'إلغاء',
};
