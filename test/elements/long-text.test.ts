import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/elements/account-info-panel/define.js';
import '../../src/elements/user-panel/define.js';
import type { AccountInfoPanel } from '../../src/elements/account-info-panel/account-info-panel.js';
import type { UserPanel } from '../../src/elements/user-panel/user-panel.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $$, waitForText } from '../support/dom.js';
import { clips, wrapping } from '../support/layout.js';

const EMAIL = 'lukas.martins@cedarridge.example';
const demo = () => createDemoProvider({ seed: 9, now: '2026-11-27T12:00:00Z' });

/** The `<dd>` after the `<dt>` that reads `label`. */
const valueOf = (host: Element, label: string) =>
  $$(host, 'dt').find((dt) => dt.textContent!.trim() === label)!.nextElementSibling as HTMLElement;

/**
 * At every width from 16em (where it must wrap) to 22em (each piece between separators fits),
 * the value wraps only after a space, a hyphen, `@`, `.` or `/`, and stays in its box.
 */
async function expectBrokenAtSeparators(host: HTMLElement, label: string, text: string) {
  for (let em = 16; em <= 22; em++) {
    host.style.width = `${em}em`;
    await nextFrame();
    const dd = valueOf(host, label);
    expect(dd.textContent).to.equal(text);
    const { lines, brokenWords } = wrapping(dd);
    if (em === 16) expect(lines, `wraps at ${em}em`).to.be.greaterThan(1);
    expect(brokenWords, `a word was split at ${em}em`).to.deep.equal([]);
    expect(clips(dd), `spills out of its box at ${em}em`).to.equal(false);
  }
}

describe('long e-mails and names', () => {
  it('break at @ and . in a narrow account contact card, never mid-word', async () => {
    const provider = demo();
    provider.getAccount = async () => ({
      id: 'a',
      name: 'Cedar Ridge Communications Holdings',
      realm: 'cedarridge-communications.example',
      contacts: [{ role: 'billing', name: 'Lukas Martins Oliveira', email: EMAIL, phone: '+13035550133' }],
    });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel style="display:block" .provider=${provider}></account-info-panel>`);
    await waitForText(el, 'billing');
    await expectBrokenAtSeparators(el, 'Email', EMAIL);
  });

  it('a time zone breaks after its slashes, never mid-word', async () => {
    const provider = demo();
    const account = await provider.getAccount();
    provider.getAccount = async () => ({ ...account, timezone: 'America/Argentina/Buenos_Aires' });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel style="display:block" .provider=${provider}></account-info-panel>`);
    await waitForText(el, 'Buenos_Aires');
    await expectBrokenAtSeparators(el, 'Time zone', 'America/Argentina/Buenos_Aires');
  });

  it('break at @ and . in the user panel', async () => {
    const provider = demo();
    provider.getCurrentUser = async () => ({
      id: 'u',
      username: 'lukas.martins-oliveira.admin',
      firstName: 'Lukas',
      lastName: 'Martins',
      email: EMAIL,
    });
    const el = await fixture<UserPanel>(html`<user-panel style="display:block" .provider=${provider}></user-panel>`);
    await waitForText(el, 'Lukas Martins');
    await expectBrokenAtSeparators(el, 'Email', EMAIL);
  });
});
