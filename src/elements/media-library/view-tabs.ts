import { html, type TemplateResult } from 'lit';
import type { MediaLibraryStrings } from './media-library.strings.js';

/** The tabs of the media library. */
export type MediaTab = 'files' | 'recordings';

export const MEDIA_TABS: readonly MediaTab[] = ['files', 'recordings'];

/** The tab a key moves to (WAI-ARIA tabs: ←/→ wrap, mirrored right to left; ↑/↓; Home/End), or `undefined`. */
export function tabAfterKey(current: MediaTab, key: string, rtl: boolean): MediaTab | undefined {
  const index = MEDIA_TABS.indexOf(current);
  const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 };
  let next: number;
  if (key in step) next = index + step[key]!;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = MEDIA_TABS.length - 1;
  else return undefined;
  return MEDIA_TABS[(next + MEDIA_TABS.length) % MEDIA_TABS.length];
}

/**
 * The tab list: one tab stop (the selected tab), `aria-controls` → `panel-<tab>`, selection
 * follows focus. The host renders the panels (`role="tabpanel"`, `id="panel-<tab>"`).
 */
export function renderViewTabs(
  selected: MediaTab,
  t: MediaLibraryStrings,
  onSelect: (tab: MediaTab, focus: boolean) => void,
): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabAfterKey(selected, event.key, getComputedStyle(event.currentTarget as Element).direction === 'rtl');
    if (!next) return;
    event.preventDefault();
    onSelect(next, true);
  };
  return html`<div part="view-tabs" class="tabs" role="tablist" aria-label=${t.tabsLabel} @keydown=${onKeydown}>
    ${MEDIA_TABS.map((id) => {
      const on = id === selected;
      return html`<button
        part=${on ? 'view-tab view-tab-selected' : 'view-tab'}
        class="tab"
        role="tab"
        type="button"
        id="tab-${id}"
        aria-selected=${on ? 'true' : 'false'}
        aria-controls="panel-${id}"
        tabindex=${on ? '0' : '-1'}
        @click=${() => onSelect(id, false)}
      >
        ${id === 'files' ? t.tabFiles : t.tabRecordings}
      </button>`;
    })}
  </div>`;
}
