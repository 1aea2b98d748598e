import { css, html, nothing, type ReactiveElement } from 'lit';
import type { CommonStrings } from '../core/strings.js';
import type { DisplayZone } from './display-zone.js';

/**
 * Tells the user that times are shown in a stand-in zone (the account's or the browser's)
 * because theirs could not be loaded, with a Retry that asks for it again. The sentence goes
 * into a live region that is always there (announced when it appears); the button sits outside
 * it. Empty when the zone is the right one, or when `show` is false (the section shows its own
 * error, whose Retry asks too). When the Retry succeeds the notice goes, and focus moves from
 * its button to the section's title rather than to the page.
 */
export function renderZoneNotice(zone: DisplayZone, t: Pick<CommonStrings, 'zoneStandIn' | 'retry'>, show = true) {
  const standIn = show ? zone.standIn : undefined;
  const asking = zone.asking;
  const retry = async (event: Event) => {
    if (zone.asking) return;
    const button = event.currentTarget as HTMLButtonElement;
    const root = button.getRootNode() as ShadowRoot;
    await zone.retry(() => undefined);
    await (root.host as ReactiveElement).updateComplete;
    const lost = root.activeElement === null && (document.activeElement === document.body || document.activeElement === root.host);
    if (!button.isConnected && lost) {
      const title = root.querySelector<HTMLElement>('[part~="title"]');
      if (title) {
        title.tabIndex = -1;
        title.focus();
      }
    }
  };
  return html`<div part="zone-notice" class="zone-notice">
    <p class="zone-notice-text" role="status">${standIn ? t.zoneStandIn(standIn) : ''}</p>
    ${
      standIn
        ? html`<button class="button zone-retry-button" part="zone-retry-button button" type="button" aria-disabled=${asking ? 'true' : 'false'} @click=${retry}>
          ${t.retry}
        </button>`
        : nothing
    }
  </div>`;
}

export const zoneNoticeStyles = css`
  .zone-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_text-muted);
  }
  .zone-notice:has(.zone-retry-button) {
    margin-block-end: var(--_space-s);
  }
  .zone-notice-text {
    margin: 0;
  }
  .zone-notice .button {
    min-block-size: 0;
    padding-block: 0.125em;
  }
  .zone-notice .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
`;
