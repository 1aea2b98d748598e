import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/bill-table/define.js';
import type { DemoProviderOptions } from '../src/providers/demo/index.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  from?: string;
  to?: string;
  locale?: string;
  timeZone?: string;
  /** Monthly bills the demo account has (0: none yet). */
  bills?: number;
  /** Longest range the provider accepts, in days (the demo's default is 366). */
  maxRangeDays?: number;
  /** The demo data is generated up to the real clock (for the default range). */
  liveClock?: boolean;
  /** The provider offers no bill documents (`getBillDocument`). */
  noDocuments?: boolean;
  /** The provider has no bills at all (`listBills`). */
  noBills?: boolean;
}

function provider({ scenario, bills, maxRangeDays, liveClock, noDocuments, noBills }: Args) {
  const options: DemoProviderOptions = { seed: 42 };
  if (bills !== undefined) options.size = { bills };
  if (maxRangeDays !== undefined) options.limits = { maxRangeDays };
  if (liveClock) options.now = new Date();
  if (noDocuments || noBills) options.features = { getBillDocument: !noDocuments, listBills: !noBills };
  return providerFor(scenario, options);
}

const render = (args: Args) => html`<bill-table
  .provider=${provider(args)}
  from=${args.from ?? ''}
  to=${args.to ?? ''}
  locale=${args.locale ?? 'en-US'}
  time-zone=${args.timeZone ?? 'America/Chicago'}
></bill-table>`;

const meta: Meta<Args> = {
  title: 'Sections/Bills',
  component: 'bill-table',
  // The last three months of the demo's "today" (2026-11-27): the element's default range then.
  args: { scenario: 'loaded', from: '2026-08-28', to: '2026-11-27', locale: 'en-US', timeZone: 'America/Chicago' },
  argTypes: {
    scenario: scenarioArgType,
    bills: { control: 'number', description: 'Monthly bills the demo account has.' },
    maxRangeDays: { control: 'number', description: 'Longest range the provider accepts, in days.' },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Paid, unpaid and overdue bills, with the outstanding sum. */
export const Loaded: Story = {};
/** No `from` / `to`: the last three months in the display time zone, on today's demo data. */
export const DefaultRange: Story = { args: { from: undefined, to: undefined, liveClock: true } };
export const LastYear: Story = { args: { from: '2025-11-28', to: '2026-11-27' } };
/** Five years of monthly bills, on a provider that allows such ranges. */
export const LongHistory: Story = { args: { bills: 60, maxRangeDays: 3660, from: '2021-11-28', to: '2026-11-27' } };
/** A new account: no bills yet. */
export const NoBills: Story = { args: { bills: 0 } };
/** The first of the month: the range has no data yet, and the empty state offers the month before in one click. */
export const FirstOfTheMonth: Story = { args: { from: '2026-12-01', to: '2026-12-01' } };
export const WithoutDocuments: Story = { args: { noDocuments: true } };
/** The backend has no bills: the section says so. */
export const NotProvided: Story = { args: { noBills: true } };
export const InvalidRange: Story = { args: { from: '2026-11-20', to: '2026-11-01' } };
export const German: Story = { args: { locale: 'de-DE', timeZone: 'Europe/Berlin' } };
export const Arabic: Story = {
  args: { locale: 'ar', timeZone: 'Asia/Dubai' },
  render: (args) => html`<div dir="rtl" lang="ar">${render(args)}</div>`,
};
export const Loading: Story = { args: { scenario: 'loading' } };
export const ProviderError: Story = { args: { scenario: 'error' } };
export const NoProvider: Story = { args: { scenario: 'no-provider' } };
/** No `time-zone` set and the user's could not be loaded: the times are in the browser's zone, and the section says so (with Retry). */
export const TimeZoneUnavailable: Story = { args: { scenario: 'zone-unavailable', timeZone: '' } };
export const OverHttp: Story = { args: { scenario: 'http' }, parameters: { msw: { handlers: httpHandlers() } } };
