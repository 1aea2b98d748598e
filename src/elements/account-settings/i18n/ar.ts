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
};
export default ar;
