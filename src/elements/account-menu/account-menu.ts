import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import type { Translations } from '../../core/i18n/translations.js';
import { ProviderTask } from '../../core/provider-task.js';
import { renderError, renderLoading, renderNoProvider } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { accountMenuStyles } from './account-menu.styles.js';
import { accountMenuStrings, type AccountMenuStrings } from './account-menu.strings.js';

/**
 * The account's name for the top-right corner of a host portal, as a menu button (WAI-ARIA menu
 * button pattern). Its menu has **Account**, which fires `account-menu-select` with
 * `{ item: 'account' }` so the host can open its account-settings page, and any items the host
 * slots in (links or buttons; they get `role="menuitem"`; choosing one fires
 * `account-menu-select` with its `value` attribute, else its `data-item`, else its text).
 *
 * Keyboard: Enter, Space or ↓ open the menu on the first item, ↑ on the last; ↑/↓ move,
 * Home/End jump, Escape closes and returns focus to the button, Tab closes.
 *
 * @tagname account-menu
 * @summary Account name button with a dropdown menu.
 *
 * @slot - Extra menu items added by the host (e.g. `<a href="/logout">Sign out</a>`).
 *
 * @fires account-menu-select - When the user chooses an item. Detail: `{ item }`.
 * @fires provider-error - When loading the account's name fails. Detail: `{ error, operation }`.
 *
 * @csspart button - The menu button.
 * @csspart name - The account's name inside the button.
 * @csspart menu - The dropdown: a popover, in the top layer, so no header's `overflow` or
 *   stacking hides it. It resolves the colour tokens again, so tokens set on
 *   `account-menu::part(menu)` theme it apart from the header the button sits in.
 * @csspart item - The built-in items.
 * @csspart loading - Loading state inside the dropdown.
 * @csspart error - Error state inside the dropdown.
 * @csspart retry-button - The Retry button.
 * @csspart no-provider - Shown in the dropdown when there is neither a provider nor `account-name`.
 *
 * @cssprop [--account-menu-button-background=transparent] - The button's background.
 * @cssprop [--account-menu-button-color=inherit] - The button's text colour.
 * @cssprop [--account-menu-button-border=transparent] - The button's border colour.
 *
 * @cssstate open - While the menu is open.
 */
export class AccountMenu extends PawElement<AccountMenuStrings> {
  static override styles = [...baseStyles, accountMenuStyles];
  static override defaultStrings = accountMenuStrings;
  static override translations: Translations<AccountMenuStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  @query('.trigger') private trigger!: HTMLButtonElement;
  @query('slot') private slotEl!: HTMLSlotElement | null;

  @state() private open = false;

  /** The name to show. When set, the provider is not asked. */
  @property({ attribute: 'account-name' })
  accountName: string | undefined;

  private readonly account = new ProviderTask(this, {
    operation: 'getAccount',
    args: () => [this.accountName] as const,
    ready: ([name]) => !name,
    run: (provider, _args, { signal }) => provider.getAccount({ signal }),
  });

