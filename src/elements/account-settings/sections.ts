import type { SectionId } from '../../core/events.js';
import type { AccountDataProvider } from '../../core/provider.js';

/** One section of the shell: its id, the element that renders it (unprefixed tag), and what it needs. */
export interface SectionDefinition {
  id: SectionId;
  /** Tag without prefix, e.g. `user-panel`. */
  tag: string;
  /** The provider method without which the section is not offered. */
  requires?: keyof AccountDataProvider;
}

/**
 * The sections in their order. A section is offered when its element exists (this list only
 * names built elements) and the provider has the method it requires.
 */
export const SECTIONS: readonly SectionDefinition[] = [
  { id: 'user', tag: 'user-panel' },
  { id: 'account', tag: 'account-info-panel' },
  { id: 'service-plan', tag: 'service-plan-panel' },
  { id: 'per-minute', tag: 'call-log-table' },
  { id: 'transactions', tag: 'transaction-table' },
  { id: 'bills', tag: 'bill-table', requires: 'listBills' },
  { id: 'media', tag: 'media-library' },
  { id: 'block-list', tag: 'block-list' },
];

export const SECTION_IDS: readonly SectionId[] = [
  'user',
  'account',
  'service-plan',
  'per-minute',
  'transactions',
  'bills',
  'media',
  'block-list',
];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}

/** The sections to offer for a provider and a host's `sections` list. */
export function availableSections(provider: AccountDataProvider | undefined, allowed: readonly string[] | undefined): SectionDefinition[] {
  return SECTIONS.filter(
    (s) =>
      (!allowed || allowed.length === 0 || allowed.includes(s.id)) &&
      (!s.requires || !provider || typeof provider[s.requires] === 'function'),
  );
}
