import { html, nothing, type TemplateResult } from 'lit';
import type { SectionId } from '../../core/events.js';

type Panel = (exportparts: string, theme: 'light' | 'dark' | undefined) => TemplateResult;

/**
 * The section elements as markup, for server rendering (@lit-labs/ssr has no `document` to
 * create them with): one literal template per section, default tag names only.
 */
export const SERVER_PANELS: Record<SectionId, Panel> = {
  user: (parts, theme) => html`<user-panel exportparts=${parts} theme=${theme ?? nothing}></user-panel>`,
  account: (parts, theme) => html`<account-info-panel exportparts=${parts} theme=${theme ?? nothing}></account-info-panel>`,
  'service-plan': (parts, theme) => html`<service-plan-panel exportparts=${parts} theme=${theme ?? nothing}></service-plan-panel>`,
  'per-minute': (parts, theme) => html`<call-log-table exportparts=${parts} theme=${theme ?? nothing}></call-log-table>`,
  transactions: (parts, theme) => html`<transaction-table exportparts=${parts} theme=${theme ?? nothing}></transaction-table>`,
  bills: (parts, theme) => html`<bill-table exportparts=${parts} theme=${theme ?? nothing}></bill-table>`,
  media: (parts, theme) => html`<media-library exportparts=${parts} theme=${theme ?? nothing}></media-library>`,
  'block-list': (parts, theme) => html`<block-list exportparts=${parts} theme=${theme ?? nothing}></block-list>`,
};
