import { nextFrame } from '@open-wc/testing';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';
import { until } from './patience.js';

/**
 * Waits until the shell's section shows its title with nothing still on its way (no loading
 * part, placeholder row or busy region: the call log's totals come apart from its rows), and the
 * page's fonts have loaded, then one frame.
 */
export async function sectionSettled(el: AccountSettings, section: string): Promise<void> {
  await until(() => {
    const root = el.sectionElement?.shadowRoot;
    return root && !root.querySelector('[part~="loading"], .placeholder, [aria-busy="true"]') && root.querySelector('[part="title"], h2');
  }, `${section} never settled`);
  await document.fonts.ready;
  await nextFrame();
}
