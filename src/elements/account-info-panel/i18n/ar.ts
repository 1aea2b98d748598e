import { commonAr } from '../../../core/i18n/ar.js';
import type { AccountInfoPanelStrings } from '../account-info-panel.strings.js';

const ar: AccountInfoPanelStrings = {
  ...commonAr,
  title: 'الحساب',
  accountName: 'اسم الحساب',
  realm: 'نطاق الحساب',
  timeZone: 'المنطقة الزمنية',
  contacts: 'جهات الاتصال',
  noContacts: 'لا توجد بيانات اتصال مسجّلة.',
  role: 'الدور',
  name: 'الاسم',
  email: 'البريد الإلكتروني',
  phone: 'الهاتف',
  address: 'العنوان',
  notSet: 'غير محدد',
};
export default ar;
