import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/format.js';
import { compareMoney, formatMoney } from '../../core/money.js';
import type { Money, PlanLine, ServicePlan } from '../../core/provider.js';
import type { ServicePlanPanelStrings } from './service-plan-panel.strings.js';
import type { UsersCost } from './users-quote.js';

/** Counts and amounts of the plan, formatted in the element's locale (amounts in their own currency). */
export class PlanFormat {
  constructor(
    private readonly locale: string | undefined,
    private readonly text: ServicePlanPanelStrings,
  ) {}

  money(value: Money): string {
    try {
      return formatMoney(value, this.locale);
    } catch {
      // Not an exact amount or not a currency: show what the provider sent, as text.
      return `${String(value?.amount)} ${String(value?.currency)}`;
    }
  }

  count(value: number): string {
    return formatNumber(value, this.locale);
  }

  isNegative(value: Money): boolean {
    try {
      return compareMoney(value, { amount: '0', currency: value.currency }) < 0;
    } catch {
      return false;
    }
  }

  /** The price: the charge, or "a monthly increase of X and a charge now of Y" when the quote has a monthly part. */
  cost(cost: Pick<UsersCost, 'charge' | 'monthlyIncrease'>): string {
    return cost.monthlyIncrease
      ? this.text.quoteMonthly(this.money(cost.monthlyIncrease), this.money(cost.charge))
      : this.money(cost.charge);
  }
}

/**
 * One line of the charges. Its count is written twice: alone, under "Quantity" beside the "Cost
 * each" column, and as "count × price" for a narrow section, where the styles hide that column
 * (a phone has room for three columns of amounts, not four). The one not shown is `display: none`.
 */
function renderRow(
  f: PlanFormat,
  t: ServicePlanPanelStrings,
  label: string,
  quantity: number,
  unitPrice: Money,
  total: Money,
  note: unknown = nothing,
): TemplateResult {
  const count = f.count(quantity);
  return html`<tr>
    <th scope="row">${label}</th>
    <td class="number">
      <span class="count">${count}</span><span class="breakdown">${t.costBreakdown(count, f.money(unitPrice))}</span>${note}
    </td>
    <td class="number unit-price">${f.money(unitPrice)}</td>
    <td class="number">${f.money(total)}</td>
  </tr>`;
}

/** The plan's name and available credit. */
export function renderPlanDetails(plan: ServicePlan, t: ServicePlanPanelStrings, f: PlanFormat): TemplateResult {
  return html`<dl part="details" class="details summary">
    <dt>${t.planName}</dt>
    <dd part="name">${plan.name}</dd>
    <dt>${t.availableCredit}</dt>
    <dd part="credit" class=${f.isNegative(plan.credit) ? 'negative' : ''}>${f.money(plan.credit)}</dd>
  </dl>`;
}

/** The monthly charges: users (and how many are in use), DIDs, other lines, the total. */
export function renderChargesTable(plan: ServicePlan, t: ServicePlanPanelStrings, f: PlanFormat): TemplateResult {
  const { users, dids } = plan;
  const inUse = users.inUse !== undefined ? html` <span class="in-use">(${t.inUse(f.count(users.inUse))})</span>` : nothing;
  return html`<table part="table" class="plan-table">
    <caption class="section-title">${t.charges}</caption>
    <thead>
      <tr>
        <th scope="col">${t.item}</th>
        <th scope="col" class="number">${t.quantity}</th>
        <th scope="col" class="number unit-price">${t.unitPrice}</th>
        <th scope="col" class="number">${t.monthlyCharge}</th>
      </tr>
    </thead>
    <tbody>
      ${renderRow(f, t, t.users, users.quantity, users.unitPrice, users.total, inUse)}
      ${renderRow(f, t, t.dids, dids.quantity, dids.unitPrice, dids.total)}
      ${(plan.otherLines ?? []).map((line: PlanLine) => renderRow(f, t, line.label, line.quantity, line.unitPrice, line.total))}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row" colspan="2">${t.monthlyTotal}</th>
        <td class="unit-price"></td>
        <td part="total" class="number">${f.money(plan.monthlyTotal)}</td>
      </tr>
    </tfoot>
  </table>`;
}
