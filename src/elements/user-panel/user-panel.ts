import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import type { PasswordPolicy, User } from '../../core/provider.js';
import { ProviderTask } from '../../core/provider-task.js';
import { breakable } from '../../shared-ui/breakable.js';
import { renderLoad } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { PasswordChangeAction } from './password-change.js';
import {
  checkPasswordChange,
  DEFAULT_PASSWORD_POLICY,
  fieldOfProviderError,
  MAX_PASSWORD_LENGTH,
  type PasswordField,
} from './password-rules.js';
import { userPanelStyles } from './user-panel.styles.js';
import { userPanelStrings, type UserPanelStrings } from './user-panel.strings.js';

type FieldErrors = Partial<Record<PasswordField, string>>;

/**
 * The User section: the signed-in user's name (and full name and email where known), and a
 * **Change password** form that checks the provider's password policy and the confirmation
 * before it calls the provider. Passwords are never logged, kept in state or rendered back:
 * the fields are read once on Save and cleared on success. A submitted change is not aborted
 * when the panel leaves the page; an answer that was lost is said as unknown (never as "not
 * changed"), and saving the same form again reuses its idempotency key.
 *
 * @tagname user-panel
 * @summary The current user and the change-password form.
 *
 * @fires password-changed - After the provider accepted a new password. Detail: `{}`.
 * @fires provider-error - When loading or the change fails. Detail: `{ error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart details - The user's details list.
 * @csspart change-password-button - The button that opens the form.
 * @csspart form - The change-password form.
 * @csspart field - Each label + input + message group.
 * @csspart input - Each password input.
 * @csspart field-error - A field's error message.
 * @csspart form-error - The message for a failure that is not about one field, or for a change whose answer was lost.
 * @csspart save-button - The Save button.
 * @csspart cancel-button - The Cancel button.
 * @csspart success - The status line: the confirmation after a change.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and Retry).
 * @csspart error-message - The provider's message.
 * @csspart retry-button - The Retry button.
 * @csspart no-provider - Shown when no data provider is configured.
 *
 * @cssprop [--user-panel-form-background=var(--paw-color-surface-raised)] - Background of the password form.
 *
 * @cssstate loading - While the user loads.
 * @cssstate error - After loading failed.
 * @cssstate saving - While a password change is in flight.
 */
export class UserPanel extends PawElement<UserPanelStrings> {
  static override styles = [...baseStyles, userPanelStyles];
  static override defaultStrings = userPanelStrings;
  static override translations: Translations<UserPanelStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  @query('form') private form!: HTMLFormElement | null;
  @query('.change-password') private openButton!: HTMLButtonElement | null;

  @state() private formOpen = false;
  @state() private fieldErrors: FieldErrors = {};
  /** Why the last Save did not change the password (`summary` absent: the outcome is unknown). */
  @state() private formError: { summary?: string; message: string } | undefined;

  /** The change the user submitted: it outlives the panel, once per submission. */
  private readonly password = new PasswordChangeAction(this);

  private readonly user = new ProviderTask(this, {
    operation: 'getCurrentUser',
    run: (provider, _args, { signal }) => provider.getCurrentUser({ signal }),
  });

  private readonly policy = new ProviderTask(this, {
    operation: 'getPasswordPolicy',
    args: () => [this.formOpen] as const,
    ready: ([open]) => open,
    run: (provider, _args, { signal }) =>
      provider.getPasswordPolicy ? provider.getPasswordPolicy({ signal }) : Promise.resolve(DEFAULT_PASSWORD_POLICY),
  });

  override updated(): void {
    this.setCssState('loading', this.user.state.status === 'loading');
    this.setCssState('error', this.user.state.status === 'error');
    this.setCssState('saving', this.saving);
  }

  private get saving(): boolean {
    return this.password.saving;
  }

  private async openForm() {
    this.formOpen = true;
    this.password.say(undefined);
    await this.updateComplete;
    await this.policy.settled();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
  }

  private async closeForm() {
    // A change already submitted is not cancelled: Cancel is unavailable while it is saving.
    if (this.saving) return;
    this.form?.reset();
    this.password.edited();
    this.formOpen = false;
    this.fieldErrors = {};
    this.formError = undefined;
    await this.updateComplete;
    this.openButton?.focus();
  }

  private async focusFirstError() {
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
    first?.focus();
  }

