import { defineElement } from '../../core/define.js';
import { AccountInfoPanel } from './account-info-panel.js';

export { AccountInfoPanel };
defineElement('account-info-panel', AccountInfoPanel);

declare global {
  interface HTMLElementTagNameMap {
    'account-info-panel': AccountInfoPanel;
  }
}
