import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ServicePlan } from '../../core/provider.js';
import type { PlanFormat } from './plan-view.js';
import { MAX_USERS_PER_CHANGE, parseQuantity, removableUsers, removalProblem } from './quantity.js';
import type { ServicePlanPanelStrings } from './service-plan-panel.strings.js';
import type { UsersAction } from './users-change.js';
import { isShortOfCredit, type QuoteState } from './users-quote.js';

/** Why a purchase or removal did not happen: a summary, then the provider's (or the panel's) reason. */
export interface FormError {
  summary: string;
  message: string;
}

/** What the Buy users and Remove users forms show, and where their input goes. */
export interface UsersFormsView {
  text: ServicePlanPanelStrings;
  format: PlanFormat;
  plan: ServicePlan;
  /** What each field holds. */
  values: Record<UsersAction, string>;
  fieldErrors: Partial<Record<UsersAction, string>>;
  formErrors: Partial<Record<UsersAction, FormError>>;
  quote: QuoteState;
  /** A Buy or Remove of this panel is under way (the fields are read-only). */
  busy: boolean;
  /** Changes wait: busy, a change running on the provider, or the plan reloading. */
  locked: boolean;
  /** The provider is being called for this action. */
  calling: (action: UsersAction) => boolean;
  onInput: (action: UsersAction, event: Event) => void;
  onSubmit: (action: UsersAction, event: Event) => void;
}

/** A field's count, or why it is refused (`required`: only the empty field, said when the form is submitted). */
export type CheckedCount = { ok: true; count: number } | { ok: false; message: string; required: boolean };

/** Checks a field's text: a whole number in range and, for a removal, no more than the plan allows. */
export function checkCount(
  action: UsersAction,
  text: string,
  plan: ServicePlan | undefined,
  t: ServicePlanPanelStrings,
  f: PlanFormat,
): CheckedCount {
  const parsed = parseQuantity(text);
  if (!parsed.ok) {
    const message =
      parsed.problem === 'required'
        ? t.errorRequired
        : parsed.problem === 'not-whole'
          ? t.errorNotWhole
          : t.errorRange(f.count(MAX_USERS_PER_CHANGE));
    return { ok: false, message, required: parsed.problem === 'required' };
  }
  if (action === 'remove' && plan) {
    const problem = removalProblem(parsed.value, plan.users);
    if (problem === 'more-than-plan') return { ok: false, required: false, message: t.errorMoreThanPlan(f.count(plan.users.quantity)) };
    if (problem === 'below-in-use') {
      return {
        ok: false,
        required: false,
        message: t.errorBelowInUse(f.count(plan.users.inUse ?? 0), f.count(removableUsers(plan.users))),
      };
    }
  }
  return { ok: true, count: parsed.value };
}

function renderField(v: UsersFormsView, action: UsersAction, label: string, hint: string): TemplateResult {
  const id = `${action}-count`;
  const error = v.fieldErrors[action];
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
      .value=${live(v.values[action])}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      ?readonly=${v.busy}
      @input=${(e: Event) => v.onInput(action, e)}
    />
    <p class="field-hint" id="${id}-hint">${hint}</p>
    ${error ? html`<p part="field-error" class="field-error" id="${id}-error" role="alert">${error}</p>` : nothing}
  </div>`;
}

function renderFormError(v: UsersFormsView, action: UsersAction) {
  const error = v.formErrors[action];
  return error
    ? html`<p part="form-error" class="state error form-error" role="alert"><strong>${error.summary}</strong> ${error.message}</p>`
    : nothing;
}

/** The cost of the users to buy and the credit after it, as the count changes (a live region). */
function renderQuote(v: UsersFormsView): TemplateResult {
  const { text: t, format: f, plan, quote: s } = v;
  let body: unknown = nothing;
  if (s.status === 'pending') {
    body = html`<p class="calculating"><span class="spinner" aria-hidden="true"></span>${t.calculating}</p>`;
  } else if (s.status === 'ready') {
    const { cost } = s;
    const short = isShortOfCredit(cost, plan.credit);
    // The warning gives way to the form's alert once Buy is pressed: said once, not twice.
    body = html`<dl>
        <dt>${t.cost}</dt>
        <dd>
          ${f.cost(cost)}${cost.source === 'computed' ? html` <span class="breakdown">(${t.costBreakdown(f.count(cost.count), f.money(plan.users.unitPrice))})</span>` : nothing}
        </dd>
        ${
          cost.creditAfter
            ? html`<dt>${t.creditAfter}</dt>
              <dd class=${short ? 'negative' : ''}>${f.money(cost.creditAfter)}</dd>`
            : nothing
        }
      </dl>
      ${short && !v.formErrors.buy ? html`<p class="quote-warning">${t.notEnoughCredit(f.money(cost.charge), f.money(plan.credit))}</p>` : nothing}`;
  } else if (s.status === 'error' && !v.formErrors.buy) {
    body = html`<p class="quote-error">${t.quoteFailed} ${s.error.message} ${t.quoteRetry}</p>`;
  }
  return html`<div part="quote" class="quote" role="status" aria-live="polite" aria-atomic="true">${body}</div>`;
}

/** One of the two forms: its title, field, messages and submit button. */
function renderForm(
  v: UsersFormsView,
  action: UsersAction,
  parts: { title: string; label: string; hint: string; idle: string; calling: string },
  extra: unknown,
) {
  const calling = v.calling(action);
  return html`<form
    part="form"
    class="change-form"
    novalidate
    aria-labelledby="${action}-title"
    aria-busy=${calling ? 'true' : 'false'}
    @submit=${(e: Event) => v.onSubmit(action, e)}
  >
    <h3 class="form-title" id="${action}-title">${parts.title}</h3>
    ${renderField(v, action, parts.label, parts.hint)} ${extra} ${renderFormError(v, action)}
    <div class="actions">
      <button part="button ${action}-button" class="button${action === 'buy' ? ' primary' : ''}" type="submit" aria-disabled=${v.locked ? 'true' : 'false'}>
        ${calling ? parts.calling : parts.idle}
      </button>
    </div>
  </form>`;
}

/** **Buy users** (with the live cost) and **Remove users** (with how many may go). */
export function renderUsersForms(v: UsersFormsView): TemplateResult {
  const { text: t, format: f, plan } = v;
  const removable = Math.min(removableUsers(plan.users), MAX_USERS_PER_CHANGE);
  const removeHint =
    plan.users.inUse !== undefined ? t.removeHintInUse(f.count(removable), f.count(plan.users.inUse)) : t.removeHint(f.count(removable));
  const buy = {
    title: t.buyTitle,
    label: t.usersToBuy,
    hint: t.quantityHint(f.count(MAX_USERS_PER_CHANGE)),
    idle: t.buy,
    calling: t.buying,
  };
  const remove = { title: t.removeTitle, label: t.usersToRemove, hint: removeHint, idle: t.remove, calling: t.removing };
  return html`<div class="changes">${renderForm(v, 'buy', buy, renderQuote(v))} ${renderForm(v, 'remove', remove, nothing)}</div>`;
}
