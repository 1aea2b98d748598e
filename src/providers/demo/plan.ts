import { addMoney, multiplyMoney, sumMoney } from '../../core/money.js';
import { dayOf } from '../../core/dates.js';
import type { Money, ServicePlan } from '../../core/provider.js';
import { mulDiv } from './exact.js';

/** The mutable state behind `getServicePlan`; prices are decimal strings. */
export interface PlanState {
  name: string;
  users: number;
  inUse: number;
  userPrice: string;
  dids: number;
  didPrice: string;
  lines: Array<{ label: string; quantity: number; unitPrice: string }>;
}

const money = (amount: string, currency: string): Money => ({ amount, currency });

/** The plan as the contract shows it: every total an exact product or sum. */
export function servicePlanView(plan: PlanState, credit: Money): ServicePlan {
  const { currency } = credit;
  const userPrice = money(plan.userPrice, currency);
  const didPrice = money(plan.didPrice, currency);
  const users = { quantity: plan.users, inUse: plan.inUse, unitPrice: userPrice, total: multiplyMoney(userPrice, plan.users) };
  const dids = { quantity: plan.dids, unitPrice: didPrice, total: multiplyMoney(didPrice, plan.dids) };
  const otherLines = plan.lines.map((line) => {
    const unitPrice = money(line.unitPrice, currency);
    return { label: line.label, quantity: line.quantity, unitPrice, total: multiplyMoney(unitPrice, line.quantity) };
  });
  const monthlyTotal = addMoney(
    addMoney(users.total, dids.total),
    sumMoney(
      otherLines.map((l) => l.total),
      currency,
    ),
  );
  return { name: plan.name, users, dids, otherLines, monthlyTotal, credit: { ...credit } };
}

/**
 * The prorated charge for `count` more users bought at `at`: unit price × count × (days left in
 * the billing month, today included) / (days in the month), rounded half up to cents. The
 * billing month is the calendar month in the account's time zone.
 */
export function prorateUsers(plan: PlanState, count: number, at: Date, timeZone: string, currency: string): Money {
  const today = dayOf(at, timeZone);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const daysLeft = daysInMonth - d + 1;
  return money(mulDiv(plan.userPrice, BigInt(count) * BigInt(daysLeft), BigInt(daysInMonth), 2), currency);
}
