import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { PawElement } from '../../core/base-element.js';
import { formatNumber } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import { MAX_PHONE_INPUT_LENGTH } from '../../core/phone.js';
import type { BlockedNumber, Page } from '../../core/provider.js';
import { StatusLine } from '../../shared-ui/change-flow.js';
import { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import { zoneNoticeStyles } from '../../shared-ui/zone-notice.js';
import { rowButton } from '../../shared-ui/data-table/row-button.js';
import { dataTableStyles } from '../../shared-ui/data-table/data-table.styles.js';
import { actionStatusStyles } from '../../shared-ui/data-table/section.styles.js';
import { ListSection } from '../../shared-ui/list-section/list-section.js';
import { renderListBody, renderListSection, renderListZoneNotice } from '../../shared-ui/list-section/list-section-view.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { BlockForm } from './block-form.js';
import { blockListStyles } from './block-list.styles.js';
import { blockListStrings, type BlockListStrings } from './block-list.strings.js';
import { blockedColumns, displayNumber } from './blocked-columns.js';
import { SearchInput } from './search-input.js';
import { UnblockAction } from './unblock-action.js';

/** Rows per request (capped by the provider's `limits.maxPageSize`). */
const PAGE_SIZE = 100;
/** Reasons longer than this are not taken from the form. */
const MAX_REASON_LENGTH = 200;

/**
 * The Block List section: every number the admin blocked — the number (grouped for reading; the
 * provider's E.164 form is what actions use), when, and the reason or where it was blocked from —
 * in a virtual table paged through the provider's cursor, with a **Search** box (applied after
 * a typing pause or on Enter; a new search aborts the one in flight), **Unblock** on each row
 * (confirmed; the row goes once the provider confirmed, and stays with the reason when it
 * fails), and a **Number to block** form with **Block**.
 *
 * The form takes an E.164 number (`+`, country code, 8 to 15 digits in all; spaces, dashes,
 * dots and brackets are tolerated and removed) or an extension (2 to 6 digits). Anything else
 * gets a field error and no provider call; a number already blocked (`conflict`) says so. The
 * form is not shown when the provider has no `blockNumber`.
 *
 * The list reloads when another element with the same provider blocks or unblocks a number (the
 * call log's **Block**), so a number blocked elsewhere on the page shows up without a reload.
 *
 * @tagname block-list
 * @summary Blocked numbers: search, Unblock, and a form to block a number.
 *
 * @fires number-blocked - After the provider blocked the number entered in the form. Detail: the `BlockedNumber`.
 * @fires number-unblocked - After the provider unblocked a number. Detail: `{ number }` (as the provider lists it).
 * @fires provider-error - When loading, blocking or unblocking fails. Detail: `{ error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart form - The "Block a number" form.
 * @csspart field - Each label + input + message group.
 * @csspart input - The number, reason and search inputs.
 * @csspart field-hint - The hint under the number and search fields.
 * @csspart field-error - The number field's error.
 * @csspart form-error - A block failure that is not about the number.
 * @csspart block-button - The form's Block button.
 * @csspart status - The line announcing the outcome of a block or unblock.
 * @csspart toolbar - The row with the search field and the count.
 * @csspart search - The search field.
 * @csspart count - How many numbers are blocked (or match the search).
 * @csspart table-scroller - The scrolling area of the table.
 * @csspart table - The grid.
 * @csspart table-head - The header row group.
 * @csspart column-header - Each column header.
 * @csspart row - Each row.
 * @csspart cell - Each cell of a loaded row.
 * @csspart row-error - A failed page's inline error (with Retry).
 * @csspart table-status - The line announcing progress towards far rows.
 * @csspart unblock-button - Each row's Unblock button.
 * @csspart button - Every button.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and Retry).
 * @csspart error-message - The provider's message.
 * @csspart retry-button - The Retry buttons.
 * @csspart zone-notice - Says the times are in a stand-in zone (the account's or the browser's) because the user's could not be loaded (no `time-zone` set), with its Retry; empty otherwise.
 * @csspart zone-retry-button - The notice's Retry: asks for the user's time zone again.
 * @csspart empty - The empty state (no blocked number, or none matching the search).
 * @csspart no-provider - Shown when no data provider is configured.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - Its title.
 * @csspart dialog-message - Its message.
 * @csspart dialog-actions - Its buttons' row.
 * @csspart dialog-cancel - Its Cancel button.
 * @csspart dialog-confirm - Its Unblock button.
 *
 * @cssprop [--block-list-height=24em] - Largest height of the table's scrolling area (a short list takes less; at most 85% of the window's height).
 * @cssprop [--block-list-row-height=2.75em] - Height of every row (fixed; measured once).
 * @cssprop [--block-list-header-background=var(--paw-color-surface-raised)] - Background of the column headers.
 * @cssprop [--block-list-stripe=color-mix(in srgb, var(--paw-color-surface-raised) 60%, var(--paw-color-surface))] - Background of every other row.
 * @cssprop [--block-list-form-background=var(--paw-color-surface-raised)] - Background of the "Block a number" form.
 *
 * @cssstate loading - While the first page of the list (or of a search) loads.
 * @cssstate error - After the first page failed.
 * @cssstate blocking - While a block from the form is in flight.
 */
export class BlockList extends PawElement<BlockListStrings> {
  static override styles = [...baseStyles, dataTableStyles, actionStatusStyles, blockListStyles, zoneNoticeStyles];
  static override defaultStrings = blockListStrings;
  static override translations: Translations<BlockListStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** The outcome of the last block or unblock. */
  private readonly statusLine = new StatusLine(this);

  private readonly confirm = new ConfirmController(this);
  private readonly search = new SearchInput(this);
  /** Each submission re-creates the field error, so the same message is announced again. */
  private attempt = 0;
  /** After a reload that an unblock caused: if focus had nowhere to go, it goes to the search box. */
  private checkFocus = false;

  private readonly list: ListSection<BlockedNumber, Page<BlockedNumber>, { search: string }> = new ListSection(this, this.bridge, {
    text: () => this.text,
    label: () => this.text.tableLabel,
    columns: () =>
      blockedColumns({
        text: this.text,
        display: this.list.display,
        unblockButton: (blocked, tabIndex) => this.renderUnblockButton(blocked, tabIndex),
      }),
    operation: 'listBlockedNumbers',
    // Numbers need no zone: their dates show in the browser's until the user's is known.
    needsZone: false,
    query: () => ({ search: this.search.applied }),
    identity: (q) => [q.search],
    pageSize: PAGE_SIZE,
    fetchPage: (provider, { search }, { cursor, limit, signal }) =>
      provider.listBlockedNumbers({ ...(search ? { search } : {}), cursor, limit, signal }),
  });

  private readonly unblocker = new UnblockAction(this, {
    confirm: this.confirm,
    text: () => this.text,
    display: (number) => displayNumber(number, this.text),
    onUnblocked: (number) => this.emit('number-unblocked', { number }),
    onListChanged: () => {
      this.checkFocus = true;
      this.list.reload();
    },
    line: this.statusLine,
    onError: (error) => this.reportProviderError(error, 'unblockNumber'),
  });

  private readonly blockForm = new BlockForm(this, {
    text: () => this.text,
    onBlocked: (blocked) => {
      this.unblocker.forget(blocked.number);
      this.emit('number-blocked', blocked);
      this.list.reload();
    },
    line: this.statusLine,
    onError: (error) => this.reportProviderError(error, 'blockNumber'),
  });

  override updated(): void {
    const source = this.list.source;
    this.setCssState('blocking', this.blockForm.busy);
    const total = source?.total;
    if (total !== undefined)
      this.renderRoot.querySelector<HTMLElement>('.table-wrap')?.style.setProperty('--_rows', String(Math.max(1, total)));
    if (this.checkFocus && !this.list.table.switching && source?.status !== 'loading') {
      this.checkFocus = false;
      // The last row went: focus must not fall back to the page.
      if (this.shadowRoot?.activeElement === null && this.confirm.open === false && document.activeElement === document.body) {
        this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
      }
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    this.attempt += 1;
    const outcome = await this.blockForm.submit({ number: String(data.get('number') ?? ''), reason: String(data.get('reason') ?? '') });
    if (outcome === 'ignored') return;
    if (outcome === 'blocked') form.reset();
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    if (outcome === 'form-error') {
      // The Block button was disabled while in flight; give focus back if it was lost with it.
      if (root.activeElement === null) root.querySelector<HTMLButtonElement>('.block-submit')?.focus();
      return;
    }
    root.querySelector<HTMLInputElement>('#number')?.focus();
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.search.commit();
    }
  }

  private renderUnblockButton(blocked: BlockedNumber, tabIndex: 0 | -1) {
    const t = this.text;
    const shown = displayNumber(blocked.number, t);
    const done = this.unblocker.isUnblocked(blocked.number);
    const busy = this.unblocker.isBusy(blocked.number);
    return rowButton(
      {
        part: 'unblock-button',
        label: done ? t.unblockedLabel(shown) : busy ? t.unblockingLabel(shown) : t.unblockLabel(shown),
        text: done ? t.unblocked : busy ? t.unblocking : t.unblock,
        texts: [t.unblock, t.unblocking, t.unblocked],
        unavailable: done || busy,
        onClick: () => void this.unblocker.unblock(blocked.number),
      },
      tabIndex,
    );
  }

  private renderForm() {
    const t = this.text;
    const f = this.blockForm;
    const busy = f.busy;
    const describedBy = f.fieldError ? 'number-error number-hint' : 'number-hint';
    return html`<form part="form" class="block-form" novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
      <fieldset>
        <legend>${t.blockLegend}</legend>
        ${f.formError ? html`<p part="form-error" class="state error form-error" role="alert">${f.formError}</p>` : nothing}
        <div class="form-row">
          <div part="field" class="field number-field">
            <label for="number">${t.numberToBlock}</label>
            <input
              part="input"
              id="number"
              name="number"
              type="tel"
              inputmode="tel"
              dir="ltr"
              autocomplete="off"
              spellcheck="false"
              required
              maxlength=${MAX_PHONE_INPUT_LENGTH}
              aria-invalid=${f.fieldError ? 'true' : 'false'}
              aria-describedby=${describedBy}
              ?readonly=${busy}
              @input=${() => f.edited()}
            />
            ${
              f.fieldError
                ? keyed(this.attempt, html`<p part="field-error" class="field-error" id="number-error" role="alert">${f.fieldError}</p>`)
                : nothing
            }
            <p part="field-hint" class="field-hint" id="number-hint">${t.numberHint}</p>
          </div>
          <div part="field" class="field reason-field">
            <label for="reason">${t.reason}</label>
            <input part="input" id="reason" name="reason" type="text" autocomplete="off" maxlength=${MAX_REASON_LENGTH} ?readonly=${busy} />
          </div>
          <button part="block-button button" class="button primary block-submit" type="submit" ?disabled=${busy}>
            ${busy ? t.blocking : t.block}
          </button>
        </div>
      </fieldset>
    </form>`;
  }

  private renderToolbar() {
    const t = this.text;
    const source = this.list.source;
    const search = this.list.shownQuery?.search ?? '';
    const total = source?.status === 'ready' && !this.list.table.switching ? source.total : undefined;
    const count = total === undefined ? '' : (search ? t.matches : t.count)(total, formatNumber(total, this.list.display.locale));
    return html`<div part="toolbar" class="toolbar">
      <div part="field search" class="field">
        <label for="search">${t.search}</label>
        <input
          part="input"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${this.search.draft}
          @input=${(e: InputEvent) => this.search.input((e.target as HTMLInputElement).value)}
          @keydown=${this.onSearchKeydown}
        />
        <p part="field-hint" class="field-hint" id="search-hint">${t.searchHint}</p>
      </div>
      <p part="count" class="count" role="status">${count}</p>
    </div>`;
  }

  override render() {
    const t = this.text;
    const provider = this.dataProvider;
    const status = this.statusLine.status;
    const search = this.list.shownQuery?.search ?? '';
    // A short list takes only the height it needs; --_rows is set in updated() (CSSOM, not a style
    // attribute, so a strict Content-Security-Policy allows it).
    const fit = this.list.source?.total !== undefined ? 'fit' : '';
    return renderListSection(
      this.list,
      t.title,
      html`${
        provider
          ? html`${this.blockForm.available ? this.renderForm() : nothing}
            <p part="status" class="action-status ${status?.kind ?? ''}" role="status">${status?.message ?? ''}</p>
            ${this.renderToolbar()} ${renderListZoneNotice(this.list, t)}`
          : nothing
      }
      ${renderListBody(this.list, t, { empty: search ? t.noMatches(search) : t.empty, bodyClass: `table-wrap ${fit}` })}
      ${provider ? this.confirm.render() : nothing}`,
    );
  }
}
