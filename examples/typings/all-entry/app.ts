/**
 * Compile-only: an app that registers everything with `pbx-account-widgets/all` gets the tags
 * typed, as one that imports an element's own entry does (`npm run build:examples`).
 */
import 'pbx-account-widgets/all';
import { createDemoProvider } from 'pbx-account-widgets/demo';

const settings = document.querySelector('account-settings')!;
settings.provider = createDemoProvider();
settings.addEventListener('section-change', (e) => e.detail.section.toUpperCase());
// @ts-expect-error — not a section id
settings.section = 'billing';
export const menu: string | undefined = document.createElement('account-menu').accountName;
