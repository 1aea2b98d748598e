import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
// The section's tag is this element's own registered prefix + a fixed tag of SECTIONS (and only
// rendered once `customElements.get` knows it): never data, so a static tag is safe here.
// eslint-disable-next-line no-restricted-imports
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import { displayContext, providerContext } from '../../core/context.js';
import type { SectionId } from '../../core/events.js';
import { exportPartsFor } from '../../core/parts.js';
import { renderEmpty } from '../../shared-ui/states.js';
import { renderTabList } from '../../shared-ui/tabs.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { accountSettingsStyles } from './account-settings.styles.js';
import { accountSettingsStrings, type AccountSettingsStrings } from './account-settings.strings.js';
import { availableSections, type SectionDefinition } from './sections.js';
import { ChangeNotices } from './change-notices.js';
import type { ChangeRecord } from '../../core/change-journal.js';
import type { ServicePlan } from '../../core/provider.js';
import { formatNumber } from '../../core/format.js';

const OWN_TAG = 'account-settings';

/**
 * The account-settings page: a navigation (WAI-ARIA tabs; vertical on wide containers) over the
 * sections **User**, **Account**, **Service Plan**, **Per Minute**, **Transactions**, **Bills**,
 * **Media** and **Block List**, and the selected section's element. It provides its `provider`,
 * `locale` and `time-zone` to the sections (through `@lit/context`), so a host sets them once.
 *
 * A section is offered when its element is part of this build and the provider has the method
 * it needs (no `listBills` → no Bills). Sections are created under this element's own prefix:
 * `<acme-account-settings>` renders `<acme-user-panel>`. Every section is a fresh element when
 * shown, so it always shows current data.
 *
 * Keyboard: ←/→ (and ↑/↓) move between sections, Home/End jump; Tab enters the section.
 *
 * @tagname account-settings
 * @summary The account-settings page shell with its section navigation.
 *
 * @fires section-change - When the user selects another section. Detail: `{ section, previous }`.
 * @fires users-added - When users bought from the Service Plan were confirmed after the user had left that section. Detail: `{ count, cost, plan }`.
 * @fires users-removed - Likewise for removed users. Detail: `{ count, plan }`.
 * @fires provider-error - When such a change was refused, or (bubbling from the section) when the section's provider call failed. Detail: `{ error, operation }`.
 * @fires password-changed - Bubbles from the User section (`<user-panel>`) when the password was changed. Detail: `{}`.
 * @fires number-blocked - Bubbles from the Per Minute (`<call-log-table>`) or Block List (`<block-list>`) section when a number was blocked. Detail: the `BlockedNumber`.
 * @fires number-unblocked - Bubbles from the Block List section (`<block-list>`) when a number was unblocked. Detail: `{ number }`.
 * @fires media-deleted - Bubbles from the Media section (`<media-library>`) when a media file was deleted. Detail: `{ id }`.
 * @fires recording-deleted - Bubbles from the Media section (`<media-library>`) when a recording was deleted. Detail: `{ id }`.
 * @fires media-uploaded - Bubbles from the Media section (`<media-library>`) when a media file was uploaded. Detail: the `MediaFile`.
 *
 * @csspart base - The layout wrapper.
 * @csspart nav - The section navigation (tab list).
 * @csspart tab - Each section tab.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The panel holding the section.
 * @csspart notice - Says the outcome of a change of users that settled while the Service Plan was not shown (empty otherwise).
 * @csspart empty - Shown when no section is available.
 *
 * @cssprop [--account-settings-background=var(--paw-color-surface)] - Page background.
 * @cssprop [--account-settings-active-color=var(--paw-color-primary)] - Colour of the selected tab.
 */
export class AccountSettings extends PawElement<AccountSettingsStrings> {
  static override styles = [...baseStyles, accountSettingsStyles];
  static override defaultStrings = accountSettingsStrings;
  static override translations: Translations<AccountSettingsStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** The selected section: `user`, `account`, `service-plan`, `per-minute`, `transactions`, `bills`, `media` or `block-list`. */
  @property({ reflect: true })
  section: SectionId = 'user';

