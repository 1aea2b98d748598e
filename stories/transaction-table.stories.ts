import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/transaction-table/define.js';
import type { AccountDataProvider, Transaction } from '../src/core/provider.js';
import type { DemoProviderOptions } from '../src/providers/demo/index.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  from?: string;
  to?: string;
  locale?: string;
  timeZone?: string;
  /** Months of ledger history the demo account has. */
  months?: number;
  /** Longest range the provider accepts, in days (the demo's default is 366). */
  maxRangeDays?: number;
  /** The provider gives no `balanceAfter`. */
  noBalances?: boolean;
  /** A synthetic ledger of this many rows in any range. */
  busy?: number;
}

/** The provider without balances: `listTransactions` drops `balanceAfter` from every row. */
function withoutBalances(p: AccountDataProvider): AccountDataProvider {
  const list = p.listTransactions.bind(p);
  p.listTransactions = async (q) => {
    const page = await list(q);
    return { ...page, items: page.items.map(({ balanceAfter: _, ...tx }) => tx) };
  };
  return p;
}

const cents = (n: number) => ({ amount: (n / 100).toFixed(2), currency: 'USD' });

/**
 * A very busy ledger of `count` rows, newest first (every 20th a $5.00 top-up, the others
 * $0.25 call charges), with balances that add up: so long that the totals wait to be asked for.
 */
function busyLedger(p: AccountDataProvider, count: number): AccountDataProvider {
  const newest = Date.parse('2026-11-27T00:00:00Z');
  const balanceAfter = (i: number) => {
    const credits = Math.ceil(i / 20);
    return 50_000 - credits * 500 + (i - credits) * 25;
  };
  p.listTransactions = async ({ cursor, limit = 50 }) => {
    const start = cursor ? Number(cursor) : 0;
    const end = Math.min(count, start + limit);
    const items: Transaction[] = [];
    for (let i = start; i < end; i++) {
      const credit = i % 20 === 0;
      items.push({
        id: `busy-${i}`,
        createdAt: new Date(newest - i * 1_500_000).toISOString(),
        kind: credit ? 'credit' : 'debit',
        amount: cents(credit ? 500 : 25),
        description: credit ? 'Auto top-up' : `International call ${i}`,
        balanceAfter: cents(balanceAfter(i)),
      });
    }
    return { items, nextCursor: end < count ? String(end) : null, total: count };
  };
  return p;
}

function provider({ scenario, months, maxRangeDays, noBalances, busy }: Args) {
  const options: DemoProviderOptions = {};
  if (months !== undefined) options.size = { bills: months, transactions: 100_000 };
  if (maxRangeDays !== undefined) options.limits = { maxRangeDays };
  const p = providerFor(scenario, options);
  if (p && busy) return busyLedger(p, busy);
  return p && noBalances ? withoutBalances(p) : p;
}

const render = (args: Args) => html`<transaction-table
  .provider=${provider(args)}
  from=${args.from ?? ''}
  to=${args.to ?? ''}
  locale=${args.locale ?? 'en-US'}
  time-zone=${args.timeZone ?? 'America/Chicago'}
></transaction-table>`;

const meta: Meta<Args> = {
  title: 'Sections/Transactions',
  component: 'transaction-table',
  args: { scenario: 'loaded', from: '2026-08-30', to: '2026-11-27', locale: 'en-US', timeZone: 'America/Chicago' },
  argTypes: {
    scenario: scenarioArgType,
    months: { control: 'number', description: 'Months of ledger history the demo account has.' },
    maxRangeDays: { control: 'number', description: 'Longest range the provider accepts, in days.' },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};
/** No `from` / `to`: the last 90 days, today included. */
export const DefaultRange: Story = { args: { from: undefined, to: undefined } };
/** Five years of ledger (every credit and debit, thousands of rows), a provider that allows such ranges. */
export const LongHistory: Story = { args: { months: 60, maxRangeDays: 3660, from: '2021-12-01', to: '2026-11-27' } };
export const WithoutBalances: Story = { args: { noBalances: true } };
/** 12,000 rows in range: the totals are calculated only when asked (**Calculate totals**). */
export const TotalsOnRequest: Story = { args: { busy: 12_000 } };
export const Empty: Story = { args: { from: '2020-01-01', to: '2020-01-31' } };
/** The first of the month: the range has no data yet, and the empty state offers the month before in one click. */
export const FirstOfTheMonth: Story = { args: { from: '2026-12-01', to: '2026-12-01' } };
export const InvalidRange: Story = { args: { from: '2026-11-20', to: '2026-11-01' } };
export const RangeTooLong: Story = { args: { from: '2024-01-01', to: '2026-11-27' } };
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
