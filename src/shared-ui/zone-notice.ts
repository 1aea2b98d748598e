import { css, html, nothing } from 'lit';
import type { CommonStrings } from '../core/strings.js';
import type { DisplayZone } from './display-zone.js';

/**
 * Tells the user that times are shown in a stand-in zone (the browser's) because the
 * provider's could not be loaded, with a Retry that asks for it again. Nothing when the zone is
 * the right one, or when `show` is false (the section shows its own error, whose Retry asks too).
 */
export function renderZoneNotice(zone: DisplayZone, t: Pick<CommonStrings, 'zoneStandIn' | 'retry'>, show = true) {
  const standIn = zone.standIn;
  if (!show || !standIn) return nothing;
  return html`<p part="zone-notice" class="zone-notice" role="status">
    <span>${t.zoneStandIn(standIn)}</span>
    <button class="button zone-retry-button" part="zone-retry-button button" type="button" @click=${() => void zone.retry(() => undefined)}>
      ${t.retry}
    </button>
  </p>`;
}

export const zoneNoticeStyles = css`
  .zone-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block: 0 var(--_space-s);
    color: var(--_text-muted);
  }
  .zone-notice .button {
    min-block-size: 0;
    padding-block: 0.125em;
  }
`;
