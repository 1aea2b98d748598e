import { commonAr } from '../../../core/i18n/ar.js';
import { plural } from '../../../core/i18n/plural.js';
import type { UserPanelStrings } from '../user-panel.strings.js';

const characters = (n: number) =>
  plural(n, 'ar', { zero: `${n} حرف`, one: 'حرف واحد', two: 'حرفان', few: `${n} أحرف`, many: `${n} حرفًا`, other: `${n} حرف` });

const ar: UserPanelStrings = {
  ...commonAr,
  title: 'المستخدم',
  username: 'اسم المستخدم',
  fullName: 'الاسم الكامل',
  email: 'البريد الإلكتروني',
  changePassword: 'تغيير كلمة المرور',
  currentPassword: 'كلمة المرور الحالية',
  newPassword: 'كلمة المرور الجديدة',
  confirmPassword: 'تأكيد كلمة المرور',
  save: 'حفظ',
  saving: 'جارٍ الحفظ…',
  cancel: 'إلغاء',
  passwordChanged: 'تم تغيير كلمة المرور.',
  passwordHint: (minLength: number) => `${characters(minLength)} على الأقل.`,
  errorCurrentRequired: 'أدخل كلمة المرور الحالية.',
  errorTooShort: (minLength: number) => `استخدم ${characters(minLength)} على الأقل.`,
  errorMismatch: 'كلمتا المرور غير متطابقتين.',
  errorTooLong: (maxLength: number) => `استخدم ${characters(maxLength)} على الأكثر.`,
  errorInvisible: 'استخدم أحرفًا مرئية، لا مسافات أو علامات غير مرئية فقط.',
  errorControl: 'أزل أحرف التحكم (مثل فواصل الأسطر) من كلمة المرور.',
  errorSameAsCurrent: 'اختر كلمة مرور مختلفة عن الحالية.',
  errorSummary: 'لم يتم تغيير كلمة المرور.',
  passwordUnknown: (reason: string) =>
    `تعذّر تأكيد ما إذا كانت كلمة المرور قد تغيّرت: ${reason} يمكنك حفظ كلمتي المرور نفسيهما مجددًا بأمان: لن يُنفَّذ التغيير مرتين.`,
};
export default ar;
