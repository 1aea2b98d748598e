import { commonAr } from '../../../core/i18n/ar.js';
import type { AccountSettingsStrings } from '../account-settings.strings.js';

const ar: AccountSettingsStrings = {
  ...commonAr,
  navLabel: 'إعدادات الحساب',
  user: 'المستخدم',
  account: 'الحساب',
  'service-plan': 'خطة الخدمة',
  'per-minute': 'بالدقيقة',
  transactions: 'المعاملات',
  bills: 'الفواتير',
  media: 'الوسائط',
  'block-list': 'قائمة الحظر',
  noSections: 'لا يوجد قسم متاح.',
  usersBought: (count) => `المستخدمون الذين تم شراؤهم: ${count}. تعرض خطة الخدمة الوضع الجديد.`,
  usersRemoved: (count) => `المستخدمون الذين تمت إزالتهم: ${count}. تعرض خطة الخدمة الوضع الجديد.`,
  usersNotChanged: (reason) => `لم يتغير عدد المستخدمين في الخطة: ${reason}`,
  usersUnknown: (reason) => `تعذّر تأكيد تغيير المستخدمين (${reason}). ستتحقق خطة الخدمة من ذلك عند فتحها.`,
};
export default ar;
