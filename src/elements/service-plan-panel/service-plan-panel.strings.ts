import { commonStrings } from '../../core/strings.js';

const users = (n: number) => (n === 1 ? 'user' : 'users');

/**
 * Default (English) text of `<service-plan-panel>`. Override any entry through `strings`.
 * Functions receive numbers and money already formatted for the element's locale; those that
 * also receive the raw count `n` can choose a plural form with it (`Intl.PluralRules`).
 */
export const servicePlanPanelStrings = {
  ...commonStrings,
  title: 'Service Plan',
  planName: 'Plan',
  availableCredit: 'Available credit',
  charges: 'Monthly charges',
  item: 'Item',
  quantity: 'Quantity',
  unitPrice: 'Cost each',
  monthlyCharge: 'Monthly charge',
  users: 'Users',
  dids: 'DIDs (phone numbers)',
  inUse: (inUse: string) => `${inUse} in use`,
  monthlyTotal: 'Monthly total',

  buyTitle: 'Buy users',
  usersToBuy: 'Users to buy',
  buy: 'Buy',
  buying: 'Buying…',
  /** Hint under both fields; `max` is 10,000 formatted. */
  quantityHint: (max: string) => `A whole number from 1 to ${max}.`,
  calculating: 'Calculating…',
  cost: 'Cost',
  /** How a cost without a provider quote was computed, e.g. "3 × $19.99". */
  costBreakdown: (count: string, unitPrice: string) => `${count} × ${unitPrice}`,
  creditAfter: 'Credit after purchase',
  /** A provider quote with a recurring part: the monthly increase and what is charged now. */
  quoteMonthly: (monthly: string, now: string) => `a monthly increase of ${monthly} and a charge now of ${now}`,
  notEnoughCredit: (cost: string, credit: string) => `Not enough credit: this costs ${cost} and the available credit is ${credit}.`,
  /** After the summary "Not enough credit." when Buy is pressed: the same facts, not said twice. */
  shortOfCredit: (cost: string, credit: string) => `This costs ${cost} and the available credit is ${credit}.`,
  quoteFailed: 'The price could not be calculated.',
  quoteRetry: 'Buy asks again.',
  confirmBuyTitle: 'Buy users?',
  confirmBuyMessage: (n: number, count: string, cost: string) =>
    `Buy ${count} ${users(n)} for ${cost}? The cost is taken from your credit.`,
  /** The confirmation for a price the provider bills other than from the credit (its quote names no credit after it). */
  confirmBuyMessageBilled: (n: number, count: string, cost: string) => `Buy ${count} ${users(n)} for ${cost}?`,
  bought: (n: number, count: string, cost: string, total: string) =>
    `Bought ${count} ${users(n)} for ${cost}. Users on the plan: ${total}.`,
  /** Bought, when the charge is not known here (announced after a reload). */
  boughtUsers: (n: number, count: string, total: string) => `Bought ${count} ${users(n)}. Users on the plan: ${total}.`,
  buyFailed: 'No users were bought.',
  /** A purchase whose answer was lost (a dropped connection, a timeout): never said as failed. */
  buyUnknown: (n: number, count: string) =>
    `We couldn't confirm whether ${count} ${users(n)} ${n === 1 ? 'was' : 'were'} bought — checking…`,
  /** Still unknown after reading the plan again; `total` is what the plan shows now ('' if it could not be read). */
  buyUnknownStill: (n: number, count: string, total: string) =>
    `We couldn't confirm whether ${count} ${users(n)} ${n === 1 ? 'was' : 'were'} bought.${total ? ` Users on the plan now: ${total}.` : ''} Check the plan before buying again.`,
  /** After "The purchase was not confirmed.": a lost answer settled from the plan read again, unchanged. */
  buyNotDone: (total: string) => `The plan still shows ${total} users.`,
  /** The summary of a lost answer settled from a plan that did not change: not "No users were bought" (the request may still land). */
  buyNotConfirmed: 'The purchase was not confirmed.',
  /** After it: the same count again reuses the purchase's idempotency key; another count would be a new purchase. */
  buyRetrySame: (n: number, count: string) => `To try again, buy ${count} ${users(n)} again: the same purchase is sent, not a new one.`,
  /** A lost answer settled from the plan read again: what the plan shows, with no charge (the provider's answer never came). */
  boughtSeen: (count: string, total: string) => `The plan now shows ${total} users, ${count} more than before your purchase.`,
  insufficientCredit: 'Not enough credit.',

  removeTitle: 'Remove users',
  usersToRemove: 'Users to remove',
  remove: 'Remove',
  removing: 'Removing…',
  removeHint: (removable: string) => `You can remove up to ${removable}.`,
  removeHintInUse: (removable: string, inUse: string) => `${inUse} in use: you can remove up to ${removable}.`,
  confirmRemoveTitle: 'Remove users?',
  confirmRemoveMessage: (n: number, count: string, remaining: string) =>
    `Remove ${count} ${users(n)}? Users on the plan afterwards: ${remaining}.`,
  removed: (n: number, count: string, total: string) => `Removed ${count} ${users(n)}. Users on the plan: ${total}.`,
  removeFailed: 'No users were removed.',
  removeUnknown: (n: number, count: string) =>
    `We couldn't confirm whether ${count} ${users(n)} ${n === 1 ? 'was' : 'were'} removed — checking…`,
  removeUnknownStill: (n: number, count: string, total: string) =>
    `We couldn't confirm whether ${count} ${users(n)} ${n === 1 ? 'was' : 'were'} removed.${total ? ` Users on the plan now: ${total}.` : ''} Check the plan before removing again.`,
  removeNotDone: (total: string) => `The plan still shows ${total} users.`,
  removeNotConfirmed: 'The removal was not confirmed.',
  removeRetrySame: (n: number, count: string) =>
    `To try again, remove ${count} ${users(n)} again: the same removal is sent, not a new one.`,
  removedSeen: (count: string, total: string) => `The plan now shows ${total} users, ${count} fewer than before your removal.`,

  errorRequired: 'Enter a number of users.',
  errorNotWhole: 'Enter a whole number using the digits 0–9 only, such as 3.',
  errorRange: (max: string) => `Enter a number from 1 to ${max}.`,
  errorMoreThanPlan: (quantity: string) => `Users on the plan: ${quantity}. You cannot remove more than that.`,
  errorBelowInUse: (inUse: string, removable: string) => `In use: ${inUse}. You can remove at most ${removable}.`,
};

export type ServicePlanPanelStrings = typeof servicePlanPanelStrings;
