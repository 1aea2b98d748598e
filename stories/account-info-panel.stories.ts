import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-info-panel/define.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  seed?: number;
  noContacts?: boolean;
}

function provider({ scenario, seed, noContacts }: Args) {
  const p = providerFor(scenario, seed ? { seed } : {});
  if (p && noContacts) {
    const original = p.getAccount.bind(p);
    p.getAccount = async (o) => ({ ...(await original(o)), contacts: [] });
  }
  return p;
}

const meta: Meta<Args> = {
  title: 'Sections/Account',
  component: 'account-info-panel',
  args: { scenario: 'loaded' },
  argTypes: { scenario: scenarioArgType },
  render: (args) => html`<account-info-panel .provider=${provider(args)}></account-info-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};
export const AnotherAccount: Story = { args: { seed: 7 } };
export const NoContacts: Story = { args: { noContacts: true } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
