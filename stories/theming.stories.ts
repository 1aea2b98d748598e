import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-settings/define.js';
import { providerFor } from './support/scenarios.js';
import { THEMES, type ThemeName } from './support/themes.js';

/** A page stylesheet, as a vendor would ship it. */
function styleSheet(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = cssText;
  return style;
}

interface Args {
  theme: ThemeName | 'default';
  section: string;
  rootFontSize?: number;
  dark?: boolean;
  /** The container's own text styles, as a portal's card or nav has them: they stop at the element. */
  containerStyle?: string;
}

/**
 * Vendor themes built only from `--paw-*` tokens and `::part()` — no other access to the
 * elements' internals — and the elements inside pages that set a different root font size.
 */
const meta: Meta<Args> = {
  title: 'Theming/Vendor themes',
  component: 'account-settings',
  args: { theme: 'nimbus', section: 'account' },
  argTypes: {
    theme: { control: 'select', options: ['default', 'nimbus', 'verdant'] },
    section: { control: 'select', options: ['user', 'account', 'service-plan', 'per-minute'] },
  },
  render: ({ theme, section, rootFontSize, dark, containerStyle }) => html`
    ${styleSheet(theme === 'default' ? '' : THEMES[theme])}
    <div class="theme-${theme}" style=${`${rootFontSize ? `font-size: ${rootFontSize}px;` : ''}${containerStyle ?? ''}`}>
      <account-settings .provider=${providerFor('loaded')} section=${section} theme=${dark ? 'dark' : ''}></account-settings>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Nimbus: Story = {};
export const Verdant: Story = { args: { theme: 'verdant', section: 'service-plan' } };
export const DefaultDark: Story = { args: { theme: 'default', dark: true, section: 'user' } };
/** The host page's font size drives every size inside (no `rem` in the shadow roots). */
export const LargeHostFont: Story = { args: { theme: 'default', rootFontSize: 22, section: 'service-plan' } };
export const SmallHostFont: Story = { args: { theme: 'nimbus', rootFontSize: 12, section: 'account' } };
/**
 * Inside a container with text styles of its own (centred, no wrapping, capitals, bold, a fixed
 * line height): they stop at the element, so the call log reads as it does on a plain page.
 */
export const InAStyledContainer: Story = {
  args: {
    theme: 'default',
    section: 'per-minute',
    containerStyle: 'text-align: center; white-space: nowrap; text-transform: uppercase; font-weight: 700; line-height: 20px',
  },
};