  @query('.popup') private popup!: HTMLElement | null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    window.addEventListener('resize', this.onWindowMoved);
    // Any scrolling box the button is in (captured: scroll does not bubble).
    document.addEventListener('scroll', this.onWindowMoved, { capture: true, passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    window.removeEventListener('resize', this.onWindowMoved);
    document.removeEventListener('scroll', this.onWindowMoved, { capture: true });
    this.open = false;
  }

  override updated(): void {
    this.setCssState('open', this.open);
    const popup = this.popup;
    if (popup?.isConnected && popup.matches(':popover-open') !== this.open) {
      if (this.open) {
        popup.showPopover();
        this.placePopup();
      } else {
        popup.hidePopover();
      }
    }
  }

  private get items(): HTMLElement[] {
    const own = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
    const slotted = (this.slotEl?.assignedElements({ flatten: true }) ?? []) as HTMLElement[];
    return [...own, ...slotted.filter((el) => el.getAttribute('role') === 'menuitem')];
  }

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  /** An open dropdown follows its button: the window changed size (a turned tablet) or the page scrolled. */
  private readonly onWindowMoved = () => {
    if (this.open) this.placePopup();
  };

  private onSlotChange() {
    for (const el of (this.slotEl?.assignedElements({ flatten: true }) ?? []) as HTMLElement[]) {
      if (!el.hasAttribute('role')) el.setAttribute('role', 'menuitem');
      el.tabIndex = -1;
    }
  }

  private async openMenu(focus: 'first' | 'last') {
    this.open = true;
    await this.updateComplete;
    const items = this.items;
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  /**
   * The dropdown lines up with the button's end edge (a menu at the top right of a portal); when
   * that takes it off the screen (the button near the page's start edge), with its start edge.
   * Its top is the button's bottom (plus the gap in the styles).
   */
  private placePopup() {
    const popup = this.popup;
    if (!popup || !this.trigger) return;
    const button = this.trigger.getBoundingClientRect();
    const width = popup.offsetWidth;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const atEnd = rtl ? button.left : button.right - width;
    const atStart = rtl ? button.right - width : button.left;
    const left = atEnd < 0 || atEnd + width > document.documentElement.clientWidth ? atStart : atEnd;
    // Through CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
    popup.style.setProperty('left', `${Math.round(left)}px`);
    popup.style.setProperty('top', `${Math.round(button.bottom)}px`);
  }

  private closeMenu(returnFocus: boolean) {
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  private onTriggerKeydown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu('last');
    } else if (event.key === 'Escape' && this.open) {
      this.closeMenu(true);
    }
  }

  private onMenuKeydown(event: KeyboardEvent) {
    const items = this.items;
    const active = items.findIndex((el) => el === event.composedPath()[0] || el.contains(event.composedPath()[0] as Node));
    const move = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active + 1);
      case 'ArrowUp':
        return move(active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        return this.closeMenu(true);
      case 'Tab':
        return this.closeMenu(false);
      case 'Enter':
      case ' ':
        if (active >= 0 && items[active]?.localName !== 'button') {
          event.preventDefault();
          items[active]?.click();
        }
        return;
      default:
        if (event.key.length === 1) {
          const next = items.findIndex((el, i) => i > active && el.textContent?.trim().toLowerCase().startsWith(event.key.toLowerCase()));
          const wrap = items.findIndex((el) => el.textContent?.trim().toLowerCase().startsWith(event.key.toLowerCase()));
          if (next >= 0 || wrap >= 0) move(next >= 0 ? next : wrap);
        }
    }
  }

  private select(item: string) {
    this.closeMenu(true);
    this.emit('account-menu-select', { item });
  }

  private onSlottedClick(event: Event) {
    const el = (event.composedPath() as Element[]).find(
      (node) => node instanceof HTMLElement && node.getAttribute?.('role') === 'menuitem' && node.parentElement === this,
    );
    if (!(el instanceof HTMLElement)) return;
    this.select(el.getAttribute('value') ?? el.dataset['item'] ?? el.textContent?.trim() ?? '');
  }

  private renderStatus() {
    if (this.accountName) return nothing;
    const state = this.account.state;
    if (state.status === 'no-provider') return renderNoProvider(this.text);
    if (state.status === 'loading') return renderLoading(this.text);
    if (state.status === 'error') return renderError(state.error, this.text, () => void this.account.run());
    return nothing;
  }

  override render() {
    const t = this.text;
    const state = this.account.state;
    const name = this.accountName || (state.status === 'ready' ? state.value.name : '') || t.fallbackName;
    return html`
      <button
        part="button"
        class="trigger"
        type="button"
        id="trigger"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${() => (this.open ? this.closeMenu(true) : void this.openMenu('first'))}
        @keydown=${this.onTriggerKeydown}
      >
        <span part="name" class="name">${name}</span><span class="caret" aria-hidden="true"></span>
      </button>
      <div class="popup" part="menu" popover="manual" @keydown=${this.onMenuKeydown}>
        ${this.renderStatus()}
        <ul role="menu" id="menu" aria-labelledby="trigger">
          <li role="none">
            <button part="item" class="item" role="menuitem" tabindex="-1" type="button" @click=${() => this.select('account')}>
              ${t.account}
            </button>
          </li>
          <slot @slotchange=${this.onSlotChange} @click=${this.onSlottedClick}></slot>
        </ul>
      </div>
    `;
  }
}
