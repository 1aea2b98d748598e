import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-settings/define.js';
import { createDemoProvider } from '../src/providers/demo/index.js';
import { KazooProvider } from '../src/providers/kazoo/index.js';
import { createKazooHandlers, KAZOO_MOCK_TOKEN } from '../mocks/kazoo/index.js';
import { NOW } from './support/scenarios.js';

/**
 * The whole `<account-settings>` shell on `KazooProvider`, talking to a mock Kazoo crossbar
 * server (msw, `parameters.msw.handlers`) that serves the demo data in Kazoo's shapes: Gregorian
 * seconds, float amounts, 31-day ranges, `start_key` paging, the 402 accept-charges dry run,
 * blacklists. Kazoo has no bills, so the Bills section is not offered.
 */
const kazoo = createKazooHandlers({ demo: createDemoProvider({ seed: 42, now: NOW, size: 'small' }), baseUrl: '/kazoo/v2' });

interface Args {
  section: string;
  /** The token the host hands the provider; anything but the mock's is refused with 401. */
  token: string;
  theme?: 'light' | 'dark' | '';
}

const meta: Meta<Args> = {
  title: 'Providers/Kazoo',
  component: 'account-settings',
  args: { section: 'user', token: KAZOO_MOCK_TOKEN },
  argTypes: {
    section: { control: 'select', options: ['user', 'account', 'service-plan', 'per-minute', 'transactions', 'media', 'block-list'] },
    token: { control: 'text', description: 'X-Auth-Token sent to the mock Kazoo (refreshed once after a 401).' },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  parameters: { msw: { handlers: kazoo.handlers } },
  render: ({ section, token, theme }) => html`<account-settings
    .provider=${new KazooProvider({
      baseUrl: kazoo.baseUrl,
      accountId: kazoo.accountId,
      userId: kazoo.userId,
      getAuthToken: () => token,
      now: () => Date.parse(NOW),
    })}
    section=${section}
    theme=${theme ?? ''}
  ></account-settings>`,
};
export default meta;

type Story = StoryObj<Args>;

export const UserSection: Story = {};
export const AccountSection: Story = { args: { section: 'account' } };
export const ServicePlanSection: Story = { args: { section: 'service-plan' } };
export const PerMinuteSection: Story = { args: { section: 'per-minute' } };
export const BlockListSection: Story = { args: { section: 'block-list' } };
/** The host's token has expired and no fresh one comes: every section says why, with Retry. */
export const ExpiredToken: Story = { args: { token: 'expired-token' } };
