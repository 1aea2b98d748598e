import { defineElement } from '../../core/define.js';
import { UserPanel } from './user-panel.js';

export { UserPanel };
defineElement('user-panel', UserPanel);

declare global {
  interface HTMLElementTagNameMap {
    'user-panel': UserPanel;
  }
}
