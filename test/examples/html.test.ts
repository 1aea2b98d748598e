import { expect } from '@open-wc/testing';
import { accountMenuOpensSettings, openExample, type LoadedExample } from './support.js';

describe('examples/html (the bundle by a script tag)', () => {
  let page: LoadedExample;
  afterEach(() => page?.remove());

  it('opens the account settings from the account menu and shows the user', async () => {
    page = await openExample('/examples/html/index.html');
    const scripts = [...page.document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname);
    expect(scripts).to.include('/dist/pbx-account-widgets.bundle.js');
    await accountMenuOpensSettings(page);
    expect(page.document.querySelector<HTMLElement>('#dashboard')!.hidden).to.equal(true);
    expect(page.errors).to.deep.equal([]);
  });
});
