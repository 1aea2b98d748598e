import { expect } from '@open-wc/testing';
import { accountMenuOpensSettings, chooseAccountInMenu, exampleData, openExample, settingsShowing, type LoadedExample } from './support.js';

describe('examples/react (pbx-account-widgets/react wrappers, built with Vite)', () => {
  let page: LoadedExample;
  afterEach(() => page?.remove());

  it('opens the account settings from the account menu and shows the user', async () => {
    page = await openExample('/examples/react/dist/index.html');
    await accountMenuOpensSettings(page);
    expect(page.document.querySelector('.portal-dashboard')).to.equal(null);
    expect(page.errors).to.deep.equal([]);
  });

  it('keeps the chosen section in React state (onSectionChange) across a remount', async () => {
    page = await openExample('/examples/react/dist/index.html');
    const first = await accountMenuOpensSettings(page);
    first.shadowRoot!.querySelector<HTMLButtonElement>('#tab-account')!.click();
    const { realm } = await exampleData.getAccount();
    await settingsShowing(page, realm);

    // Back to the dashboard (the element unmounts), then Account again: a new <account-settings>
    // opens on the section React kept, not on its default (user).
    page.document.querySelector<HTMLAnchorElement>('.portal-brand')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.document.querySelector('account-settings')).to.equal(null);
    await chooseAccountInMenu(page);
    const second = await settingsShowing(page, realm);
    expect(second).not.to.equal(first);
    expect(second.getAttribute('section')).to.equal('account');
    expect(page.errors).to.deep.equal([]);
  });
});
