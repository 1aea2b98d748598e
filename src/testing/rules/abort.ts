import { isAbortError } from '../../core/errors.js';
import type { CheckContext, Outcome } from '../context.js';
import { show, showError } from '../describe.js';

/** Microtasks a call may take to settle on its own before an abort counts as "during" it. */
const SYNC_TICKS = 5;

function verdict(ctx: CheckContext, method: string, rule: string, what: string, outcome: Outcome): void {
  const ms = ctx.settings.abortMs;
  if (outcome.status === 'resolved') {
    ctx.fail(method, rule, `${what}: resolved (with ${show(outcome.value)}) instead of rejecting with an AbortError`);
  } else if (outcome.status === 'timeout') {
    ctx.fail(method, rule, `${what}: still pending ${ms} ms after the abort`);
  } else if (!isAbortError(outcome.error)) {
    ctx.fail(method, rule, `${what}: rejected with ${showError(outcome.error)} instead of an AbortError`);
  }
}

/**
 * `abort.before`: a call given an already-aborted signal rejects with an AbortError within
 * `abortMs`. `abort.during`: aborting while the call is pending does the same. A call that has
 * already settled a few microtasks after it starts (no latency at all) cannot be aborted during
 * its work; that is noted, not failed.
 */
export async function checkAbort(
  ctx: CheckContext,
  method: string,
  label: string,
  invoke: (signal: AbortSignal) => unknown,
): Promise<void> {
  const ms = ctx.settings.abortMs;

  ctx.pass(method, 'abort.before');
  const before = new AbortController();
  before.abort();
  const early = ctx.start(method, `${label} with an already-aborted signal`, invoke, before);
  verdict(ctx, method, 'abort.before', `${label} with an already-aborted signal`, await ctx.wait(early, ms));

  ctx.pass(method, 'abort.during');
  const during = new AbortController();
  const running = ctx.start(method, `${label} aborted while pending`, invoke, during);
  for (let i = 0; i < SYNC_TICKS && !running.settled(); i++) await Promise.resolve();
  if (running.settled()) {
    ctx.pass(method, 'abort.during', `${label}: not exercised, the call settled before it could be aborted`);
    return;
  }
  during.abort();
  verdict(ctx, method, 'abort.during', `${label} aborted while pending`, await ctx.wait(running, ms));
}
