import { defineElement } from '../../core/define.js';
import { AccountMenu } from './account-menu.js';

export { AccountMenu };
defineElement('account-menu', AccountMenu);

declare global {
  interface HTMLElementTagNameMap {
    'account-menu': AccountMenu;
  }
}
