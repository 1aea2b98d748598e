import { expect } from '@open-wc/testing';
import { accountMenuOpensSettings, exampleData, openExample, settingsShowing, type LoadedExample } from './support.js';

describe('examples/vue (Vue 3 single-file component, built with Vite)', () => {
  let page: LoadedExample;
  afterEach(() => page?.remove());

  it('opens the account settings from the account menu, then the Account tab shows the realm', async () => {
    page = await openExample('/examples/vue/dist/index.html');
    const settings = await accountMenuOpensSettings(page);
    settings.shadowRoot!.querySelector<HTMLButtonElement>('#tab-account')!.click();
    const account = await exampleData.getAccount();
    await settingsShowing(page, account.realm);
    expect(settings.getAttribute('section')).to.equal('account');
    expect(page.errors).to.deep.equal([]);
  });
});
