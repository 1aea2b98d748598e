import { commonDe } from '../../../core/i18n/de.js';
import type { AccountMenuStrings } from '../account-menu.strings.js';

const de: AccountMenuStrings = { ...commonDe, fallbackName: 'Konto', account: 'Konto', menuLabel: 'Kontomenü' };
export default de;
