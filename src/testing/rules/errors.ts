import { isAbortError, isProviderError, type ProviderErrorCode } from '../../core/errors.js';
import type { CheckContext, Outcome } from '../context.js';
import { show, showError } from '../describe.js';

/**
 * Makes one call that must reject with a contract error whose `code` is one of `codes` (and,
 * with `field`, that names the offending field), and records the verdict under `rule`.
 */
export async function expectRejection(
  ctx: CheckContext,
  method: string,
  rule: string,
  label: string,
  invoke: (signal: AbortSignal) => unknown,
  codes: readonly ProviderErrorCode[],
  options: { field?: boolean } = {},
): Promise<Outcome> {
  ctx.pass(method, rule);
  const expected = codes.map((c) => `"${c}"`).join(' or ');
  const outcome = await ctx.call(method, label, invoke);
  switch (outcome.status) {
    case 'resolved':
      ctx.fail(
        method,
        rule,
        `${label} resolved${outcome.value === undefined ? '' : ` with ${show(outcome.value)}`}; expected a rejection with ${expected}`,
      );
      break;
    case 'timeout':
      ctx.fail(method, rule, `${label} did not settle; expected a rejection with ${expected}`);
      break;
    case 'rejected': {
      const error = outcome.error;
      if (!isProviderError(error)) {
        ctx.fail(method, rule, `${label} rejected with ${showError(error)}; expected a contract error with ${expected}`);
      } else if (!codes.includes(error.code)) {
        ctx.fail(method, rule, `${label} rejected with ${showError(error)}; expected ${expected}`);
      } else if (options.field && (typeof error.field !== 'string' || error.field === '')) {
        ctx.fail(method, rule, `${label} rejected with ${showError(error)} but names no \`field\``);
      }
      break;
    }
  }
  return outcome;
}

/** The code of a contract error, else undefined. */
export function codeOf(outcome: Outcome): ProviderErrorCode | undefined {
  return outcome.status === 'rejected' && isProviderError(outcome.error) ? outcome.error.code : undefined;
}

/** Records an unexpected rejection of a call that should have resolved. */
export function unexpected(ctx: CheckContext, method: string, label: string, outcome: Outcome): void {
  if (outcome.status === 'rejected' && !isAbortError(outcome.error)) {
    ctx.fail(method, 'resolves', `${label} rejected with ${showError(outcome.error)}`);
  } else if (outcome.status === 'rejected') {
    ctx.fail(method, 'resolves', `${label} rejected with an AbortError although nothing aborted it`);
  }
}
