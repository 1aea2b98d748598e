import { defineElement } from '../../core/define.js';
import { ServicePlanPanel } from './service-plan-panel.js';

export { ServicePlanPanel };
defineElement('service-plan-panel', ServicePlanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'service-plan-panel': ServicePlanPanel;
  }
}
