import { css, html, type TemplateResult } from 'lit';

/** What a tab list shows and what it tells its host. */
export interface TabListOptions<T extends string> {
  /** The tabs, in order. */
  tabs: readonly T[];
  selected: T;
  /** The list's accessible name. */
  label: string;
  /** A tab's text. */
  text: (tab: T) => string;
  /** The `id` of the panel a tab controls (the host renders it, `role="tabpanel"`). */
  panelId: (tab: T) => string;
  /** The list's part, and each tab's (the selected tab's adds `<tabPart>-selected`). */
  listPart: string;
  tabPart: string;
  /** A tab was chosen: clicked (`focus` false), or reached with a key (`focus` true: move focus to it). */
  onSelect: (tab: T, focus: boolean) => void;
}

/** The tab a key moves to (WAI-ARIA tabs: ←/→ wrap, mirrored right to left; ↑/↓; Home/End), or `undefined`. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string, rtl: boolean): T | undefined {
  const index = tabs.indexOf(current);
  const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 };
  let next: number;
  if (key in step) next = index + step[key]!;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = tabs.length - 1;
  else return undefined;
  return tabs[(next + tabs.length) % tabs.length];
}

/**
 * A tab list (`class="tab-list"`, tabs `class="tab"`): one tab stop (the selected tab),
 * `id="tab-<tab>"`, `aria-controls` → the tab's panel, selection follows focus.
 */
export function renderTabList<T extends string>(o: TabListOptions<T>): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabAfterKey(o.tabs, o.selected, event.key, getComputedStyle(event.currentTarget as Element).direction === 'rtl');
    if (next === undefined) return;
    event.preventDefault();
    o.onSelect(next, true);
  };
  return html`<div part=${o.listPart} class="tab-list" role="tablist" aria-label=${o.label} @keydown=${onKeydown}>
    ${o.tabs.map((id) => {
      const on = id === o.selected;
      return html`<button
        part=${on ? `${o.tabPart} ${o.tabPart}-selected` : o.tabPart}
        class="tab"
        role="tab"
        type="button"
        id="tab-${id}"
        aria-selected=${on ? 'true' : 'false'}
        aria-controls=${o.panelId(id)}
        tabindex=${on ? '0' : '-1'}
        @click=${() => o.onSelect(id, false)}
      >
        ${o.text(id)}
      </button>`;
    })}
  </div>`;
}

/**
 * The look of {@link renderTabList}: a row of tabs over a rule, the selected one underlined in
 * `--_tab-active-color` (the host maps its public `--<tag>-active-color` onto it).
 */
export const tabListStyles = css`
  .tab-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    font: inherit;
    color: var(--_text-muted);
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    color: var(--_tab-active-color, var(--_primary));
    border-block-end-color: currentColor;
    font-weight: 600;
  }
  .tab:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  /*
   * Forced colours (Windows high contrast) paint every border, the unselected tabs' transparent
   * ones too: those take the background's colour, and the selected tab's the highlight.
   */
  @media (forced-colors: active) {
    .tab-list .tab {
      border-color: Canvas;
    }
    .tab-list .tab[aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;
