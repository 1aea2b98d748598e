import { AccountInfoPanel } from './account-info-panel/account-info-panel.js';
import { AccountMenu } from './account-menu/account-menu.js';
import { AccountSettings } from './account-settings/account-settings.js';
import { BillTable } from './bill-table/bill-table.js';
import { BlockList } from './block-list/block-list.js';
import { CallLogTable } from './call-log-table/call-log-table.js';
import { DateRangeField } from './date-range-field/date-range-field.js';
import { MediaLibrary } from './media-library/media-library.js';
import { ServicePlanPanel } from './service-plan-panel/service-plan-panel.js';
import { TransactionTable } from './transaction-table/transaction-table.js';
import { UserPanel } from './user-panel/user-panel.js';

/** Every public element with its default (unprefixed) tag name. */
export const ELEMENTS = {
  'account-settings': AccountSettings,
  'account-menu': AccountMenu,
  'user-panel': UserPanel,
  'account-info-panel': AccountInfoPanel,
  'service-plan-panel': ServicePlanPanel,
  'call-log-table': CallLogTable,
  'date-range-field': DateRangeField,
  'transaction-table': TransactionTable,
  'bill-table': BillTable,
  'media-library': MediaLibrary,
  'block-list': BlockList,
} as const;

export type ElementTag = keyof typeof ELEMENTS;
