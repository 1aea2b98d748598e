/**
 * The public API without the providers (the root entry adds them; the CDN entry loads them
 * separately): free of side effects — importing it registers no element,
 * so `ProviderError`, `HttpProvider` and the other utilities cost only what they use. Register
 * with `pbx-account-widgets/<element>` (one element), `pbx-account-widgets/all` (every element),
 * or {@link defineAccountWidgets} (every element, optionally under a `prefix`).
 *
 * @packageDocumentation
 */
export * from './core/provider.js';
export { ProviderError, isProviderError, isAbortError, PROVIDER_ERROR_CODES } from './core/errors.js';
export type { ProviderErrorCode, ProviderErrorLike, ProviderErrorInit } from './core/errors.js';
export type { AccountWidgetEventDetails, AccountWidgetEventName, ProviderErrorDetail, SectionId } from './core/events.js';
export { addMoney, subtractMoney, multiplyMoney, compareMoney, sumMoney, formatMoney, isDecimalString } from './core/money.js';
export { dayRangeToInstants, isDay, isTimeZone, presetRange } from './core/dates.js';
export type { Day, DayRange, RangePreset } from './core/dates.js';
export { providerContext, displayContext } from './core/context.js';
export type { DisplayContext } from './core/context.js';
export { PawElement } from './core/base-element.js';
export { VERSION } from './core/define.js';
export { defineAccountWidgets } from './define-all.js';
export type { DefineOptions } from './define-all.js';
export { ELEMENTS } from './elements/registry.js';
export { AccountSettings } from './elements/account-settings/account-settings.js';
export { AccountMenu } from './elements/account-menu/account-menu.js';
export { UserPanel } from './elements/user-panel/user-panel.js';
export { AccountInfoPanel } from './elements/account-info-panel/account-info-panel.js';
export { ServicePlanPanel } from './elements/service-plan-panel/service-plan-panel.js';
export { CallLogTable } from './elements/call-log-table/call-log-table.js';
export { DateRangeField } from './elements/date-range-field/date-range-field.js';
export { TransactionTable } from './elements/transaction-table/transaction-table.js';
export { BillTable } from './elements/bill-table/bill-table.js';
export { MediaLibrary } from './elements/media-library/media-library.js';
export type { MediaTab } from './elements/media-library/media-library.js';
export { BlockList } from './elements/block-list/block-list.js';
export { formatPhoneNumber, parsePhoneInput } from './core/phone.js';
export type { RangeChangeDetail } from './elements/date-range-field/date-range-field.js';
export { accountSettingsStrings } from './elements/account-settings/account-settings.strings.js';
export { accountMenuStrings } from './elements/account-menu/account-menu.strings.js';
export { userPanelStrings } from './elements/user-panel/user-panel.strings.js';
export { accountInfoPanelStrings } from './elements/account-info-panel/account-info-panel.strings.js';
export { servicePlanPanelStrings } from './elements/service-plan-panel/service-plan-panel.strings.js';
export { callLogTableStrings } from './elements/call-log-table/call-log-table.strings.js';
export { dateRangeFieldStrings } from './elements/date-range-field/date-range-field.strings.js';
export { transactionTableStrings } from './elements/transaction-table/transaction-table.strings.js';
export { billTableStrings } from './elements/bill-table/bill-table.strings.js';
export { mediaLibraryStrings } from './elements/media-library/media-library.strings.js';
export { blockListStrings } from './elements/block-list/block-list.strings.js';
