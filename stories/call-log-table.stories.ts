import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/call-log-table/define.js';
import type { DemoProviderOptions } from '../src/providers/demo/index.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  from?: string;
  to?: string;
  order?: 'newest' | 'oldest';
  locale?: string;
  timeZone?: string;
  calls?: number;
  canBlock?: boolean;
  /** How the provider answers the totals: apart (`getCallTotals`, the default), slowly, failing, or on the first page. */
  totals?: 'apart' | 'calculating' | 'failed' | 'first-page';
}

function provider({ scenario, calls, canBlock, totals }: Args) {
  const options: DemoProviderOptions = {};
  if (calls !== undefined) options.size = { calls };
  options.features = { blockNumber: canBlock !== false, getCallTotals: totals !== 'first-page' };
  if (totals === 'calculating') options.latency = { getCallTotals: Infinity };
  if (totals === 'failed') options.failures = { getCallTotals: { code: 'unavailable', message: 'The rating service is not answering.' } };
  return providerFor(scenario, options);
}

const meta: Meta<Args> = {
  title: 'Sections/Per Minute',
  component: 'call-log-table',
  args: { scenario: 'loaded', from: '2026-11-01', to: '2026-11-27', order: 'newest', locale: 'en-US', timeZone: 'America/Chicago' },
  argTypes: {
    scenario: scenarioArgType,
    order: { control: 'inline-radio', options: ['newest', 'oldest'] },
    calls: { control: 'number', description: 'Calls the demo provider generates over 400 days.' },
    totals: { control: 'inline-radio', options: ['apart', 'calculating', 'failed', 'first-page'] },
  },
  render: (args) => html`<call-log-table
    .provider=${provider(args)}
    from=${args.from ?? ''}
    to=${args.to ?? ''}
    order=${args.order ?? 'newest'}
    locale=${args.locale ?? 'en-US'}
    time-zone=${args.timeZone ?? 'America/Chicago'}
  ></call-log-table>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};
export const OldestFirst: Story = { args: { order: 'oldest' } };
/** A year of a busy account: over a million calls in range, paged and rendered virtually. */
export const MillionCalls: Story = { args: { calls: 1_100_000, from: '2025-11-27', to: '2026-11-27' } };
export const Empty: Story = { args: { from: '2020-01-01', to: '2020-01-31' } };
/** The first of the month: the range has no data yet, and the empty state offers the month before in one click. */
export const FirstOfTheMonth: Story = { args: { from: '2026-12-01', to: '2026-12-01' } };
export const InvalidRange: Story = { args: { from: '2026-11-20', to: '2026-11-01' } };
export const RangeTooLong: Story = { args: { from: '2024-01-01', to: '2026-11-27' } };
export const WithoutBlocking: Story = { args: { canBlock: false } };
/** The rows are on screen while the provider's `getCallTotals` is still summing the range. */
export const TotalsCalculating: Story = { args: { totals: 'calculating' } };
/** `getCallTotals` failed: the rows stay, the totals line says why and offers Retry. */
export const TotalsFailed: Story = { args: { totals: 'failed' } };
/** A provider without `getCallTotals`: the first page carries the totals. */
export const TotalsOnFirstPage: Story = { args: { totals: 'first-page' } };
export const German: Story = { args: { locale: 'de-DE', timeZone: 'Europe/Berlin' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
/** No `time-zone` set and the user's could not be loaded: the times are in the browser's zone, and the section says so (with Retry). */
export const TimeZoneUnavailable: Story = { args: { scenario: 'zone-unavailable', timeZone: '' } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
