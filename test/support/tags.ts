/** Every element the package defines, by tag (what the bundle, the CDN and the root entry are checked against). */
export const ELEMENT_TAGS = [
  'account-settings',
  'account-menu',
  'user-panel',
  'account-info-panel',
  'service-plan-panel',
  'call-log-table',
  'date-range-field',
  'transaction-table',
  'bill-table',
  'media-library',
  'block-list',
] as const;
