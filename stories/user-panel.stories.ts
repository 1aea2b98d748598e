import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/user-panel/define.js';
import { actWhenReady, losingAnswers, providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  locale?: string;
  minLength?: number;
  requireCurrentPassword?: boolean;
  /** Saves a new password whose answer is lost (changed, then the connection drops): the unknown outcome. */
  lostChange?: boolean;
}

/** Opens Change password, fills it in (the demo's current password) and saves, once. */
function saveOnce() {
  const fill = (root: ShadowRoot, id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  const submit = actWhenReady(
    (root) => root.querySelector<HTMLFormElement>('form'),
    (form, host) => {
      fill(host.shadowRoot!, 'currentPassword', 'demo-password');
      fill(host.shadowRoot!, 'newPassword', 'a-long-new-secret');
      fill(host.shadowRoot!, 'confirmPassword', 'a-long-new-secret');
      form.requestSubmit();
    },
  );
  const open = actWhenReady(
    (root) => root.querySelector<HTMLButtonElement>('.change-password'),
    (button) => button.click(),
  );
  return [open, submit] as const;
}

const meta: Meta<Args> = {
  title: 'Sections/User',
  component: 'user-panel',
  args: { scenario: 'loaded' },
  argTypes: { scenario: scenarioArgType },
  render: ({ scenario, locale, minLength, requireCurrentPassword, lostChange }) => {
    const provider = providerFor(
      scenario,
      minLength ? { policy: { minLength, requireCurrentPassword: requireCurrentPassword ?? true } } : {},
    );
    if (!lostChange) return html`<user-panel .provider=${provider} locale=${locale ?? 'en-US'}></user-panel>`;
    const [open, submit] = saveOnce();
    return html`<user-panel .provider=${losingAnswers(provider, 'changePassword')} locale=${locale ?? 'en-US'} ${open} ${submit}></user-panel>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
/** A password change whose answer was lost: said as unconfirmed (not as "not changed"); Save again is safe. */
export const ChangeUnconfirmed: Story = { args: { lostChange: true } };
export const NoCurrentPasswordRequired: Story = { args: { minLength: 12, requireCurrentPassword: false } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