  private async onSubmit(event: SubmitEvent, policy: PasswordPolicy) {
    event.preventDefault();
    if (this.saving) return;
    const provider = this.dataProvider;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
      confirmPassword: String(data.get('confirmPassword') ?? ''),
    };
    const problems = checkPasswordChange(input, policy);
    this.formError = undefined;
    this.fieldErrors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, this.problemText(problem, policy)]));
    if (Object.keys(problems).length > 0 || !provider) {
      void this.focusFirstError();
      return;
    }
    const t = this.text;
    const outcome = await this.password.submit(
      policy.requireCurrentPassword
        ? { currentPassword: input.currentPassword, newPassword: input.newPassword }
        : { newPassword: input.newPassword },
    );
    switch (outcome.state) {
      case 'done':
        form.reset();
        this.formOpen = false;
        this.password.say({ kind: 'success', message: t.passwordChanged });
        this.emit('password-changed', {});
        await this.updateComplete;
        this.openButton?.focus();
        return;
      case 'unknown':
        // Maybe changed, maybe not: never said as "not changed". Saving the same form again is safe.
        this.formError = { message: t.passwordUnknown(outcome.error.message) };
        return;
      case 'failed':
      case 'already': {
        const failure = outcome.error;
        this.reportProviderError(failure, 'changePassword');
        const field = fieldOfProviderError(failure);
        if (field) {
          this.fieldErrors = { [field]: failure.message };
          void this.focusFirstError();
        } else {
          this.formError = { summary: t.errorSummary, message: failure.message };
        }
        return;
      }
      default:
        return;
    }
  }

  private problemText(problem: string, policy: PasswordPolicy): string {
    const t = this.text;
    switch (problem) {
      case 'required':
        return t.errorCurrentRequired;
      case 'too-short':
        return t.errorTooShort(policy.minLength);
      case 'too-long':
        return t.errorTooLong(MAX_PASSWORD_LENGTH);
      case 'invisible':
        return t.errorInvisible;
      case 'control':
        return t.errorControl;
      case 'mismatch':
        return t.errorMismatch;
      default:
        return t.errorSameAsCurrent;
    }
  }

  private renderField(field: PasswordField, label: string, autocomplete: string, hint?: string) {
    const error = this.fieldErrors[field];
    const describedBy = [error ? `${field}-error` : '', hint ? `${field}-hint` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label for=${field}>${label}</label>
      <input
        part="input"
        id=${field}
        name=${field}
        type="password"
        autocomplete=${autocomplete}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        ?disabled=${this.saving}
      />
      ${hint ? html`<p class="field-hint" id="${field}-hint">${hint}</p>` : nothing}
      ${error ? html`<p part="field-error" class="field-error" id="${field}-error" role="alert">${error}</p>` : nothing}
    </div>`;
  }

  private renderForm(policy: PasswordPolicy, username: string) {
    const t = this.text;
    const error = this.formError;
    return html`<form
      part="form"
      class="password-form"
      novalidate
      aria-busy=${this.saving ? 'true' : 'false'}
      @submit=${(e: SubmitEvent) => this.onSubmit(e, policy)}
      @input=${() => this.password.edited()}
    >
      <fieldset>
        <legend>${t.changePassword}</legend>
        <!-- Whose password this is, for the browser's password manager (it offers to update that
             saved password); unseen and never sent to the provider. -->
        <input class="username" name="username" type="text" autocomplete="username" value=${username} hidden readonly tabindex="-1" />
        ${
          error
            ? html`<p part="form-error" class="state ${error.summary ? 'error' : 'info'} form-error" role="alert">
              ${error.summary ? html`<strong>${error.summary}</strong> ` : nothing}${error.message}
            </p>`
            : nothing
        }
        ${policy.requireCurrentPassword ? this.renderField('currentPassword', t.currentPassword, 'current-password') : nothing}
        ${this.renderField('newPassword', t.newPassword, 'new-password', t.passwordHint(policy.minLength))}
        ${this.renderField('confirmPassword', t.confirmPassword, 'new-password')}
        <div class="actions">
          <button part="save-button" class="button primary" type="submit" ?disabled=${this.saving}>
            ${this.saving ? t.saving : t.save}
          </button>
          <button part="cancel-button" class="button" type="button" ?disabled=${this.saving} @click=${() => this.closeForm()}>${t.cancel}</button>
        </div>
      </fieldset>
    </form>`;
  }

  private renderUser(user: User) {
    const t = this.text;
    const fullName = [user.firstName, user.lastName].filter(Boolean).join(' ');
    return html`
      <dl part="details" class="details">
        <dt>${t.username}</dt>
        <dd>${breakable(user.username)}</dd>
        ${fullName ? html`<dt>${t.fullName}</dt><dd>${breakable(fullName)}</dd>` : nothing}
        ${user.email ? html`<dt>${t.email}</dt><dd>${breakable(user.email)}</dd>` : nothing}
      </dl>
      ${
        this.formOpen
          ? renderLoad(this.policy.state, t, { ready: (p) => this.renderForm(p, user.username), retry: () => void this.policy.run() })
          : html`<button
            part="change-password-button"
            class="button change-password"
            type="button"
            @click=${() => this.openForm()}
          >
            ${t.changePassword}
          </button>`
      }
      <p part="success" class="status-message ${this.password.status?.kind ?? ''}" role="status">${this.password.status?.message ?? ''}</p>
    `;
  }

  override render() {
    const state = this.user.state;
    return html`<section part="base" aria-labelledby="title" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${this.text.title}</h2>
      ${renderLoad(state, this.text, { ready: (u) => this.renderUser(u), retry: () => void this.user.run() })}
    </section>`;
  }
}
