import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import { isAbortError, type ProviderErrorLike } from '../../core/errors.js';
import type { AccountDataProvider, ServicePlan } from '../../core/provider.js';
import { ProviderTask } from '../../core/provider-task.js';
import { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import { renderLoad } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { PlanFormat, renderChargesTable, renderPlanDetails } from './plan-view.js';
import { MAX_USERS_PER_CHANGE, parseQuantity } from './quantity.js';
import { servicePlanPanelStyles } from './service-plan-panel.styles.js';
import { servicePlanPanelStrings, type ServicePlanPanelStrings } from './service-plan-panel.strings.js';
import { UsersChangeController, type UsersAction as Action, type UsersOutcome } from './users-change.js';
import { checkCount, renderUsersForms, type FormError } from './users-forms.js';
import { isShortOfCredit, UsersQuoteController } from './users-quote.js';

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
    return s.status === 'ready' ? s.value : undefined;
  }

  /** Counts and amounts in the element's locale. */
  private get format(): PlanFormat {
    return new PlanFormat(this.resolvedLocale, this.text);
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
    const checked = checkCount(action, text, this.loadedPlan, this.text, this.format);
    // What can never become valid is said at once; an empty field only when Buy / Remove is pressed.
    this.fieldErrors = { ...this.fieldErrors, [action]: checked.ok || checked.required ? undefined : checked.message };
  }

  /** What became of a change of users, whoever started it (see `UsersChangeController`). */
  private announce(outcome: UsersOutcome): void {
    const t = this.text;
    const { action, count } = outcome;
    const n = this.format.count(count);
    this.statusKind = 'success';
    // This panel's change has settled: Buy and Remove are free again as the outcome is said.
    if ('mine' in outcome && outcome.mine) this.busy = undefined;
    switch (outcome.state) {
      case 'done': {
        if (outcome.mine) {
          if (action === 'buy') this.buyText = '';
          else this.removeText = '';
          this.fieldErrors = {};
        }
        const total = this.format.count(outcome.plan.users.quantity);
        if (action === 'buy') {
          // The charge is said only when known (the quote kept with the intent); never guessed.
          // Settled from the plan after a lost answer: what the plan shows, not "Bought … for".
          this.statusMessage = outcome.fromPlan
            ? t.boughtSeen(n, total)
            : outcome.cost
              ? t.bought(count, n, this.format.cost({ charge: outcome.cost, monthlyIncrease: outcome.monthlyIncrease }), total)
              : t.boughtUsers(count, n, total);
          this.emit('users-added', { count, cost: outcome.cost, plan: outcome.plan });
        } else {
          this.statusMessage = outcome.fromPlan ? t.removedSeen(n, total) : t.removed(count, n, total);
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
        const total = outcome.plan ? this.format.count(outcome.plan.users.quantity) : '';
        if (action === 'buy') this.statusMessage = outcome.checking ? t.buyUnknown(count, n) : t.buyUnknownStill(count, n, total);
        else this.statusMessage = outcome.checking ? t.removeUnknown(count, n) : t.removeUnknownStill(count, n, total);
        return;
      }
      case 'not-done': {
        this.statusMessage = '';
        const total = this.format.count(outcome.plan.users.quantity);
        // Not "No users were bought": the request may still land. What went wrong with it, what
        // the server shows now, and how to retry without a second purchase (the same count reuses its key).
        const summary = action === 'buy' ? t.buyNotConfirmed : t.removeNotConfirmed;
        const settled =
          action === 'buy'
            ? `${t.buyNotDone(total)} ${t.buyRetrySame(count, n)}`
            : `${t.removeNotDone(total)} ${t.removeRetrySame(count, n)}`;
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

  /** Buy or Remove pressed: checks the count, asks (naming the price of a purchase), then changes once. */
  private async submit(action: Action): Promise<void> {
    const provider = this.dataProvider;
    const plan = this.loadedPlan;
    if (this.inFlight || this.users.running || !provider || !plan) return;
    this.statusMessage = '';
    this.formErrors = {};
    const checked = checkCount(action, action === 'buy' ? this.buyText : this.removeText, this.loadedPlan, this.text, this.format);
    if (!checked.ok) {
      void this.showFieldError(action, checked.message);
      return;
    }
    const { count } = checked;
    const t = this.text;
    const f = this.format;
    this.inFlight = true;
    this.busy = { action, calling: false };
    try {
      const change =
        action === 'buy'
          ? await this.priced(count, provider, plan)
          : {
              confirm: {
                title: t.confirmRemoveTitle,
                message: t.confirmRemoveMessage(count, f.count(count), f.count(plan.users.quantity - count)),
                confirmLabel: t.remove,
                cancelLabel: t.cancel,
                danger: true,
              },
              detail: { before: plan.users.quantity },
            };
      if (!change || !(await this.confirm.ask(change.confirm))) return;
      this.busy = { action, calling: true };
      await this.users.change(action, count, change.detail);
    } catch (error) {
      // The quote was dropped (the element left the page); anything else is a bug to surface.
      if (!isAbortError(error)) throw error;
    } finally {
      this.inFlight = false;
      this.busy = undefined;
    }
  }

  /** A purchase of exactly `count` users priced and within the credit, or `undefined` (the form says why). */
  private async priced(count: number, provider: AccountDataProvider, plan: ServicePlan) {
    const t = this.text;
    // The field may have changed since the last render: price exactly this count.
    this.quote.follow(count, provider, plan);
    const quoted = await this.quote.settle();
    if (quoted.status === 'error') {
      this.showFailure('buy', quoted.error, t.quoteFailed);
      return undefined;
    }
    if (quoted.status !== 'ready' || quoted.cost.count !== count) return undefined;
    const { cost } = quoted;
    const f = this.format;
    if (isShortOfCredit(cost, plan.credit)) {
      this.formErrors = { buy: { summary: t.insufficientCredit, message: t.shortOfCredit(f.money(cost.charge), f.money(plan.credit)) } };
      return undefined;
    }
    const confirm = {
      title: t.confirmBuyTitle,
      message: (cost.fromCredit ? t.confirmBuyMessage : t.confirmBuyMessageBilled)(count, f.count(count), f.cost(cost)),
      confirmLabel: t.buy,
      cancelLabel: t.cancel,
    };
    return { confirm, detail: { before: plan.users.quantity, cost: cost.charge, monthlyIncrease: cost.monthlyIncrease } };
  }

  private renderPlan(plan: ServicePlan) {
    const t = this.text;
    const format = this.format;
    // Busy with a change, or reloading the plan (changes wait for the fresh one).
    const running = this.users.running;
    const busy = this.busy;
    const forms = renderUsersForms({
      text: t,
      format,
      plan,
      values: { buy: this.buyText, remove: this.removeText },
      fieldErrors: this.fieldErrors,
      formErrors: this.formErrors,
      quote: this.quote.state,
      busy: busy !== undefined,
      locked: busy !== undefined || running !== undefined || this.plan.state.status !== 'ready',
      // Calling the provider: from this click, or a change confirmed before the panel left and came back.
      calling: (action) => (busy?.action === action && busy.calling) || running === action,
      onInput: (action, event) => this.onInput(action, event),
      onSubmit: (action, event) => {
        event.preventDefault();
        void this.submit(action);
      },
    });
    return html`
      ${renderPlanDetails(plan, t, format)} ${renderChargesTable(plan, t, format)} ${forms}
      <p part="success" class="status-message ${this.statusKind}" role="status">${this.statusMessage}</p>
    `;
  }

  override render() {
    const state = this.plan.state;
    return html`<section part="base" aria-labelledby="title" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${this.text.title}</h2>
      ${renderLoad(state, this.text, { ready: (plan) => this.renderPlan(plan), retry: () => void this.plan.run() })}
      ${this.confirm.render()}
    </section>`;
  }
}
