import { commonStrings } from '../../core/strings.js';

/**
 * Default (English) text of `<block-list>`. Override any entry through `strings`.
 * Numbers in the text come already formatted for reading (`+44 20 7123 4567`); counts come as
 * a number (to choose the plural form) and as text formatted for the locale.
 */
export const blockListStrings = {
  ...commonStrings,
  title: 'Blocked numbers',
  tableLabel: 'Blocked numbers',
  empty: 'No numbers are blocked.',
  noMatches: (search: string) => `No blocked number matches “${search}”.`,
  count: (count: number, formatted: string) => (count === 1 ? '1 blocked number' : `${formatted} blocked numbers`),
  matches: (count: number, formatted: string) => (count === 1 ? '1 blocked number matches' : `${formatted} blocked numbers match`),
  search: 'Search',
  searchHint: 'Digits of a number, or words of a reason.',
  columnNumber: 'Number',
  columnBlockedAt: 'Blocked on',
  columnReason: 'Reason',
  columnActions: 'Actions',
  extension: (number: string) => `Extension ${number}`,
  unknownDate: 'Unknown',
  noReason: 'No reason given',
  loadingRow: 'Loading…',
  loadingRows: (percent: string) => `Loading rows… ${percent}`,
  unblock: 'Unblock',
  unblocking: 'Unblocking…',
  unblocked: 'Unblocked',
  unblockLabel: (number: string) => `Unblock ${number}`,
  unblockingLabel: (number: string) => `Unblocking ${number}…`,
  unblockedLabel: (number: string) => `Unblocked ${number}`,
  unblockTitle: 'Unblock this number?',
  unblockMessage: (number: string) => `Unblock ${number}? Its calls will get through again.`,
  unblockConfirm: 'Unblock',
  numberUnblocked: (number: string) => `${number} is no longer blocked.`,
  notOnList: (number: string) => `${number} was no longer on the block list.`,
  unblockFailed: (number: string) => `${number} is still blocked:`,
  blockLegend: 'Block a number',
  numberToBlock: 'Number to block',
  numberHint: 'An international number with + and the country code (e.g. +44 20 7123 4567), or an extension of 2 to 6 digits.',
  reason: 'Reason (optional)',
  defaultReason: 'Blocked by admin',
  block: 'Block',
  blocking: 'Blocking…',
  numberBlocked: (number: string) => `${number} is now blocked.`,
  alreadyBlocked: (number: string) => `${number} is already on the block list.`,
  blockFailed: (number: string) => `${number} was not blocked:`,
  errorEmpty: 'Enter a number to block.',
  errorCharacters: 'Use digits, one + in front, spaces, dashes, dots and brackets only.',
  errorCountryCode: 'A country code never starts with 0: check the digits after the +.',
  errorLength: 'An international number has 8 to 15 digits after the +.',
  errorExtension: 'Enter an international number with + and the country code, or an extension of 2 to 6 digits.',
};

export type BlockListStrings = typeof blockListStrings;
