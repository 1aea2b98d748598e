import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-settings/define.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  section?: string;
  sections?: string;
  locale?: string;
  timeZone?: string;
  theme?: 'light' | 'dark' | '';
}

const meta: Meta<Args> = {
  title: 'Pages/Account settings',
  component: 'account-settings',
  args: { scenario: 'loaded', section: 'user' },
  argTypes: {
    scenario: scenarioArgType,
    section: {
      control: 'select',
      options: ['user', 'account', 'service-plan', 'per-minute', 'transactions', 'bills', 'media', 'block-list'],
    },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: ({ scenario, section, sections, locale, timeZone, theme }) => html`<account-settings
    .provider=${providerFor(scenario)}
    section=${section ?? 'user'}
    sections=${sections ?? ''}
    locale=${locale ?? ''}
    time-zone=${timeZone ?? ''}
    theme=${theme ?? ''}
  ></account-settings>`,
};
export default meta;

type Story = StoryObj<Args>;

export const UserSection: Story = {};
export const AccountSection: Story = { args: { section: 'account' } };
export const OnlySomeSections: Story = { args: { sections: 'account', section: 'account' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