  /** The sections to offer, as a space- or comma-separated list of ids (default: all available). */
  @property({
    converter: {
      fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : undefined),
      toAttribute: (value: string[] | undefined) => value?.join(' '),
    },
  })
  sections: string[] | undefined;

  private readonly providerCtx = new ContextProvider(this, { context: providerContext });
  private readonly displayCtx = new ContextProvider(this, { context: displayContext });
  private panelEl: HTMLElement | undefined;
  /** What the page says about a change no section was there to announce. */
  @state() private notice = '';

  constructor() {
    super();
    new ChangeNotices(this, (record) => this.announceChange(record));
  }

  /** The tag prefix this element was registered under (`acme-` for `<acme-account-settings>`). */
  private get tagPrefix(): string {
    return this.localName.endsWith(OWN_TAG) ? this.localName.slice(0, -OWN_TAG.length) : '';
  }

  private get offered(): SectionDefinition[] {
    return availableSections(this.dataProvider, this.sections).filter((s) => customElements.get(this.tagPrefix + s.tag));
  }

  private get current(): SectionDefinition | undefined {
    const offered = this.offered;
    return offered.find((s) => s.id === this.section) ?? offered[0];
  }

  override willUpdate(): void {
    // As given, even when misconfigured: each section then says so (and the console names the methods).
    this.providerCtx.setValue(this.suppliedProvider);
    const display = { locale: this.locale, timeZone: this.timeZone };
    const previous = this.displayCtx.value;
    if (previous?.locale !== display.locale || previous?.timeZone !== display.timeZone) this.displayCtx.setValue(display);
  }

  override updated(): void {
    // The section element Lit rendered (or kept, or hydrated from the server's markup).
    const current = this.current;
    const tag = current ? this.tagPrefix + current.tag : '';
    this.panelEl = [...(this.renderRoot.querySelector('#panel')?.children ?? [])].find((el): el is HTMLElement => el.localName === tag);
  }

  /**
   * The current section's element, as one template on the server (@lit-labs/ssr, no DOM) and in
   * the browser, so a server-rendered page hydrates: the tag under this element's prefix, its
   * parts forwarded, this element's pinned colour scheme. Lit keeps the element while the section
   * stays and makes a fresh one when it changes.
   */
  private renderPanel(section: SectionDefinition): unknown {
    const tag = unsafeStatic(this.tagPrefix + section.tag);
    return staticHtml`<${tag} exportparts=${exportPartsFor(section.id)} theme=${this.theme ?? nothing}></${tag}>`;
  }

  private select(id: SectionId, focus: boolean) {
    const previous = this.current?.id ?? null;
    if (id !== previous) {
      this.notice = '';
      this.section = id;
      this.emit('section-change', { section: id, previous });
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${id}`)?.focus());
  }

  /** A change of users settled while the Service Plan was not shown: said here, with its event. */
  private announceChange(record: ChangeRecord): void {
    const t = this.text;
    const count = Number(record.subject);
    const shown = formatNumber(count, this.resolvedLocale);
    const plan = record.result as ServicePlan | undefined;
    if (record.state === 'done' && plan) {
      this.notice = record.kind === 'add-users' ? t.usersBought(shown) : t.usersRemoved(shown);
      // The quoted charge only with the provider's own answer (a change settled from the plan names none).
      const cost = record.fromData ? undefined : (record.detail?.['cost'] as never);
      if (record.kind === 'add-users') this.emit('users-added', { count, cost, plan });
      else this.emit('users-removed', { count, plan });
    } else if (record.state === 'failed' && record.error) {
      this.notice = t.usersNotChanged(record.error.message);
      this.reportProviderError(record.error, record.kind === 'add-users' ? 'addUsers' : 'removeUsers');
    } else if (record.state === 'unknown') {
      this.notice = t.usersUnknown(record.error?.message ?? '');
    }
  }

  override render() {
    const offered = this.offered;
    const current = this.current;
    const t = this.text;
    if (!current) return html`<div part="base" class="layout">${renderEmpty(t.noSections)}</div>`;
    return html`<div part="base" class="layout">
      ${renderTabList({
        tabs: offered.map((s) => s.id),
        selected: current.id,
        label: t.navLabel,
        text: (id) => t[id],
        panelId: () => 'panel',
        listPart: 'nav',
        tabPart: 'tab',
        onSelect: (id, focus) => this.select(id, focus),
      })}
      <div part="panel" class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${current.id}">
        <p part="notice" class="notice" role="status">${this.notice}</p>
        ${this.renderPanel(current)}
      </div>
    </div>`;
  }

  /** The element showing the current section (e.g. the `<user-panel>`), once rendered. */
  get sectionElement(): HTMLElement | undefined {
    return this.panelEl?.isConnected ? this.panelEl : undefined;
  }
}
