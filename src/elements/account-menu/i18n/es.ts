import { commonEs } from '../../../core/i18n/es.js';
import type { AccountMenuStrings } from '../account-menu.strings.js';

const es: AccountMenuStrings = { ...commonEs, fallbackName: 'Cuenta', account: 'Cuenta', menuLabel: 'Menú de la cuenta' };
export default es;
