import { compareMoney, multiplyMoney, subtractMoney, sumMoney } from '../../core/money.js';
import type { Money } from '../../core/provider.js';
import { show } from '../describe.js';
import { asMoney } from '../shapes.js';

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}

const text = (m: Money) => `${show(m.amount)} ${m.currency}`;

/** The arithmetic verdicts on one plan. */
export interface ArithmeticFindings {
  failures: string[];
  /** What could not be checked (malformed input, already reported under shapes / money). */
  notes: string[];
}

/**
 * `money.plan-arithmetic`: each line's total is exactly quantity × unitPrice, the monthly total
 * is exactly the sum of the line totals, all in one currency (the credit's too, since the UI
 * subtracts a purchase from it); users in use never exceed the users bought.
 */
export function planArithmetic(plan: unknown): ArithmeticFindings {
  const failures: string[] = [];
  const notes: string[] = [];
  const p = obj(plan);
  if (!p) return { failures, notes: ['not checked: the plan is not an object'] };

  const lines: { path: string; line: Obj }[] = [];
  const users = obj(p.users);
  const dids = obj(p.dids);
  if (users) lines.push({ path: 'users', line: users });
  if (dids) lines.push({ path: 'dids', line: dids });
  if (Array.isArray(p.otherLines))
    p.otherLines.forEach((line, i) => obj(line) && lines.push({ path: `otherLines[${i}]`, line: line as Obj }));

  const totals: Money[] = [];
  let complete = Boolean(users && dids);
  for (const { path, line } of lines) {
    const unit = asMoney(line.unitPrice);
    const total = asMoney(line.total);
    const quantity = line.quantity;
    if (!unit || !total || typeof quantity !== 'number' || !Number.isSafeInteger(quantity)) {
      notes.push(`${path} not checked: malformed quantity or money`);
      complete = false;
      continue;
    }
    totals.push(total);
    if (unit.currency !== total.currency) {
      failures.push(`${path}.total is in ${total.currency} but ${path}.unitPrice in ${unit.currency}`);
      continue;
    }
    const expected = multiplyMoney(unit, quantity);
    if (compareMoney(expected, total) !== 0) {
      failures.push(`${path}.total is ${text(total)} but quantity ${quantity} × unitPrice ${show(unit.amount)} = ${show(expected.amount)}`);
    }
  }

  if (users && typeof users.inUse === 'number' && typeof users.quantity === 'number' && users.inUse > users.quantity) {
    failures.push(`users.inUse ${users.inUse} is more than users.quantity ${users.quantity}`);
  }

  const monthly = asMoney(p.monthlyTotal);
  if (!monthly) notes.push('monthlyTotal not checked: malformed money');
  else if (!complete) notes.push('monthlyTotal not checked: a line is malformed');
  else {
    const foreign = totals.find((t) => t.currency !== monthly.currency);
    if (foreign) failures.push(`monthlyTotal is in ${monthly.currency} but a line total is in ${foreign.currency}`);
    else {
      const sum = sumMoney(totals, monthly.currency);
      if (compareMoney(sum, monthly) !== 0) {
        failures.push(`monthlyTotal is ${text(monthly)} but the line totals add up to ${show(sum.amount)}`);
      }
    }
  }

  const credit = asMoney(p.credit);
  const unit = asMoney(users?.unitPrice);
  if (credit && unit && credit.currency !== unit.currency) {
    failures.push(`credit is in ${credit.currency} but users.unitPrice in ${unit.currency}: a purchase cannot be subtracted from it`);
  }
  return { failures, notes };
}

/**
 * `money.quote-arithmetic`: creditAfter (when given) is exactly the plan's credit minus the charge;
 * monthlyIncrease (when given) is in the charge's currency and not negative.
 */
export function quoteArithmetic(quote: unknown, plan: unknown): ArithmeticFindings {
  const failures: string[] = [];
  const notes: string[] = [];
  const q = obj(quote);
  const charge = asMoney(q?.charge);
  const credit = asMoney(obj(plan)?.credit);
  if (!q || !charge) return { failures, notes: ['not checked: malformed quote'] };
  const unit = asMoney(obj(obj(plan)?.users)?.unitPrice);
  if (unit && unit.currency !== charge.currency)
    failures.push(`charge is in ${charge.currency} but the plan's users.unitPrice in ${unit.currency}`);
  if (charge.amount.startsWith('-') && /[1-9]/.test(charge.amount)) failures.push(`charge ${text(charge)} is negative`);
  if (q.monthlyIncrease !== undefined) {
    const monthly = asMoney(q.monthlyIncrease);
    if (!monthly) notes.push('monthlyIncrease not checked: malformed money');
    else {
      if (monthly.currency !== charge.currency)
        failures.push(`monthlyIncrease is in ${monthly.currency} but the charge in ${charge.currency}`);
      if (monthly.amount.startsWith('-') && /[1-9]/.test(monthly.amount)) failures.push(`monthlyIncrease ${text(monthly)} is negative`);
    }
  }
  if (q.creditAfter === undefined) return { failures, notes };
  const after = asMoney(q.creditAfter);
  if (!after || !credit) return { failures, notes: [...notes, 'creditAfter not checked: malformed money'] };
  if (after.currency !== credit.currency || charge.currency !== credit.currency) {
    failures.push(
      `creditAfter (${after.currency}), charge (${charge.currency}) and the plan's credit (${credit.currency}) are not in one currency`,
    );
  } else {
    const expected = subtractMoney(credit, charge);
    if (compareMoney(expected, after) !== 0) {
      failures.push(
        `creditAfter is ${text(after)} but credit ${show(credit.amount)} − charge ${show(charge.amount)} = ${show(expected.amount)}`,
      );
    }
  }
  return { failures, notes };
}
