import type { TemplateResult } from 'lit';
import { renderTabList } from '../../shared-ui/tabs.js';
import type { MediaLibraryStrings } from './media-library.strings.js';

/** The tabs of the media library. */
export type MediaTab = 'files' | 'recordings';

export const MEDIA_TABS: readonly MediaTab[] = ['files', 'recordings'];

/**
 * The tab list (part `view-tabs`, tabs `view-tab`): one tab stop (the selected tab),
 * `aria-controls` → `panel-<tab>`, selection follows focus. The host renders the panels
 * (`role="tabpanel"`, `id="panel-<tab>"`).
 */
export function renderViewTabs(
  selected: MediaTab,
  t: MediaLibraryStrings,
  onSelect: (tab: MediaTab, focus: boolean) => void,
): TemplateResult {
  return renderTabList({
    tabs: MEDIA_TABS,
    selected,
    label: t.tabsLabel,
    text: (id) => (id === 'files' ? t.tabFiles : t.tabRecordings),
    panelId: (id) => `panel-${id}`,
    listPart: 'view-tabs',
    tabPart: 'view-tab',
    onSelect,
  });
}
