import { commonAr } from '../../../core/i18n/ar.js';
import type { AccountMenuStrings } from '../account-menu.strings.js';

const ar: AccountMenuStrings = { ...commonAr, fallbackName: 'الحساب', account: 'الحساب', menuLabel: 'قائمة الحساب' };
export default ar;
