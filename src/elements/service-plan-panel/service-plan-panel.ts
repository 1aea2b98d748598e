import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import { isAbortError, type ProviderErrorLike } from '../../core/errors.js';
import { formatNumber } from '../../core/format.js';
import { compareMoney, formatMoney } from '../../core/money.js';
import type { Money, PlanLine, ServicePlan } from '../../core/provider.js';
import { ProviderTask } from '../../core/provider-task.js';
import { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import { renderLoad } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { MAX_USERS_PER_CHANGE, parseQuantity, removableUsers, removalProblem } from './quantity.js';
import { servicePlanPanelStyles } from './service-plan-panel.styles.js';
import { servicePlanPanelStrings, type ServicePlanPanelStrings } from './service-plan-panel.strings.js';
import { UsersChangeController, type UsersOutcome } from './users-change.js';
import { isShortOfCredit, UsersQuoteController, type UsersCost } from './users-quote.js';

type Action = 'buy' | 'remove';

interface FormError {
  summary: string;
  message: string;
}

type Checked = { ok: true; count: number } | { ok: false; message: string; required: boolean };

/**
 * The Service Plan section: the plan's name; its users (quantity, how many are in use when the
 * provider says, cost per user, monthly charge), DIDs (quantity, cost per DID, monthly charge)
 * and other lines; the monthly total and the available credit — every amount exact, formatted in
 * the element's locale and the amount's currency.
 *
 * **Buy users** shows, as the count changes, the cost and the credit left after it: the
 * provider's `quoteAddUsers` (asked 300 ms after the last change; a newer count aborts the older
 * question) or, without it, count × cost per user computed exactly. A failed quote is shown as an
 * error, never replaced by an estimate; Buy asks again. A purchase the credit cannot cover is
 * refused before the provider is called. Buy then asks for confirmation naming the count and the
 * cost, and calls `addUsers` once: a flag set synchronously on the first click, before anything is
 * awaited, makes every further click, Enter or submit a no-op until that purchase has settled, and
 * each purchase carries its own `idempotencyKey` (reused only when the user retries a purchase
 * whose outcome a network failure left unknown). The buttons stay focusable while busy
 * (`aria-disabled`) so that focus can return to them from the dialog.
 *
 * **Remove users** is confirmed and refused before the provider when it asks for more users than
 * the plan has, or would leave fewer than are in use.
 *
 * Both fields take plain digits only, from 1 to 10,000 ({@link ServicePlanPanel.maxUsersPerChange});
 * 0, signs, decimals, exponents, separators, other text or nothing get a field error and no
 * provider call. On success the plan the provider returned replaces the one shown; on failure the
 * plan stays as it was and the provider's message says why.
 *
 * @tagname service-plan-panel
 * @summary The service plan and its charges, with buying and removing users against the credit.
 *
 * @fires users-added - After the provider added users. Detail: `{ count, cost, plan }` (the charge and the new plan).
 * @fires users-removed - After the provider removed users. Detail: `{ count, plan }`.
 * @fires provider-error - When loading, a quote or a change fails. Detail: `{ error, operation }`
 *   (`getServicePlan`, `quoteAddUsers`, `addUsers` or `removeUsers`).
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart details - The plan name and available credit.
 * @csspart name - The plan's name.
 * @csspart credit - The available credit.
 * @csspart table - The table of monthly charges.
 * @csspart total - The monthly total.
 * @csspart form - The Buy users and the Remove users forms.
 * @csspart field - Each label + input + messages group.
 * @csspart input - Each number input.
 * @csspart field-error - A field's error message.
 * @csspart quote - The cost and credit after a purchase, shown as the count changes.
 * @csspart form-error - Why a purchase or removal did not happen.
 * @csspart button - Every button.
 * @csspart buy-button - The Buy button.
 * @csspart remove-button - The Remove button.
 * @csspart success - The confirmation after a change.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - Its title.
 * @csspart dialog-message - Its message.
 * @csspart dialog-actions - Its buttons' row.
 * @csspart dialog-cancel - Its Cancel button.
 * @csspart dialog-confirm - Its Buy / Remove button.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and Retry).
 * @csspart error-message - The provider's message.
 * @csspart retry-button - The Retry button.
 * @csspart no-provider - Shown when no data provider is configured.
 *
 * @cssprop [--service-plan-panel-form-background=var(--paw-color-surface-raised)] - Background of the Buy and Remove forms.
 * @cssprop [--service-plan-panel-negative-color=var(--paw-color-danger)] - Colour of a shortfall (credit after a purchase below zero).
 *
 * @cssstate loading - While the plan loads.
 * @cssstate error - After loading the plan failed.
 * @cssstate busy - From a Buy or Remove click until that change has settled.
 */
export class ServicePlanPanel extends PawElement<ServicePlanPanelStrings> {
  static override styles = [...baseStyles, servicePlanPanelStyles];
  static override defaultStrings = servicePlanPanelStrings;
  static override translations: Translations<ServicePlanPanelStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** The most users one purchase or one removal may change: 10,000. */
  static readonly maxUsersPerChange: number = MAX_USERS_PER_CHANGE;

  @state() private buyText = '';
  @state() private removeText = '';
  @state() private fieldErrors: Partial<Record<Action, string>> = {};
  @state() private formErrors: Partial<Record<Action, FormError>> = {};
  @state() private busy: { action: Action; calling: boolean } | undefined;
  @state() private statusMessage = '';
  /** `success`, or `info` while an outcome is unknown. */
  @state() private statusKind: 'success' | 'info' = 'success';

  /** Set synchronously by the first Buy / Remove, before anything is awaited: one click, one change. */
  private inFlight = false;

  private readonly plan = new ProviderTask(this, {
    operation: 'getServicePlan',
    run: (provider, _args, { signal }) => provider.getServicePlan({ signal }),
  });

  private readonly quote = new UsersQuoteController(this);
  private readonly confirm = new ConfirmController(this);
  /** Confirmed changes outlive the panel; their outcomes reach every panel on the provider. */
  private readonly users = new UsersChangeController(this, {
    showPlan: (plan) => {
      this.plan.value = plan;
    },
    reloadPlan: async () => {
      await this.plan.run();
      return this.loadedPlan;
    },
    announce: (outcome) => this.announce(outcome),
  });

  override willUpdate(): void {
    const parsed = parseQuantity(this.buyText);
    this.quote.follow(parsed.ok ? parsed.value : undefined, this.dataProvider, this.loadedPlan);
  }

  override updated(): void {
    const { status } = this.plan.state;
    this.setCssState('loading', status === 'loading');
    this.setCssState('error', status === 'error');
    this.setCssState('busy', this.busy !== undefined);
  }

  /** The plan, once loaded and not reloading. */
  private get loadedPlan(): ServicePlan | undefined {
    const s = this.plan.state;
    return s.status === 'complete' ? s.value : undefined;
  }

  private money(value: Money): string {
    try {
      return formatMoney(value, this.resolvedLocale);
    } catch {
      // Not an exact amount or not a currency: show what the provider sent, as text.
      return `${String(value?.amount)} ${String(value?.currency)}`;
    }
  }

  private count(value: number): string {
    return formatNumber(value, this.resolvedLocale);
  }

  private isNegative(value: Money): boolean {
    try {
      return compareMoney(value, { amount: '0', currency: value.currency }) < 0;
    } catch {
      return false;
    }
  }

  /** The count in a field, or why it is refused. */
  private check(action: Action, text: string): Checked {
    const t = this.text;
    const parsed = parseQuantity(text);
    if (!parsed.ok) {
      const message =
        parsed.problem === 'required' ? t.errorRequired : parsed.problem === 'not-whole' ? t.errorNotWhole : t.errorRange(this.count(MAX_USERS_PER_CHANGE));
      return { ok: false, message, required: parsed.problem === 'required' };
    }
    const plan = this.loadedPlan;
    if (action === 'remove' && plan) {
      const problem = removalProblem(parsed.value, plan.users);
      if (problem === 'more-than-plan') return { ok: false, required: false, message: t.errorMoreThanPlan(this.count(plan.users.quantity)) };
      if (problem === 'below-in-use') {
        return { ok: false, required: false, message: t.errorBelowInUse(this.count(plan.users.inUse ?? 0), this.count(removableUsers(plan.users))) };
      }
    }
    return { ok: true, count: parsed.value };
  }

  private async showFieldError(action: Action, message: string) {
    this.fieldErrors = { ...this.fieldErrors, [action]: message };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${action}-count`)?.focus();
  }

  private onInput(action: Action, event: Event) {
    const text = (event.target as HTMLInputElement).value;
    if (action === 'buy') this.buyText = text;
    else this.removeText = text;
    this.formErrors = { ...this.formErrors, [action]: undefined };
    const checked = this.check(action, text);
    // What can never become valid is said at once; an empty field only when Buy / Remove is pressed.
    this.fieldErrors = { ...this.fieldErrors, [action]: checked.ok || checked.required ? undefined : checked.message };
  }

  private readonly onBuy = (event: Event) => {
    event.preventDefault();
    void this.buySelected();
  };

  private readonly onRemove = (event: Event) => {
    event.preventDefault();
    void this.removeSelected();
  };

  /** What became of a change of users, whoever started it (see `UsersChangeController`). */
  private announce(outcome: UsersOutcome): void {
    const t = this.text;
    const { action, count } = outcome;
    const n = this.count(count);
    this.statusKind = 'success';
    switch (outcome.state) {
      case 'done': {
        if (outcome.mine) {
          if (action === 'buy') this.buyText = '';
          else this.removeText = '';
          this.fieldErrors = {};
        }
        const total = this.count(outcome.plan.users.quantity);
        if (action === 'buy') {
          // The charge is said only when known (the quote kept with the intent); never guessed.
          this.statusMessage = outcome.cost
            ? t.bought(count, n, this.costText({ charge: outcome.cost, monthlyIncrease: outcome.monthlyIncrease }), total)
            : t.boughtUsers(count, n, total);
          this.emit('users-added', { count, cost: outcome.cost, plan: outcome.plan });
        } else {
          this.statusMessage = t.removed(count, n, total);
          this.emit('users-removed', { count, plan: outcome.plan });
        }
        return;
      }
      case 'failed':
        this.statusMessage = '';
        this.reportProviderError(outcome.error, action === 'buy' ? 'addUsers' : 'removeUsers');
        if (action === 'buy') this.quote.reset();
        this.showFailure(action, outcome.error, action === 'buy' ? t.buyFailed : t.removeFailed);
        return;
      case 'unknown': {
        this.statusKind = 'info';
        this.formErrors = {};
        const total = outcome.plan ? this.count(outcome.plan.users.quantity) : '';
        if (action === 'buy') this.statusMessage = outcome.checking ? t.buyUnknown(count, n) : t.buyUnknownStill(count, n, total);
        else this.statusMessage = outcome.checking ? t.removeUnknown(count, n) : t.removeUnknownStill(count, n, total);
        return;
      }
      case 'not-done': {
        this.statusMessage = '';
        const total = this.count(outcome.plan.users.quantity);
        const summary = action === 'buy' ? t.buyFailed : t.removeFailed;
        // What went wrong with the request, then what the server shows now.
        const settled = action === 'buy' ? t.buyNotDone(total) : t.removeNotDone(total);
        this.formErrors = { [action]: { summary, message: outcome.error ? `${outcome.error.message} ${settled}` : settled } };
        return;
      }
    }
  }

  private showFailure(action: Action, failure: ProviderErrorLike, summary: string) {
    if (failure.code === 'validation') {
      void this.showFieldError(action, failure.message);
      return;
    }
    this.formErrors = {
      [action]: { summary: failure.code === 'insufficient-credit' ? this.text.insufficientCredit : summary, message: failure.message },
    };
  }

  private async buySelected(): Promise<void> {
    const provider = this.dataProvider;
    const plan = this.loadedPlan;
    if (this.inFlight || this.users.running || !provider || !plan) return;
    const t = this.text;
    this.statusMessage = '';
    this.formErrors = {};
    const checked = this.check('buy', this.buyText);
    if (!checked.ok) {
      void this.showFieldError('buy', checked.message);
      return;
    }
    const { count } = checked;
    this.inFlight = true;
    this.busy = { action: 'buy', calling: false };
    try {
      // The field may have changed since the last render: price exactly this count.
      this.quote.follow(count, provider, plan);
      const quoted = await this.quote.settle();
      if (quoted.status === 'error') {
        this.showFailure('buy', quoted.error, t.quoteFailed);
        return;
      }
      if (quoted.status !== 'ready' || quoted.cost.count !== count) return;
      const { cost } = quoted;
      if (isShortOfCredit(cost, plan.credit)) {
        this.formErrors = { buy: { summary: t.insufficientCredit, message: t.notEnoughCredit(this.money(cost.charge), this.money(plan.credit)) } };
        return;
      }
      const confirmed = await this.confirm.ask({
        title: t.confirmBuyTitle,
        message: t.confirmBuyMessage(count, this.count(count), this.costText(cost)),
        confirmLabel: t.buy,
        cancelLabel: t.cancel,
      });
      if (!confirmed) return;
      this.busy = { action: 'buy', calling: true };
      await this.users.change('buy', count, { before: plan.users.quantity, cost: cost.charge, monthlyIncrease: cost.monthlyIncrease });
    } catch (error) {
      // The quote was dropped (the element left the page); anything else is a bug to surface.
      if (!isAbortError(error)) throw error;
    } finally {
      this.inFlight = false;
      this.busy = undefined;
    }
  }

  private async removeSelected(): Promise<void> {
    const provider = this.dataProvider;
    const plan = this.loadedPlan;
    if (this.inFlight || this.users.running || !provider || !plan) return;
    const t = this.text;
    this.statusMessage = '';
    this.formErrors = {};
    const checked = this.check('remove', this.removeText);
    if (!checked.ok) {
      void this.showFieldError('remove', checked.message);
      return;
    }
    const { count } = checked;
    this.inFlight = true;
    this.busy = { action: 'remove', calling: false };
    try {
      const confirmed = await this.confirm.ask({
        title: t.confirmRemoveTitle,
        message: t.confirmRemoveMessage(count, this.count(count), this.count(plan.users.quantity - count)),
        confirmLabel: t.remove,
        cancelLabel: t.cancel,
        danger: true,
      });
      if (!confirmed) return;
      this.busy = { action: 'remove', calling: true };
      await this.users.change('remove', count, { before: plan.users.quantity });
    } finally {
      this.inFlight = false;
      this.busy = undefined;
    }
  }

  private renderRow(label: string, quantity: unknown, unitPrice: Money, total: Money) {
    return html`<tr>
      <th scope="row">${label}</th>
      <td class="number">${quantity}</td>
      <td class="number">${this.money(unitPrice)}</td>
      <td class="number">${this.money(total)}</td>
    </tr>`;
  }

  private renderTable(plan: ServicePlan) {
    const t = this.text;
    const { users, dids } = plan;
    const userCount = html`${this.count(users.quantity)}${users.inUse !== undefined
      ? html` <span class="in-use">(${t.inUse(this.count(users.inUse))})</span>`
      : nothing}`;
    return html`<table part="table" class="plan-table">
      <caption class="section-title">${t.charges}</caption>
      <thead>
        <tr>
          <th scope="col">${t.item}</th>
          <th scope="col" class="number">${t.quantity}</th>
          <th scope="col" class="number">${t.unitPrice}</th>
          <th scope="col" class="number">${t.monthlyCharge}</th>
        </tr>
      </thead>
      <tbody>
        ${this.renderRow(t.users, userCount, users.unitPrice, users.total)}
        ${this.renderRow(t.dids, this.count(dids.quantity), dids.unitPrice, dids.total)}
        ${(plan.otherLines ?? []).map((line: PlanLine) => this.renderRow(line.label, this.count(line.quantity), line.unitPrice, line.total))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="3">${t.monthlyTotal}</th>
          <td part="total" class="number">${this.money(plan.monthlyTotal)}</td>
        </tr>
      </tfoot>
    </table>`;
  }

  private renderField(action: Action, label: string, value: string, hint: string) {
    const id = `${action}-count`;
    const error = this.fieldErrors[action];
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      <input
        part="input"
        id=${id}
        name=${id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        required
        .value=${live(value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        ?readonly=${this.busy !== undefined}
        @input=${(e: Event) => this.onInput(action, e)}
      />
      <p class="field-hint" id="${id}-hint">${hint}</p>
      ${error ? html`<p part="field-error" class="field-error" id="${id}-error" role="alert">${error}</p>` : nothing}
    </div>`;
  }

  private renderFormError(action: Action) {
    const error = this.formErrors[action];
    return error
      ? html`<p part="form-error" class="state error form-error" role="alert"><strong>${error.summary}</strong> ${error.message}</p>`
      : nothing;
  }

  /** The price: the charge, or "a monthly increase of X and a charge now of Y" when the quote has a monthly part. */
  private costText(cost: Pick<UsersCost, 'charge' | 'monthlyIncrease'>): string {
    return cost.monthlyIncrease ? this.text.quoteMonthly(this.money(cost.monthlyIncrease), this.money(cost.charge)) : this.money(cost.charge);
  }

  private renderQuote(plan: ServicePlan) {
    const t = this.text;
    const s = this.quote.state;
    let body: unknown = nothing;
    if (s.status === 'pending') {
      body = html`<p class="calculating"><span class="spinner" aria-hidden="true"></span>${t.calculating}</p>`;
    } else if (s.status === 'ready') {
      const { cost } = s;
      const short = isShortOfCredit(cost, plan.credit);
      body = html`<dl>
          <dt>${t.cost}</dt>
          <dd>
            ${this.costText(cost)}${cost.source === 'computed'
              ? html` <span class="breakdown">(${t.costBreakdown(this.count(cost.count), this.money(plan.users.unitPrice))})</span>`
              : nothing}
          </dd>
          ${cost.creditAfter
            ? html`<dt>${t.creditAfter}</dt>
                <dd class=${short ? 'negative' : ''}>${this.money(cost.creditAfter)}</dd>`
            : nothing}
        </dl>
        ${short ? html`<p class="quote-warning">${t.notEnoughCredit(this.money(cost.charge), this.money(plan.credit))}</p>` : nothing}`;
    } else if (s.status === 'error' && !this.formErrors.buy) {
      body = html`<p class="quote-error">${t.quoteFailed} ${s.error.message} ${t.quoteRetry}</p>`;
    }
    return html`<div part="quote" class="quote" role="status" aria-live="polite" aria-atomic="true">${body}</div>`;
  }

  private renderForms(plan: ServicePlan) {
    const t = this.text;
    // Busy with a change, or reloading the plan (changes wait for the fresh one).
    const running = this.users.running;
    const locked = this.busy !== undefined || running !== undefined || this.plan.state.status !== 'complete';
    // Calling the provider: from this click, or a change confirmed before the panel left and came back.
    const calling = (action: Action) => (this.busy?.action === action && this.busy.calling) || running === action;
    const removable = Math.min(removableUsers(plan.users), MAX_USERS_PER_CHANGE);
    const removeHint =
      plan.users.inUse !== undefined ? t.removeHintInUse(this.count(removable), this.count(plan.users.inUse)) : t.removeHint(this.count(removable));
    return html`<div class="changes">
      <form part="form" class="change-form" novalidate aria-labelledby="buy-title" aria-busy=${calling('buy') ? 'true' : 'false'} @submit=${this.onBuy}>
        <h3 class="form-title" id="buy-title">${t.buyTitle}</h3>
        ${this.renderField('buy', t.usersToBuy, this.buyText, t.quantityHint(this.count(MAX_USERS_PER_CHANGE)))}
        ${this.renderQuote(plan)} ${this.renderFormError('buy')}
        <div class="actions">
          <button part="button buy-button" class="button primary" type="submit" aria-disabled=${locked ? 'true' : 'false'}>
            ${calling('buy') ? t.buying : t.buy}
          </button>
        </div>
      </form>
      <form part="form" class="change-form" novalidate aria-labelledby="remove-title" aria-busy=${calling('remove') ? 'true' : 'false'} @submit=${this.onRemove}>
        <h3 class="form-title" id="remove-title">${t.removeTitle}</h3>
        ${this.renderField('remove', t.usersToRemove, this.removeText, removeHint)} ${this.renderFormError('remove')}
        <div class="actions">
          <button part="button remove-button" class="button" type="submit" aria-disabled=${locked ? 'true' : 'false'}>
            ${calling('remove') ? t.removing : t.remove}
          </button>
        </div>
      </form>
    </div>`;
  }

  private renderPlan(plan: ServicePlan) {
    const t = this.text;
    return html`
      <dl part="details" class="details summary">
        <dt>${t.planName}</dt>
        <dd part="name">${plan.name}</dd>
        <dt>${t.availableCredit}</dt>
        <dd part="credit" class=${this.isNegative(plan.credit) ? 'negative' : ''}>${this.money(plan.credit)}</dd>
      </dl>
      ${this.renderTable(plan)} ${this.renderForms(plan)}
      <p part="success" class="status-message ${this.statusKind}" role="status">${this.statusMessage}</p>
    `;
  }

  override render() {
    const state = this.plan.state;
    return html`<section part="base" aria-labelledby="title" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${this.text.title}</h2>
      ${renderLoad(state, this.text, { complete: (plan) => this.renderPlan(plan), retry: () => void this.plan.run() })}
      ${this.confirm.render()}
    </section>`;
  }
}
