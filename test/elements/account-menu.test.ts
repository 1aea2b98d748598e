import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/account-menu/define.js';
import type { AccountMenu } from '../../src/elements/account-menu/account-menu.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $, textOf, waitForText } from '../support/dom.js';
import { spyOn } from '../support/spy.js';

const demo = (options = {}) => createDemoProvider({ seed: 2, now: '2026-11-27T12:00:00Z', ...options });
const trigger = (el: AccountMenu) => $<HTMLButtonElement>(el, 'button[aria-haspopup]')!;
const focused = (el: AccountMenu) => el.shadowRoot!.activeElement ?? document.activeElement;

describe('<account-menu>', () => {
  it("shows the account's name from the provider as a menu button", async () => {
    const provider = demo();
    const { name } = await provider.getAccount();
    const el = await fixture<AccountMenu>(html`<account-menu .provider=${provider}></account-menu>`);
    await until(() => trigger(el).textContent?.includes(name));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('uses account-name without asking the provider', async () => {
    const spy = spyOn(demo());
    const el = await fixture<AccountMenu>(html`<account-menu account-name="Globex Corp" .provider=${spy.provider}></account-menu>`);
    expect(trigger(el).textContent).to.include('Globex Corp');
    await el.updateComplete;
    expect(spy.count('getAccount')).to.equal(0);
  });

  it('opens on click; choosing Account fires account-menu-select and closes', async () => {
    const el = await fixture<AccountMenu>(html`<account-menu account-name="Globex"></account-menu>`);
    trigger(el).click();
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    const item = $<HTMLElement>(el, '[role="menuitem"]')!;
    expect(item.textContent?.trim()).to.equal('Account');
    setTimeout(() => item.click());
    const { detail } = await oneEvent(el, 'account-menu-select');
    expect(detail).to.deep.equal({ item: 'account' });
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('follows the menu button keyboard pattern, with slotted host items', async () => {
    const el = await fixture<AccountMenu>(html`<account-menu account-name="Globex">
      <a href="#billing" data-item="billing">Billing portal</a>
      <button type="button" value="sign-out">Sign out</button>
    </account-menu>`);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focused(el)?.textContent?.trim() === 'Account');
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement?.textContent?.trim()).to.equal('Billing portal');
    await sendKeys({ press: 'End' });
    expect(document.activeElement?.textContent?.trim()).to.equal('Sign out');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.textContent?.trim()).to.equal('Account');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));

    await sendKeys({ press: 'ArrowUp' });
    await until(() => document.activeElement?.textContent?.trim() === 'Sign out');
    const selected = oneEvent(el, 'account-menu-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ item: 'sign-out' });
  });

  it('closes when the user clicks elsewhere', async () => {
    const el = await fixture<AccountMenu>(html`<account-menu account-name="Globex"></account-menu>`);
    trigger(el).click();
    await el.updateComplete;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('themes its dropdown apart from the header: tokens on ::part(menu) reach the items', async () => {
    // A dark header sets the text token to white for what sits in it; the dropdown is a white
    // surface of its own, so the page sets the tokens again on the part. Before, the dropdown kept
    // the header's white and its items were white on white.
    const page = await fixture<HTMLElement>(html`<div style="--paw-color-text: rgb(255, 255, 255); color: rgb(255, 255, 255)">
      <style>
        .themed-menu::part(menu) {
          --paw-color-text: rgb(10, 20, 30);
          --paw-color-surface: rgb(250, 240, 230);
        }
      </style>
      <account-menu class="themed-menu" account-name="Globex"><a href="#billing" data-item="billing">Billing</a></account-menu>
    </div>`);
    const el = page.querySelector<AccountMenu>('account-menu')!;
    trigger(el).click();
    await el.updateComplete;
    const popup = $<HTMLElement>(el, '[part="menu"]')!;
    expect(getComputedStyle(popup).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle($<HTMLElement>(el, '[part="item"]')!).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(el.querySelector('a')!).color).to.equal('rgb(10, 20, 30)');
    // The button keeps the header's colour.
    expect(getComputedStyle(trigger(el)).color).to.equal('rgb(255, 255, 255)');
  });

  it("keeps the page's items inside the dropdown, and the dropdown on screen at the page's start edge", async () => {
    // The fixture puts the menu at the page's left edge: lined up with the button's end edge, the
    // dropdown (wider than the button) would start off screen; it lines up with the start edge.
    const el = await fixture<AccountMenu>(
      html`<account-menu account-name="Globex"><a href="#billing" data-item="billing">Billing</a></account-menu>`,
    );
    trigger(el).click();
    await el.updateComplete;
    const popup = $<HTMLElement>(el, '[part="menu"]')!.getBoundingClientRect();
    expect(popup.left).to.be.at.least(0);
    expect(popup.width).to.be.greaterThan(el.getBoundingClientRect().width);
    for (const item of [$<HTMLElement>(el, '[part="item"]')!, el.querySelector('a')!]) {
      const box = item.getBoundingClientRect();
      expect(box.left, item.textContent!).to.be.at.least(popup.left);
      expect(box.right, item.textContent!).to.be.at.most(popup.right);
    }
  });

  it('opens toward the room there is in a right-to-left page too', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl" style="text-align: start">
      <account-menu account-name="Globex"></account-menu>
    </div>`);
    const el = page.querySelector<AccountMenu>('account-menu')!;
    trigger(el).click();
    await el.updateComplete;
    const popup = $<HTMLElement>(el, '[part="menu"]')!.getBoundingClientRect();
    expect(popup.right).to.be.at.most(document.documentElement.clientWidth);
    expect(popup.left).to.be.at.least(0);
  });

  it('places an open dropdown again when the window changes size', async () => {
    await setViewport({ width: 1000, height: 600 });
    try {
      const page = await fixture<HTMLElement>(html`<div style="position: relative; inline-size: 100%">
        <account-menu account-name="Globex" style="position: absolute; inset-inline-start: 20%"></account-menu>
      </div>`);
      const el = page.querySelector<AccountMenu>('account-menu')!;
      trigger(el).click();
      await el.updateComplete;
      const menu = $<HTMLElement>(el, '[part="menu"]')!;
      // Room at 1,000 px: lined up with the button's end edge.
      expect(Math.abs(menu.getBoundingClientRect().right - trigger(el).getBoundingClientRect().right)).to.be.below(1);
      // At 320 px the button is near the start edge: an end-aligned dropdown would start off screen.
      await setViewport({ width: 320, height: 600 });
      await until(() => menu.getBoundingClientRect().left >= 0, `off screen after the resize: ${menu.getBoundingClientRect().left}`);
      expect(menu.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows its whole dropdown over a header that clips its content and over what the page stacks above it', async () => {
    // A portal's header: one line high, overflow hidden, under the page's content in the stacking order.
    const page = await fixture<HTMLElement>(html`<div>
      <header style="display: flex; justify-content: flex-end; block-size: 2.5em; overflow: hidden; position: relative; z-index: 0">
        <account-menu account-name="Globex"><a href="#billing" data-item="billing">Billing</a></account-menu>
      </header>
      <main style="position: relative; z-index: 1; block-size: 20em; background: rgb(255, 255, 255)">The portal's page</main>
    </div>`);
    const el = page.querySelector<AccountMenu>('account-menu')!;
    trigger(el).click();
    await el.updateComplete;
    const menu = $<HTMLElement>(el, '[part="menu"]')!;
    const button = trigger(el).getBoundingClientRect();
    expect(menu.getBoundingClientRect().top, 'under the button').to.be.closeTo(button.bottom + 4, 2);
    for (const item of [$<HTMLElement>(el, '[part="item"]')!, el.querySelector('a')!]) {
      const box = item.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // What a click at the item's centre reaches: the item itself, not the header's clip or the page.
      const hit = item.getRootNode() === el.shadowRoot ? el.shadowRoot!.elementFromPoint(x, y) : document.elementFromPoint(x, y);
      expect(hit, `${item.textContent!.trim()} at ${Math.round(x)},${Math.round(y)}`).to.equal(item);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps an open dropdown under its button when the page scrolls', async () => {
    const page = await fixture<HTMLElement>(html`<div style="block-size: 12em; overflow: auto">
      <div style="block-size: 3em"></div>
      <account-menu account-name="Globex"></account-menu>
      <div style="block-size: 40em"></div>
    </div>`);
    const el = page.querySelector<AccountMenu>('account-menu')!;
    trigger(el).click();
    await el.updateComplete;
    const menu = $<HTMLElement>(el, '[part="menu"]')!;
    const gap = () => menu.getBoundingClientRect().top - trigger(el).getBoundingClientRect().bottom;
    expect(gap()).to.be.closeTo(4, 2);
    page.scrollTop = 30;
    await until(() => Math.abs(gap() - 4) <= 2, `the dropdown stayed behind: ${gap()} px from the button`);
  });

  it('tells in the menu when there is no provider, and when loading failed (with Retry)', async () => {
    const none = await fixture<AccountMenu>(html`<account-menu></account-menu>`);
    trigger(none).click();
    await none.updateComplete;
    expect(textOf(none)).to.include('No data provider configured.');
    await expect(none).to.be.accessible();

    const provider = demo({ failures: { getAccount: { code: 'unavailable', message: 'Backend asleep', times: 1 } } });
    const el = await fixture<AccountMenu>(html`<account-menu .provider=${provider}></account-menu>`);
    trigger(el).click();
    await waitForText(el, 'Backend asleep');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    const { name } = await provider.getAccount();
    await until(() => trigger(el).textContent?.includes(name));
  });
});
