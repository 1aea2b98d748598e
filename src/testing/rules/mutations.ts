import { isProviderError } from '../../core/errors.js';
import type { CheckContext } from '../context.js';
import { show, showError } from '../describe.js';
import { pageAgain } from '../paging.js';
import { BLOCKED_NUMBER, isIsoInstant, issuesOf } from '../shapes.js';
import { unknownId } from './blobs.js';
import { expectRejection, unexpected } from './errors.js';
import { BLOCKED, MEDIA, RECORDINGS, type ListFindings, type ListSpec } from './lists.js';
import { checkPlanValue } from './reads.js';
import { now } from '../../core/clock.js';

type Obj = Record<string, unknown>;

const REASON = 'pbx-account-widgets conformance check';

/** A fresh idempotency key for one change. */
export function key(): string {
  return `conformance-${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function quantityOf(plan: unknown): number | undefined {
  const users = (plan as { users?: { quantity?: unknown } } | undefined)?.users;
  const q = users?.quantity;
  return typeof q === 'number' && Number.isSafeInteger(q) ? q : undefined;
}

/** `errors.wrong-password`: a wrong current password is refused with "validation". */
export async function checkWrongPassword(ctx: CheckContext, policy: unknown): Promise<void> {
  const method = 'changePassword';
  const p = (policy ?? {}) as { minLength?: unknown; requireCurrentPassword?: unknown };
  if (p.requireCurrentPassword === false) {
    ctx.pass(method, 'errors.wrong-password', 'not exercised: the password policy does not ask for the current password');
    return;
  }
  const length = Math.max(24, typeof p.minLength === 'number' ? p.minLength + 4 : 0);
  let newPassword = `Pbx-Check-${Math.random().toString(36).slice(2)}-9!`;
  while (newPassword.length < length) newPassword += Math.random().toString(36).slice(2);
  const outcome = await expectRejection(
    ctx,
    method,
    'errors.wrong-password',
    'changePassword with a wrong current password',
    (signal) => ctx.invoke(method, { currentPassword: `wrong-${key()}`, newPassword }, { signal }),
    ['validation'],
  );
  if (outcome.status === 'resolved') ctx.fail(method, 'errors.wrong-password', `the password was changed: it is now ${show(newPassword)}`);
}

/** `errors.bad-count` and `mutations.users`: invalid counts refused; +1 then −1 user, plan restored. */
export async function checkUsers(ctx: CheckContext, plan: unknown): Promise<void> {
  for (const [method, count] of [
    ['addUsers', 0],
    ['removeUsers', -1],
    ['addUsers', 2.5],
  ] as const) {
    await expectRejection(
      ctx,
      method,
      'errors.bad-count',
      `${method}(${count})`,
      (signal) => ctx.invoke(method, count, { signal, idempotencyKey: key() }),
      ['validation'],
      {
        field: true,
      },
    );
  }

  const q0 = quantityOf(plan);
  ctx.pass('addUsers', 'mutations.users');
  ctx.pass('removeUsers', 'mutations.users');
  if (q0 === undefined) {
    ctx.pass('addUsers', 'mutations.users', 'not exercised: getServicePlan gave no users.quantity');
    return;
  }

  const added = await ctx.call('addUsers', 'addUsers(1)', (signal) => ctx.invoke('addUsers', 1, { signal, idempotencyKey: key() }));
  let restore = false;
  if (added.status === 'resolved') {
    restore = true;
    checkPlanValue(ctx, 'addUsers', added.value, 'addUsers(1): ');
    const q1 = quantityOf(added.value);
    if (q1 !== q0 + 1) ctx.fail('addUsers', 'mutations.users', `addUsers(1) returned users.quantity ${show(q1)}; expected ${q0 + 1}`);
  } else if (added.status === 'rejected' && isProviderError(added.error) && added.error.code === 'insufficient-credit') {
    ctx.pass('addUsers', 'mutations.users', 'not exercised: addUsers(1) was refused for insufficient credit');
  } else {
    ctx.pass('addUsers', 'resolves');
    unexpected(ctx, 'addUsers', 'addUsers(1)', added);
  }

  if (restore) {
    const removed = await ctx.call('removeUsers', 'removeUsers(1)', (signal) =>
      ctx.invoke('removeUsers', 1, { signal, idempotencyKey: key() }),
    );
    if (removed.status === 'resolved') {
      checkPlanValue(ctx, 'removeUsers', removed.value, 'removeUsers(1): ');
      const q2 = quantityOf(removed.value);
      if (q2 !== q0) ctx.fail('removeUsers', 'mutations.users', `removeUsers(1) returned users.quantity ${show(q2)}; expected ${q0}`);
    } else if (removed.status === 'rejected') {
      ctx.fail(
        'removeUsers',
        'mutations.users',
        `removeUsers(1) after addUsers(1) rejected with ${showError(removed.error)}; the plan keeps one extra user`,
      );
    }
  }

  const after = await ctx.call('getServicePlan', 'getServicePlan() after the user changes', (signal) =>
    ctx.invoke('getServicePlan', { signal }),
  );
  if (after.status === 'resolved') {
    const q = quantityOf(after.value);
    if (q !== q0)
      ctx.fail(
        'removeUsers',
        'mutations.users',
        `after the checks the plan has users.quantity ${show(q)}; it had ${q0} before (not restored)`,
      );
  }
}

function digits(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\D/g, '') : '';
}

/** A fictitious number (NANP 555-01xx) not in `blocked`. */
function testNumber(blocked: readonly Obj[]): string {
  const taken = new Set(blocked.map((b) => digits(b.number)));
  const start = Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const n = `+1202555${String(100 + ((start + i) % 100)).padStart(4, '0')}`;
    if (!taken.has(digits(n))) return n;
  }
  return '+12025550100';
}

async function isListed(ctx: CheckContext, number: string, label: string): Promise<boolean | undefined> {
  const result = await pageAgain(ctx, BLOCKED, label, { search: number });
  if (result.items.some((b) => digits(b.number) === digits(number))) return true;
  return result.complete ? false : undefined;
}

/** `errors.not-blocked` and `mutations.block`: block a test number, see it listed, unblock it. */
export async function checkBlocking(ctx: CheckContext, blocked: ListFindings | undefined): Promise<void> {
  const number = testNumber(blocked?.items ?? []);
  const notBlocked = (label: string) =>
    expectRejection(
      ctx,
      'unblockNumber',
      'errors.not-blocked',
      `unblockNumber(${show(number)}) ${label}`,
      (signal) => ctx.invoke('unblockNumber', number, { signal, idempotencyKey: key() }),
      ['not-found'],
    );
  await notBlocked('of a number that was never blocked');
  if (!ctx.has('blockNumber')) return;

  const method = 'blockNumber';
  ctx.pass(method, 'mutations.block');
  ctx.pass(method, 'resolves');
  const label = `blockNumber(${show(number)})`;
  const outcome = await ctx.call(method, label, (signal) => ctx.invoke(method, number, { signal, reason: REASON, idempotencyKey: key() }));
  if (outcome.status !== 'resolved') {
    unexpected(ctx, method, label, outcome);
    return;
  }
  ctx.issues(method, BLOCKED_NUMBER.rules, issuesOf(BLOCKED_NUMBER, outcome.value), `${label}: `);
  const returned = (outcome.value as Obj | undefined)?.number;
  if (digits(returned) !== digits(number)) ctx.fail(method, 'mutations.block', `${label} resolved with number ${show(returned)}`);

  if ((await isListed(ctx, number, `search ${show(number)} after blocking it`)) === false) {
    ctx.fail(method, 'mutations.block', `${number} was blocked but listBlockedNumbers({ search: ${show(number)} }) does not list it`);
  }
  const unblocked = await ctx.call('unblockNumber', `unblockNumber(${show(number)})`, (signal) =>
    ctx.invoke('unblockNumber', number, { signal, idempotencyKey: key() }),
  );
  ctx.pass('unblockNumber', 'mutations.block');
  if (unblocked.status === 'rejected') {
    ctx.fail(
      'unblockNumber',
      'mutations.block',
      `unblockNumber(${show(number)}) of a blocked number rejected with ${showError(unblocked.error)}; the test number stays blocked`,
    );
    return;
  }
  if (unblocked.status === 'timeout') return;
  if ((await isListed(ctx, number, `search ${show(number)} after unblocking it`)) === true) {
    ctx.fail('unblockNumber', 'mutations.block', `${number} was unblocked but listBlockedNumbers still lists it`);
  }
  await notBlocked('a second time');
}

/**
 * `mutations.delete`: delete the last recording and media file found, check they are no longer
 * listed, and that deleting them again (or an unknown id) rejects with "not-found".
 */
export async function checkDeletes(
  ctx: CheckContext,
  recordings: ListFindings | undefined,
  media: ListFindings | undefined,
): Promise<void> {
  await deleteOne(ctx, 'deleteRecording', RECORDINGS, recordings, (item) => {
    const t = item.startedAt;
    if (!isIsoInstant(t)) return {};
    const ms = Date.parse(t);
    return { range: { from: new Date(ms).toISOString(), to: new Date(ms + 1).toISOString() } };
  });
  await deleteOne(ctx, 'deleteMediaFile', MEDIA, media, (item) =>
    typeof item.name === 'string' && item.name ? { search: item.name } : {},
  );
}

async function deleteOne(
  ctx: CheckContext,
  method: string,
  list: ListSpec,
  found: ListFindings | undefined,
  narrow: (item: Obj) => Obj,
): Promise<void> {
  const items = found?.items ?? [];
  const victim = [...items].reverse().find((i) => typeof i.id === 'string');
  const gone = (label: string) =>
    expectRejection(
      ctx,
      method,
      'errors.unknown-id',
      label,
      (signal) => ctx.invoke(method, victim?.id ?? unknownId(), { signal, idempotencyKey: key() }),
      ['not-found'],
    );
  ctx.pass(method, 'mutations.delete');
  if (!victim) {
    ctx.pass(method, 'mutations.delete', 'not exercised: nothing to delete');
    await gone(`${method} of an unknown id`);
    return;
  }
  const id = victim.id as string;
  const label = `${method}(${show(id)})`;
  const outcome = await ctx.call(method, label, (signal) => ctx.invoke(method, id, { signal, idempotencyKey: key() }));
  if (outcome.status !== 'resolved') {
    ctx.pass(method, 'resolves');
    unexpected(ctx, method, label, outcome);
    return;
  }
  const after = await pageAgain(ctx, list, `after ${label}`, narrow(victim));
  if (after.items.some((i) => i.id === id))
    ctx.fail(method, 'mutations.delete', `${label} resolved but ${list.method} still returns ${show(id)}`);
  await gone(`${method} of the id just deleted`);
}
