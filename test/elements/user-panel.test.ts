import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/patience.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/user-panel/define.js';
import type { UserPanel } from '../../src/elements/user-panel/user-panel.js';
import { ProviderError } from '../../src/core/errors.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { $, $$, button, textOf, type, waitFor, waitForText } from '../support/dom.js';
import { deferred, spyOn } from '../support/spy.js';
import { pinClock } from '../support/clock.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const demo = (options = {}) => createDemoProvider({ seed: 5, now: NOW, ...options });

async function mount(provider = demo()) {
  const el = await fixture<UserPanel>(html`<user-panel .provider=${provider}></user-panel>`);
  const user = await provider.getCurrentUser();
  await waitForText(el, user.username);
  return { el, user };
}

async function openForm(el: UserPanel) {
  button(el, 'Change password')!.click();
  return waitFor<HTMLFormElement>(el, 'form');
}

function fill(el: UserPanel, values: { current?: string; next?: string; confirm?: string }) {
  if (values.current !== undefined) type($<HTMLInputElement>(el, '#currentPassword')!, values.current);
  if (values.next !== undefined) type($<HTMLInputElement>(el, '#newPassword')!, values.next);
  if (values.confirm !== undefined) type($<HTMLInputElement>(el, '#confirmPassword')!, values.confirm);
}

const save = (el: UserPanel) => button(el, 'Save')!.click();
const fieldError = (el: UserPanel, field: string) => $(el, `#${field}-error`)?.textContent?.trim();

