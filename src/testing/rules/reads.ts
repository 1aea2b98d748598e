import type { CheckContext } from '../context.js';
import { show } from '../describe.js';
import { ACCOUNT, issuesOf, PASSWORD_POLICY, SERVICE_PLAN, USER, USERS_QUOTE, type Shape } from '../shapes.js';
import { checkAbort } from './abort.js';
import { expectRejection, unexpected } from './errors.js';
import { planArithmetic, quoteArithmetic } from './plan.js';

/**
 * One read of a single object: it resolves, its value fits `shape` (unless the caller checks it
 * itself: `null`), and it honours abort. Returns the value, or undefined when the call did not
 * resolve.
 */
async function readOne(ctx: CheckContext, method: string, shape: Shape | null, args: unknown[] = []): Promise<unknown> {
  const label = `${method}(${args.map(show).join(', ')})`;
  const invoke = (signal: AbortSignal) => ctx.invoke(method, ...args, { signal });
  const outcome = await ctx.call(method, label, invoke);
  let value: unknown;
  ctx.pass(method, 'resolves');
  if (outcome.status === 'resolved') {
    if (shape) ctx.issues(method, shape.rules, issuesOf(shape, outcome.value));
    value = outcome.value;
  } else unexpected(ctx, method, label, outcome);
  await checkAbort(ctx, method, label, invoke);
  return value;
}

export const checkCurrentUser = (ctx: CheckContext) => readOne(ctx, 'getCurrentUser', USER);

export const checkPasswordPolicy = (ctx: CheckContext) => readOne(ctx, 'getPasswordPolicy', PASSWORD_POLICY);

export const checkAccount = (ctx: CheckContext) => readOne(ctx, 'getAccount', ACCOUNT);

function arithmetic(ctx: CheckContext, method: string, rule: string, findings: { failures: string[]; notes: string[] }): void {
  ctx.pass(method, rule);
  findings.notes.forEach((n) => ctx.pass(method, rule, n));
  findings.failures.forEach((f) => ctx.fail(method, rule, f));
}

/** Shapes, money and arithmetic of a plan returned by `method` (getServicePlan, addUsers, removeUsers). */
export function checkPlanValue(ctx: CheckContext, method: string, plan: unknown, prefix = ''): void {
  ctx.issues(method, SERVICE_PLAN.rules, issuesOf(SERVICE_PLAN, plan), prefix);
  const findings = planArithmetic(plan);
  arithmetic(ctx, method, 'money.plan-arithmetic', {
    failures: findings.failures.map((f) => prefix + f),
    notes: findings.notes.map((n) => prefix + n),
  });
}

/** getServicePlan: shapes, money, arithmetic, abort. Returns the plan. */
export async function checkServicePlan(ctx: CheckContext): Promise<unknown> {
  const plan = await readOne(ctx, 'getServicePlan', null);
  if (plan !== undefined) checkPlanValue(ctx, 'getServicePlan', plan);
  return plan;
}

/** quoteAddUsers (optional): shapes, money, creditAfter arithmetic, a count of 0 refused, abort. */
export async function checkQuote(ctx: CheckContext, plan: unknown): Promise<void> {
  const method = 'quoteAddUsers';
  const quote = await readOne(ctx, method, USERS_QUOTE, [1]);
  if (quote !== undefined && plan !== undefined) arithmetic(ctx, method, 'money.quote-arithmetic', quoteArithmetic(quote, plan));
  await expectRejection(
    ctx,
    method,
    'errors.bad-count',
    'quoteAddUsers(0)',
    (signal) => ctx.invoke(method, 0, { signal }),
    ['validation'],
    { field: true },
  );
}
