import { commonAr } from '../../../core/i18n/ar.js';
import { plural } from '../../../core/i18n/plural.js';
import type { BlockListStrings } from '../block-list.strings.js';

/**
 * A phone number kept left to right inside Arabic text (an isolate: without it the groups of
 * `+44 20 7123 4567` would be laid out in reverse order).
 */
const ltr = (number: string) => `\u2066${number}\u2069`;
/** Text the user typed, isolated in whatever direction it has. */
const isolate = (text: string) => `\u2068${text}\u2069`;

const ar: BlockListStrings = {
  ...commonAr,
  title: 'الأرقام المحظورة',
  tableLabel: 'الأرقام المحظورة',
  empty: 'لا توجد أرقام محظورة.',
  noMatches: (search: string) => `لا يوجد رقم محظور يطابق «${isolate(search)}».`,
  count: (count: number, formatted: string) =>
    plural(count, 'ar', {
      zero: 'لا توجد أرقام محظورة',
      one: 'رقم محظور واحد',
      two: 'رقمان محظوران',
      few: `${formatted} أرقام محظورة`,
      many: `${formatted} رقمًا محظورًا`,
      other: `${formatted} رقم محظور`,
    }),
  matches: (count: number, formatted: string) =>
    plural(count, 'ar', {
      zero: 'لا يوجد رقم محظور مطابق',
      one: 'رقم محظور واحد مطابق',
      two: 'رقمان محظوران مطابقان',
      few: `${formatted} أرقام محظورة مطابقة`,
      many: `${formatted} رقمًا محظورًا مطابقًا`,
      other: `${formatted} رقم محظور مطابق`,
    }),
  search: 'بحث',
  searchHint: 'أرقام من رقم الهاتف، أو كلمات من السبب.',
  columnNumber: 'الرقم',
  columnBlockedAt: 'تاريخ الحظر',
  columnReason: 'السبب',
  columnActions: 'الإجراءات',
  extension: (number: string) => `تحويلة ${ltr(number)}`,
  unknownDate: 'غير معروف',
  noReason: 'لم يُذكر سبب',
  loadingRow: 'جارٍ التحميل…',
  loadingRows: (percent: string) => `جارٍ تحميل الصفوف… ${percent}`,
  unblock: 'رفع الحظر',
  unblocking: 'جارٍ رفع الحظر…',
  unblocked: 'رُفع الحظر',
  unblockLabel: (number: string) => `رفع الحظر عن ${ltr(number)}`,
  unblockingLabel: (number: string) => `جارٍ رفع الحظر عن ${ltr(number)}…`,
  unblockedLabel: (number: string) => `رُفع الحظر عن ${ltr(number)}`,
  unblockTitle: 'رفع الحظر عن هذا الرقم؟',
  unblockMessage: (number: string) => `رفع الحظر عن ${ltr(number)}؟ ستصل مكالماته مجددًا.`,
  unblockConfirm: 'رفع الحظر',
  numberUnblocked: (number: string) => `لم يعد ${ltr(number)} محظورًا.`,
  notOnList: (number: string) => `لم يعد ${ltr(number)} في قائمة الحظر.`,
  unblockFailed: (number: string) => `لا يزال ${ltr(number)} محظورًا:`,
  blockLegend: 'حظر رقم',
  numberToBlock: 'الرقم المراد حظره',
  numberHint: `رقم دولي يبدأ بعلامة + ورمز الدولة (مثل ${ltr('+971 50 123 4567')})، أو تحويلة من 2 إلى 6 أرقام.`,
  reason: 'السبب (اختياري)',
  defaultReason: 'حظره المسؤول',
  block: 'حظر',
  blocking: 'جارٍ الحظر…',
  numberBlocked: (number: string) => `تم حظر ${ltr(number)}.`,
  alreadyBlocked: (number: string) => `${ltr(number)} موجود في قائمة الحظر بالفعل.`,
  blockFailed: (number: string) => `لم يتم حظر ${ltr(number)}:`,
  errorEmpty: 'أدخل الرقم المراد حظره.',
  errorCharacters: 'استخدم الأرقام فقط، مع علامة + واحدة في البداية، والمسافات والشرطات والنقاط والأقواس.',
  errorCountryCode: 'لا يبدأ رمز الدولة بالصفر أبدًا: تحقّق من الأرقام بعد علامة +.',
  errorLength: 'يتكوّن الرقم الدولي من 8 إلى 15 رقمًا بعد علامة +.',
  errorExtension: 'أدخل رقمًا دوليًا يبدأ بعلامة + ورمز الدولة، أو تحويلة من 2 إلى 6 أرقام.',
};
export default ar;
