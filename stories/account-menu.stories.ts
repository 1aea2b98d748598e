import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-menu/define.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  accountName?: string;
  withHostItems?: boolean;
  /** The header sets `--paw-color-text` to white; the page themes the dropdown on `::part(menu)`. */
  themedHeader?: boolean;
  /** The menu at the header's start edge: the dropdown opens toward the room (its start edge). */
  atStart?: boolean;
}

const meta: Meta<Args> = {
  title: 'Portal/Account menu',
  component: 'account-menu',
  args: { scenario: 'loaded' },
  argTypes: { scenario: scenarioArgType },
  render: ({ scenario, accountName, withHostItems, themedHeader, atStart }) => html`${
    themedHeader
      ? html`<style>
      .themed-header account-menu::part(menu) {
        --paw-color-text: #1b1c1f;
        --paw-color-surface: #ffffff;
      }
    </style>`
      : ''
  }<div
    class=${themedHeader ? 'themed-header' : ''}
    style="display:flex;justify-content:${atStart ? 'flex-start' : 'flex-end'};padding:0.5em 1em;background:#0f2744;color:#fff;min-height:14em;align-items:flex-start;${themedHeader ? '--paw-color-text:#fff' : ''}"
  >
    <account-menu .provider=${providerFor(scenario)} account-name=${accountName ?? ''}>
      ${
        withHostItems
          ? html`<a href="#profile" data-item="profile">My profile</a><button type="button" value="sign-out">Sign out</button>`
          : ''
      }
    </account-menu>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const FromProvider: Story = {};
export const WithHostItems: Story = { args: { withHostItems: true } };
export const FixedName: Story = { args: { accountName: 'Globex Corporation', scenario: 'no-provider' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
export const ThemedDropdown: Story = { args: { withHostItems: true, themedHeader: true } };
export const AtHeaderStart: Story = { args: { withHostItems: true, atStart: true } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
