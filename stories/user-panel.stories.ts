import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/user-panel/define.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  locale?: string;
  minLength?: number;
  requireCurrentPassword?: boolean;
}

const meta: Meta<Args> = {
  title: 'Sections/User',
  component: 'user-panel',
  args: { scenario: 'loaded' },
  argTypes: { scenario: scenarioArgType },
  render: ({ scenario, locale, minLength, requireCurrentPassword }) => html`<user-panel
    .provider=${providerFor(scenario, minLength ? { policy: { minLength, requireCurrentPassword: requireCurrentPassword ?? true } } : {})}
    locale=${locale ?? 'en-US'}
  ></user-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
export const NoCurrentPasswordRequired: Story = { args: { minLength: 12, requireCurrentPassword: false } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
