import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/block-list/define.js';
import type { DemoProviderOptions } from '../src/providers/demo/index.js';
import { providerFor, httpHandlers, scenarioArgType, type Scenario } from './support/scenarios.js';

interface Args {
  scenario: Scenario;
  locale?: string;
  timeZone?: string;
  blockedNumbers?: number;
  canBlock?: boolean;
}

function provider({ scenario, blockedNumbers, canBlock }: Args) {
  const options: DemoProviderOptions = {};
  if (blockedNumbers !== undefined) options.size = { blockedNumbers };
  if (canBlock === false) options.features = { blockNumber: false };
  return providerFor(scenario, options);
}

const render = (args: Args) => html`<block-list
  .provider=${provider(args)}
  locale=${args.locale ?? 'en-US'}
  time-zone=${args.timeZone ?? 'America/Chicago'}
></block-list>`;

const meta: Meta<Args> = {
  title: 'Sections/Block List',
  component: 'block-list',
  args: { scenario: 'loaded', locale: 'en-US', timeZone: 'America/Chicago' },
  argTypes: {
    scenario: scenarioArgType,
    blockedNumbers: { control: 'number', description: 'Blocked numbers the demo provider generates.' },
    canBlock: { control: 'boolean', description: 'Whether the provider has `blockNumber` (the form is hidden without it).' },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};
/** Thousands of blocked numbers: paged through the provider's cursor as the table scrolls. */
export const ManyNumbers: Story = { args: { blockedNumbers: 5_000 } };
export const Empty: Story = { args: { blockedNumbers: 0 } };
export const WithoutBlocking: Story = { args: { canBlock: false } };
export const German: Story = { args: { locale: 'de-DE', timeZone: 'Europe/Berlin' } };
export const Spanish: Story = { args: { locale: 'es-ES', timeZone: 'Europe/Madrid' } };
/** Right to left; numbers still read left to right. */
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
