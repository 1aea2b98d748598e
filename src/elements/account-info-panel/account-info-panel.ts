import { html, nothing } from 'lit';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import { compactPhoneNumber, formatPhoneNumber, isE164 } from '../../core/phone.js';
import type { Account, Contact } from '../../core/provider.js';
import { ProviderTask } from '../../core/provider-task.js';
import { breakable } from '../../shared-ui/breakable.js';
import { renderLoad } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { accountInfoPanelStyles } from './account-info-panel.styles.js';
import { accountInfoPanelStrings, type AccountInfoPanelStrings } from './account-info-panel.strings.js';

/** A contact's phone as the block list shows numbers (`+1 303 555 0133`); other forms unchanged. */
function displayPhone(phone: string): string {
  const compact = compactPhoneNumber(phone);
  return isE164(compact) ? formatPhoneNumber(compact) : phone;
}

/**
 * The Account section: account name, realm, time zone and every contact on file (role, name,
 * email, phone, address). Read-only.
 *
 * @tagname account-info-panel
 * @summary Read-only account details and contacts.
 *
 * @fires provider-error - When loading fails. Detail: `{ error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart details - The account's details list.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact card.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and Retry).
 * @csspart error-message - The provider's message.
 * @csspart retry-button - The Retry button.
 * @csspart empty - The empty state.
 * @csspart no-provider - Shown when no data provider is configured.
 *
 * @cssprop [--account-info-panel-card-background=var(--paw-color-surface-raised)] - Background of a contact card.
 *
 * @cssstate loading - While the account loads.
 * @cssstate error - After loading failed.
 */
export class AccountInfoPanel extends PawElement<AccountInfoPanelStrings> {
  static override styles = [...baseStyles, accountInfoPanelStyles];
  static override defaultStrings = accountInfoPanelStrings;
  static override translations: Translations<AccountInfoPanelStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  private readonly account = new ProviderTask(this, {
    operation: 'getAccount',
    run: (provider, _args, { signal }) => provider.getAccount({ signal }),
  });

  override updated(): void {
    const { status } = this.account.state;
    this.setCssState('loading', status === 'loading');
    this.setCssState('error', status === 'error');
  }

  private renderValue(value: string | undefined) {
    return value ? breakable(value) : html`<span class="not-set">${this.text.notSet}</span>`;
  }

  private renderContact(contact: Contact) {
    const t = this.text;
    const row = (label: string, value: string | undefined) => (value ? html`<dt>${label}</dt><dd>${breakable(value)}</dd>` : nothing);
    return html`<li part="contact" class="contact">
      <h4 class="contact-role">${contact.role}</h4>
      <dl class="details">
        ${row(t.name, contact.name)} ${row(t.email, contact.email)} ${contact.phone ? html`<dt>${t.phone}</dt><dd><span dir="ltr">${displayPhone(contact.phone)}</span></dd>` : nothing}
        ${row(t.address, contact.address)}
      </dl>
    </li>`;
  }

  private renderAccount(account: Account) {
    const t = this.text;
    return html`
      <dl part="details" class="details">
        <dt>${t.accountName}</dt>
        <dd>${breakable(account.name)}</dd>
        <dt>${t.realm}</dt>
        <dd>${breakable(account.realm)}</dd>
        <dt>${t.timeZone}</dt>
        <dd>${this.renderValue(account.timezone)}</dd>
      </dl>
      <h3 class="section-title">${t.contacts}</h3>
      ${
        account.contacts.length === 0
          ? html`<p part="empty" class="state empty">${t.noContacts}</p>`
          : html`<ul part="contacts" class="contacts">${account.contacts.map((c) => this.renderContact(c))}</ul>`
      }
    `;
  }

  override render() {
    const state = this.account.state;
    return html`<section part="base" aria-labelledby="title" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${this.text.title}</h2>
      ${renderLoad(state, this.text, { ready: (a) => this.renderAccount(a), retry: () => void this.account.run() })}
    </section>`;
  }
}