describe('<user-panel>', () => {
  it('shows the user name, full name and email', async () => {
    const { el, user } = await mount();
    expect(textOf(el)).to.include(user.username);
    if (user.firstName) expect(textOf(el)).to.include(user.firstName);
    if (user.email) expect(textOf(el)).to.include(user.email);
    await expect(el).to.be.accessible();
  });

  it('shows loading with aria-busy, then the data', async () => {
    const el = await fixture<UserPanel>(html`<user-panel .provider=${demo({ latency: 200 })}></user-panel>`);
    expect($(el, '[part="loading"]')).to.exist;
    expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitFor(el, '[part="details"]');
    expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('says clearly when there is no provider', async () => {
    const el = await fixture<UserPanel>(html`<user-panel></user-panel>`);
    expect(textOf(el)).to.include('No data provider configured.');
    await expect(el).to.be.accessible();
  });

  it('shows the provider message and a working Retry after a failure', async () => {
    const provider = demo({ failures: { getCurrentUser: { code: 'unavailable', message: 'Service down for maintenance', times: 1 } } });
    const el = await fixture<UserPanel>(html`<user-panel .provider=${provider}></user-panel>`);
    await waitForText(el, 'Service down for maintenance');
    expect($(el, '[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    button(el, 'Retry')!.click();
    await waitFor(el, '[part="details"]');
    expect(textOf(el)).not.to.include('Service down');
  });

  it('fires provider-error with the operation', async () => {
    const provider = demo({ failures: { getCurrentUser: { code: 'forbidden', message: 'No access', times: 1 } } });
    const el = document.createElement('user-panel');
    const event = oneEvent(el, 'provider-error');
    el.provider = provider;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.operation).to.equal('getCurrentUser');
    expect(detail.error.code).to.equal('forbidden');
    el.remove();
  });

  it('renders server strings as text, never as HTML', async () => {
    const provider = demo();
    provider.getCurrentUser = async () => ({ id: 'u', username: '<img src=x onerror="window.__pwned=1">', firstName: '<b>Bold</b>' });
    const el = await fixture<UserPanel>(html`<user-panel .provider=${provider}></user-panel>`);
    await waitForText(el, '<img src=x');
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('aborts the load when removed from the page', async () => {
    const provider = demo({ latency: Infinity });
    const spy = spyOn(provider);
    const el = await fixture<UserPanel>(html`<user-panel .provider=${spy.provider}></user-panel>`);
    await until(() => spy.count('getCurrentUser') === 1);
    const signal = (spy.argsOf('getCurrentUser')[0]![0] as { signal: AbortSignal }).signal;
    expect(signal.aborted).to.equal(false);
    el.remove();
    expect(signal.aborted).to.equal(true);
  });

  describe('change password', () => {
    it('opens a labelled form with the fields the policy asks for, focused', async () => {
      const { el } = await mount();
      await openForm(el);
      const labels = $$(el, 'label').map((l) => l.textContent?.trim());
      expect(labels).to.deep.equal(['Current password', 'New password', 'Confirm password']);
      expect(el.shadowRoot!.activeElement?.id).to.equal('currentPassword');
      await expect(el).to.be.accessible();
    });

    it("tells the browser's password manager whose password changes, and which field is which", async () => {
      const provider = demo();
      const { el } = await mount(provider);
      await openForm(el);
      // Password managers offer to update the saved password of the username in the same form.
      const username = $<HTMLInputElement>(el, 'form input[autocomplete="username"]')!;
      expect(username.value).to.equal((await provider.getCurrentUser()).username);
      expect(username.hidden && username.readOnly && username.tabIndex === -1).to.equal(true);
      expect($$<HTMLInputElement>(el, 'input[type="password"]').map((i) => i.autocomplete)).to.deep.equal([
        'current-password',
        'new-password',
        'new-password',
      ]);
      // After Cancel and opening again, the username is still there (a form reset keeps it).
      button(el, 'Cancel')!.click();
      await until(() => button(el, 'Change password'));
      await openForm(el);
      expect($<HTMLInputElement>(el, 'form input[autocomplete="username"]')!.value).to.equal(username.value);
    });

    it('omits Current password when the policy does not require it', async () => {
      const { el } = await mount(demo({ policy: { minLength: 10, requireCurrentPassword: false } }));
      await openForm(el);
      expect($(el, '#currentPassword')).to.equal(null);
      expect(textOf(el)).to.include('At least 10 characters.');
    });

    it('refuses a mismatch before calling the provider', async () => {
      const spy = spyOn(demo());
      const { el } = await mount(spy.provider);
      await openForm(el);
      fill(el, { current: 'demo-password', next: 'a-long-new-secret', confirm: 'a-long-new-secreT' });
      save(el);
      await until(() => fieldError(el, 'confirmPassword'));
      expect(fieldError(el, 'confirmPassword')).to.equal('The passwords do not match.');
      expect($(el, '#confirmPassword')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#confirmPassword')!.getAttribute('aria-describedby')).to.include('confirmPassword-error');
      expect($(el, '#confirmPassword-error')!.getAttribute('role')).to.equal('alert');
      expect(spy.count('changePassword')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('refuses a password shorter than the policy before calling the provider', async () => {
      const spy = spyOn(demo({ policy: { minLength: 12, requireCurrentPassword: true } }));
      const { el } = await mount(spy.provider);
      await openForm(el);
      fill(el, { current: 'demo-password', next: 'short', confirm: 'short' });
      save(el);
      await until(() => fieldError(el, 'newPassword'));
      expect(fieldError(el, 'newPassword')).to.equal('Use at least 12 characters.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('newPassword');
      expect(spy.count('changePassword')).to.equal(0);
    });

    it('requires the current password when the policy does', async () => {
      const spy = spyOn(demo());
      const { el } = await mount(spy.provider);
      await openForm(el);
      fill(el, { next: 'a-long-new-secret', confirm: 'a-long-new-secret' });
      save(el);
      await until(() => fieldError(el, 'currentPassword'));
      expect(fieldError(el, 'currentPassword')).to.equal('Enter your current password.');
      expect(spy.count('changePassword')).to.equal(0);
    });

    it("puts the provider's validation error on its field and keeps what was typed", async () => {
      const { el } = await mount();
      await openForm(el);
      fill(el, { current: 'not-my-password', next: 'a-long-new-secret', confirm: 'a-long-new-secret' });
      save(el);
      await until(() => fieldError(el, 'currentPassword'), 'no field error');
      expect(fieldError(el, 'currentPassword')!.length).to.be.greaterThan(0);
      expect($<HTMLInputElement>(el, '#newPassword')!.value).to.equal('a-long-new-secret');
      expect(el.shadowRoot!.activeElement?.id).to.equal('currentPassword');
    });

    it('shows a failure that is not about a field above the form', async () => {
      const provider = demo();
      provider.failNext('changePassword', { code: 'unavailable', message: 'Try again in a minute' });
      const { el } = await mount(provider);
      await openForm(el);
      fill(el, { current: 'demo-password', next: 'a-long-new-secret', confirm: 'a-long-new-secret' });
      save(el);
      await waitForText(el, 'Try again in a minute');
      expect($(el, '[part~="form-error"]')!.getAttribute('role')).to.equal('alert');
      expect($<HTMLInputElement>(el, '#confirmPassword')!.value).to.equal('a-long-new-secret');
    });

    it('changes the password, clears the fields, confirms and fires password-changed', async () => {
      const spy = spyOn(demo());
      const { el } = await mount(spy.provider);
      await openForm(el);
      fill(el, { current: 'demo-password', next: 'a-long-new-secret', confirm: 'a-long-new-secret' });
      const changed = oneEvent(el, 'password-changed');
      save(el);
      const event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(spy.argsOf('changePassword')[0]![0]).to.deep.equal({ currentPassword: 'demo-password', newPassword: 'a-long-new-secret' });
      await waitForText(el, 'Your password has been changed.');
      expect($(el, 'form')).to.equal(null);
      expect($$<HTMLInputElement>(el, 'input[type="password"]')).to.have.length(0);
      expect(el.shadowRoot!.innerHTML).not.to.include('a-long-new-secret');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Change password');
      // The fields start empty next time.
      await openForm(el);
      expect($$<HTMLInputElement>(el, 'input[type="password"]').every((i) => i.value === '')).to.equal(true);
    });

    it('saves once however often Save is pressed while in flight', async () => {
      const provider = demo();
      const gateOpen = deferred<void>();
      const spy = spyOn(provider);
      const original = provider.changePassword.bind(provider);
      provider.changePassword = async (input, o) => {
        await gateOpen.promise;
        return original(input, o);
      };
      const { el } = await mount(spy.provider);
      await openForm(el);
      fill(el, { current: 'demo-password', next: 'a-long-new-secret', confirm: 'a-long-new-secret' });
      save(el);
      await el.updateComplete;
      expect(button(el, 'Saving…')!.disabled).to.equal(true);
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      gateOpen.resolve();
      await waitForText(el, 'Your password has been changed.');
      expect(spy.count('changePassword')).to.equal(1);
    });

    it('is keyboard operable: Enter submits, Cancel returns focus', async () => {
      const spy = spyOn(demo());
      const { el } = await mount(spy.provider);
      $<HTMLButtonElement>(el, '.change-password')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'form');
      await sendKeys({ type: 'demo-password' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'Enter' });
      await until(() => fieldError(el, 'newPassword'));
      expect(spy.count('changePassword')).to.equal(0);
      button(el, 'Cancel')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, 'form')).to.equal(null);
      await until(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Change password');
    });

    it('takes overridden strings', async () => {
      const provider = demo();
      const el = await fixture<UserPanel>(
        html`<user-panel .provider=${provider} .strings=${{ changePassword: 'Passwort ändern', title: 'Benutzer' }}></user-panel>`,
      );
      await waitFor(el, '[part="details"]');
      expect(button(el, 'Passwort ändern')).to.exist;
      expect(textOf(el)).to.include('Benutzer');
    });

    it('maps ProviderError field aliases from other backends', async () => {
      const provider = demo();
      provider.changePassword = async () => {
        throw new ProviderError('validation', 'Password reused', { field: 'password' });
      };
      const { el } = await mount(provider);
      await openForm(el);
      fill(el, { current: 'demo-password', next: 'a-long-new-secret', confirm: 'a-long-new-secret' });
      save(el);
      await until(() => fieldError(el, 'newPassword') === 'Password reused');
    });
  });
});
