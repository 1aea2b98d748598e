/**
 * The "Users to buy" / "Users to remove" fields: what they accept and why they refuse.
 * Only digits are taken (after trimming), from 1 to {@link MAX_USERS_PER_CHANGE}: no sign, no
 * decimal point, no exponent, no grouping separators. Arabic-Indic, Eastern Arabic and
 * full-width digits read as 0–9, as in the block form (`asciiDigits`); other scripts' digits are
 * refused. Anything else is refused before a provider is asked.
 */
import { asciiDigits } from '../../core/phone.js';

/** The most users one purchase or one removal may change: 10,000. */
export const MAX_USERS_PER_CHANGE = 10_000;

export type QuantityProblem = 'required' | 'not-whole' | 'out-of-range';

export type QuantityResult = { ok: true; value: number } | { ok: false; problem: QuantityProblem };

const DIGITS = /^[0-9]+$/;

/** Parses what the user typed into a count of users from 1 to `max`. */
export function parseQuantity(raw: string, max: number = MAX_USERS_PER_CHANGE): QuantityResult {
  const text = asciiDigits(raw).trim();
  if (text === '') return { ok: false, problem: 'required' };
  if (!DIGITS.test(text)) return { ok: false, problem: 'not-whole' };
  const digits = text.replace(/^0+(?=[0-9])/, '');
  // A long run of digits is out of range whatever it is; never let it become a float.
  if (digits.length > String(max).length) return { ok: false, problem: 'out-of-range' };
  const value = Number(digits);
  if (value < 1 || value > max) return { ok: false, problem: 'out-of-range' };
  return { ok: true, value };
}

export type RemovalProblem = 'more-than-plan' | 'below-in-use';

/** The plan's users as the contract gives them. */
export interface PlanUsers {
  quantity: number;
  inUse?: number;
}

/** How many users can go: all of them, less those in use when the provider says how many. */
export function removableUsers(users: PlanUsers): number {
  return Math.max(0, users.quantity - Math.max(0, users.inUse ?? 0));
}

/** Why removing `count` users is refused, or `undefined` when the provider may be asked. */
export function removalProblem(count: number, users: PlanUsers): RemovalProblem | undefined {
  if (count > users.quantity) return 'more-than-plan';
  if (count > removableUsers(users)) return 'below-in-use';
  return undefined;
}
