import { HttpResponse } from 'msw';
import { isAbortError, isProviderError, ProviderError, type ProviderErrorCode, type ProviderErrorLike } from '../src/core/errors.js';

/** The status each contract code is sent with (openapi.yaml); `network` becomes a dropped connection. */
const STATUS: Readonly<Record<Exclude<ProviderErrorCode, 'network'>, number>> = {
  validation: 422,
  'range-too-large': 400,
  unauthorized: 401,
  'insufficient-credit': 402,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  unknown: 500,
  unavailable: 503,
};

/** Seconds a `rate-limited` / `unavailable` answer asks the client to wait. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

export function statusFor(error: ProviderErrorLike): number {
  if (error.code === 'network') return 0;
  // A validation error that names no field is a malformed request rather than a bad value.
  if (error.code === 'validation' && error.field === undefined) return 400;
  return STATUS[error.code];
}

/** The HTTP answer for anything a provider (or a handler) threw. */
export function errorResponse(thrown: unknown): Response {
  if (isAbortError(thrown)) return HttpResponse.error();
  const error: ProviderErrorLike = isProviderError(thrown)
    ? thrown
    : new ProviderError('unknown', thrown instanceof Error && thrown.message ? thrown.message : 'Internal error');
  if (error.code === 'network') return HttpResponse.error();
  const body: Record<string, unknown> = { code: error.code, message: error.message || error.code };
  if (typeof error.field === 'string') body['field'] = error.field;
  if (typeof error.retryable === 'boolean') body['retryable'] = error.retryable;
  const headers = new Headers();
  if (error.code === 'rate-limited' || error.code === 'unavailable') {
    const seconds = (thrown as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    headers.set('Retry-After', String(typeof seconds === 'number' && seconds >= 0 ? Math.ceil(seconds) : DEFAULT_RETRY_AFTER_SECONDS));
  }
  return HttpResponse.json(body, { status: statusFor(error), headers });
}

/** A `validation` failure of the request itself (422 with `field`, else 400). */
export function invalid(message: string, field?: string): ProviderError {
  return new ProviderError('validation', message, field === undefined ? {} : { field });
}
