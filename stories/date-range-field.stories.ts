import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/date-range-field/define.js';

interface Args {
  from?: string;
  to?: string;
  maxDays?: number;
  timeZone?: string;
  showLegend?: boolean;
  disabled?: boolean;
}

const field = (args: Args) => html`<date-range-field
  name="period"
  from=${args.from ?? ''}
  to=${args.to ?? ''}
  max-days=${args.maxDays ?? ''}
  time-zone=${args.timeZone ?? 'Europe/London'}
  ?show-legend=${args.showLegend}
  ?disabled=${args.disabled}
></date-range-field>`;

const meta: Meta<Args> = {
  title: 'Building blocks/Date range field',
  component: 'date-range-field',
  args: { from: '2026-11-01', to: '2026-11-27', showLegend: true },
  render: (args) => field(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Reversed: Story = { args: { from: '2026-11-27', to: '2026-11-01' } };
export const TooLong: Story = { args: { maxDays: 7 } };
export const Disabled: Story = { args: { disabled: true } };
export const WithoutLegend: Story = { args: { showLegend: false } };
