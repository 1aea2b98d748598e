import '../user-panel/define.js';
import '../account-info-panel/define.js';
import '../service-plan-panel/define.js';
import '../call-log-table/define.js';
import '../transaction-table/define.js';
import '../bill-table/define.js';
import '../media-library/define.js';
import '../block-list/define.js';
import { defineElement } from '../../core/define.js';
import { AccountSettings } from './account-settings.js';

export { AccountSettings };
defineElement('account-settings', AccountSettings);

declare global {
  interface HTMLElementTagNameMap {
    'account-settings': AccountSettings;
  }
}
