/**
 * Compile-only: Vue's view of the elements through `pbx-account-widgets/vue` (the
 * `GlobalComponents` augmentation that template type checking uses).
 */
import type {} from 'pbx-account-widgets/vue';
import type { GlobalComponents } from 'vue';

type SettingsProps = InstanceType<GlobalComponents['account-settings']>['$props'];
// Vue names an emitted event's listener prop `on` + Capitalize<name> (`@users-added` → 'onUsers-added').
type BlockListProps = InstanceType<GlobalComponents['block-list']>['$props'];

export const settings: SettingsProps = {
  section: 'user',
  'onSection-change': (e) => e.detail.section.toUpperCase(),
  // The shell's sections' bubbling events, typed.
  'onUsers-added': (e) => e.detail.count.toFixed(),
  'onProvider-error': (e) => e.detail.error.code,
};
export const blockList: BlockListProps = { 'onNumber-unblocked': (e) => e.detail.number.trim() };

// @ts-expect-error — not a section id
export const badSection: SettingsProps = { section: 'nope' };
// @ts-expect-error — no such property
export const bogus: SettingsProps = { bogus: 1 };
// @ts-expect-error — a method is not a prop
export const method: SettingsProps = { reportProviderError: () => undefined };
