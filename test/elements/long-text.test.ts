import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/account-info-panel/define.js';
import '../../src/elements/user-panel/define.js';
import type { AccountInfoPanel } from '../../src/elements/account-info-panel/account-info-panel.js';
import type { UserPanel } from '../../src/elements/user-panel/user-panel.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $$, waitForText } from '../support/dom.js';
import { clips, wrapping } from '../support/layout.js';

const EMAIL = 'lukas.martins-oliveira@cedarridge-communications.example';
const demo = () => createDemoProvider({ seed: 9, now: '2026-11-27T12:00:00Z' });

/** The `<dd>` after the `<dt>` that reads `label`. */
const valueOf = (host: Element, label: string) =>
  $$(host, 'dt').find((dt) => dt.textContent!.trim() === label)!.nextElementSibling as HTMLElement;

function expectBrokenAtSeparators(dd: HTMLElement, text: string) {
  expect(dd.textContent).to.equal(text);
  const { lines, brokenWords } = wrapping(dd);
  expect(lines, 'wraps').to.be.greaterThan(1);
  expect(brokenWords, 'a piece between @ and . was split').to.deep.equal([]);
  expect(clips(dd), 'spills out of its box').to.equal(false);
}

describe('long e-mails and names', () => {
  it('break at @ and . in a narrow account contact card, never mid-word', async () => {
    const provider = demo();
    provider.getAccount = async () => ({
      id: 'a', name: 'Cedar Ridge Communications Holdings', realm: 'cedarridge-communications.example',
      contacts: [{ role: 'billing', name: 'Lukas Martins Oliveira', email: EMAIL, phone: '+13035550133' }],
    });
    const el = await fixture<AccountInfoPanel>(html`<account-info-panel style="display:block;width:17em" .provider=${provider}></account-info-panel>`);
    await waitForText(el, 'billing');
    expectBrokenAtSeparators(valueOf(el, 'Email'), EMAIL);
    expectBrokenAtSeparators(valueOf(el, 'Account realm'), 'cedarridge-communications.example');
  });

  it('break at @ and . in the user panel', async () => {
    const provider = demo();
    provider.getCurrentUser = async () => ({ id: 'u', username: 'lukas.martins-oliveira.admin', firstName: 'Lukas', lastName: 'Martins', email: EMAIL });
    const el = await fixture<UserPanel>(html`<user-panel style="display:block;width:15em" .provider=${provider}></user-panel>`);
    await waitForText(el, 'Lukas Martins');
    expectBrokenAtSeparators(valueOf(el, 'Email'), EMAIL);
  });
});
