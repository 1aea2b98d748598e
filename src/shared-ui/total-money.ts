import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMoneyTotal } from '../core/money.js';
import type { Money } from '../core/provider.js';

/**
 * A total's `<dd>`: the amount rounded to the currency's minor unit; when rounding changed it,
 * the exact amount in its `title` (shown on hover, and the element's accessible description).
 */
export function totalMoney(money: Money, locale: string | undefined, options: { signDisplay?: 'auto' | 'always' | 'exceptZero' } = {}) {
  const { text, exact } = formatMoneyTotal(money, locale, options);
  return html`<dd title=${ifDefined(exact)}>${text}</dd>`;
}
