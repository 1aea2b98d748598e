import { isRealInstant } from './dates.js';
import { ProviderError } from './errors.js';
import { isDecimalString } from './money.js';

/**
 * The bounds every answer is held to before an element shows it, whoever wrote the provider
 * (the HTTP and Kazoo providers decode strictly; a host's provider object may not): no string
 * longer than {@link MAX_STRING_LENGTH}, every money amount an exact decimal a ledger can hold
 * (money.ts), every string that reads as an instant (`2026-02-30T10:00:00Z`) a real one. A
 * failure is a {@link ProviderError} naming the path, shown as the element's error, so nothing
 * is formatted for seconds, shown as "∞" or shown as another day.
 */

/** The longest string an answer may carry (names, descriptions, addresses, URLs). */
export const MAX_STRING_LENGTH = 8192;

const LOOKS_LIKE_INSTANT = /^[+-]?\d{4,}-\d{2}-\d{2}T/;
const MAX_DEPTH = 8;
const UNBOUNDED_DECIMAL = /^-?\d+(\.\d+)?$/;

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** The first problem in `value` (a path and what is wrong), or undefined. */
export function answerProblem(value: unknown, path = '$', depth = 0): string | undefined {
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH) return `${path} is ${value.length} characters long (at most ${MAX_STRING_LENGTH})`;
    if (LOOKS_LIKE_INSTANT.test(value) && !isRealInstant(value)) return `${path} ${show(value)} is not a real date and time`;
    return undefined;
  }
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = answerProblem(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  const o = value as Record<string, unknown>;
  const amount = o.amount;
  // Only amounts too long for a decimal: other malformed amounts ("1.2e1") are each element's to show as they are.
  if (
    typeof amount === 'string' &&
    typeof o.currency === 'string' &&
    (amount.length > 64 || UNBOUNDED_DECIMAL.test(amount)) &&
    !isDecimalString(amount as unknown)
  ) {
    const size = amount.length > 40 ? ` (${amount.length} characters)` : '';
    return `${path}.amount ${show(amount)}${size} is not an amount a decimal can hold`;
  }
  for (const key of Object.keys(o)) {
    const problem = answerProblem(o[key], `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** Throws a {@link ProviderError} (`unknown`) when `value` breaks the bounds; returns it otherwise. */
export function checkAnswer<T>(value: T, operation?: string): T {
  const problem = answerProblem(value);
  if (problem) {
    throw new ProviderError('unknown', `The provider sent an invalid answer${operation ? ` to ${operation}` : ''}: ${problem}.`, {
      retryable: false,
    });
  }
  return value;
}
