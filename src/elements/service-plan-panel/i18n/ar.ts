import { commonAr } from '../../../core/i18n/ar.js';
import { plural } from '../../../core/i18n/plural.js';
import type { ServicePlanPanelStrings } from '../service-plan-panel.strings.js';

/** "n users" after a verbal noun (genitive: شراء / إزالة), by the Arabic plural rules. */
const users = (n: number, count: string) =>
  plural(n, 'ar', {
    zero: `${count} مستخدم`,
    one: 'مستخدم واحد',
    two: 'مستخدمَين',
    few: `${count} مستخدمين`,
    many: `${count} مستخدمًا`,
    other: `${count} مستخدم`,
  });

const ar: ServicePlanPanelStrings = {
  ...commonAr,
  title: 'خطة الخدمة',
  planName: 'الخطة',
  availableCredit: 'الرصيد المتاح',
  charges: 'الرسوم الشهرية',
  item: 'البند',
  quantity: 'الكمية',
  unitPrice: 'سعر الوحدة',
  monthlyCharge: 'المبلغ الشهري',
  users: 'المستخدمون',
  dids: 'أرقام DID (أرقام الهاتف)',
  inUse: (inUse: string) => `${inUse} قيد الاستخدام`,
  monthlyTotal: 'الإجمالي الشهري',

  buyTitle: 'شراء مستخدمين',
  usersToBuy: 'عدد المستخدمين المراد شراؤهم',
  buy: 'شراء',
  buying: 'جارٍ الشراء…',
  quantityHint: (max: string) => `عدد صحيح من 1 إلى ${max}.`,
  calculating: 'جارٍ الحساب…',
  cost: 'التكلفة',
  costBreakdown: (count: string, unitPrice: string) => `${count} × ${unitPrice}`,
  creditAfter: 'الرصيد بعد الشراء',
  quoteMonthly: (monthly: string, now: string) => `زيادة شهرية قدرها ${monthly} ورسوم فورية قدرها ${now}`,
  notEnoughCredit: (cost: string, credit: string) => `الرصيد غير كافٍ: تبلغ تكلفة هذا الشراء ${cost} والرصيد المتاح ${credit}.`,
  shortOfCredit: (cost: string, credit: string) => `تبلغ تكلفة هذا الشراء ${cost} والرصيد المتاح ${credit}.`,
  quoteFailed: 'تعذّر حساب السعر.',
  quoteRetry: 'سيُطلب السعر مجددًا عند الضغط على «شراء».',
  confirmBuyTitle: 'شراء مستخدمين؟',
  confirmBuyMessage: (n: number, count: string, cost: string) => `هل تريد شراء ${users(n, count)} مقابل ${cost}؟ ستُخصم التكلفة من رصيدك.`,
  confirmBuyMessageBilled: (n: number, count: string, cost: string) => `هل تريد شراء ${users(n, count)} مقابل ${cost}؟`,
  bought: (n: number, count: string, cost: string, total: string) =>
    `تم شراء ${users(n, count)} مقابل ${cost}. عدد المستخدمين في الخطة: ${total}.`,
  boughtUsers: (n: number, count: string, total: string) => `تم شراء ${users(n, count)}. عدد المستخدمين في الخطة: ${total}.`,
  buyFailed: 'لم يتم شراء أي مستخدم.',
  buyUnknown: (n: number, count: string) => `تعذّر التأكد من شراء ${users(n, count)}، جارٍ التحقق…`,
  buyUnknownStill: (n: number, count: string, total: string) =>
    `تعذّر التأكد من شراء ${users(n, count)}.${total ? ` عدد المستخدمين في الخطة الآن: ${total}.` : ''} راجع الخطة قبل الشراء مجددًا.`,
  buyNotDone: (total: string) => `ما زالت الخطة تعرض ${total} مستخدمين.`,
  buyNotConfirmed: 'لم يتم تأكيد الشراء.',
  buyRetrySame: (n: number, count: string) => `لإعادة المحاولة، اشترِ ${users(n, count)} مجددًا: يُرسَل الطلب نفسه وليس طلبًا جديدًا.`,
  boughtSeen: (count: string, total: string) => `تعرض الخطة الآن ${total} مستخدمين، بزيادة ${count} عمّا كانت عليه قبل الشراء.`,
  insufficientCredit: 'الرصيد غير كافٍ.',

  removeTitle: 'إزالة مستخدمين',
  usersToRemove: 'عدد المستخدمين المراد إزالتهم',
  remove: 'إزالة',
  removing: 'جارٍ الإزالة…',
  removeHint: (removable: string) => `يمكنك إزالة ${removable} كحد أقصى.`,
  removeHintInUse: (removable: string, inUse: string) => `قيد الاستخدام: ${inUse}. يمكنك إزالة ${removable} كحد أقصى.`,
  confirmRemoveTitle: 'إزالة مستخدمين؟',
  confirmRemoveMessage: (n: number, count: string, remaining: string) =>
    `هل تريد إزالة ${users(n, count)}؟ عدد المستخدمين في الخطة بعد ذلك: ${remaining}.`,
  removed: (n: number, count: string, total: string) => `تمت إزالة ${users(n, count)}. عدد المستخدمين في الخطة: ${total}.`,
  removeFailed: 'لم تتم إزالة أي مستخدم.',
  removeUnknown: (n: number, count: string) => `تعذّر التأكد من إزالة ${users(n, count)}، جارٍ التحقق…`,
  removeUnknownStill: (n: number, count: string, total: string) =>
    `تعذّر التأكد من إزالة ${users(n, count)}.${total ? ` عدد المستخدمين في الخطة الآن: ${total}.` : ''} راجع الخطة قبل الإزالة مجددًا.`,
  removeNotDone: (total: string) => `ما زالت الخطة تعرض ${total} مستخدمين.`,
  removeNotConfirmed: 'لم يتم تأكيد الإزالة.',
  removeRetrySame: (n: number, count: string) => `لإعادة المحاولة، أزِل ${users(n, count)} مجددًا: يُرسَل الطلب نفسه وليس طلبًا جديدًا.`,
  removedSeen: (count: string, total: string) => `تعرض الخطة الآن ${total} مستخدمين، بنقصان ${count} عمّا كانت عليه قبل الإزالة.`,

  errorRequired: 'أدخل عدد المستخدمين.',
  errorNotWhole: 'أدخل عددًا صحيحًا باستخدام الأرقام 0–9 فقط، مثل 3.',
  errorRange: (max: string) => `أدخل عددًا من 1 إلى ${max}.`,
  errorMoreThanPlan: (quantity: string) => `عدد المستخدمين في الخطة: ${quantity}. لا يمكنك إزالة أكثر من ذلك.`,
  errorBelowInUse: (inUse: string, removable: string) => `قيد الاستخدام: ${inUse}. يمكنك إزالة ${removable} كحد أقصى.`,
};
export default ar;
