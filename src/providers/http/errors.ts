import { PROVIDER_ERROR_CODES, ProviderError, type ProviderErrorCode } from '../../core/errors.js';
import { now as clockNow } from '../../core/clock.js';

/** The contract code an HTTP status means when the error body does not say (or is not ours). */
const CODE_BY_STATUS: Readonly<Record<number, ProviderErrorCode>> = {
  400: 'validation',
  401: 'unauthorized',
  402: 'insufficient-credit',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'not-found',
  412: 'conflict',
  422: 'validation',
  429: 'rate-limited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

const DEFAULT_MESSAGES: Readonly<Record<ProviderErrorCode, string>> = {
  unauthorized: 'You are not signed in, or your session has expired.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'The requested item was not found.',
  conflict: 'This conflicts with a change made elsewhere. Reload and try again.',
  validation: 'The server rejected the request as invalid.',
  'insufficient-credit': 'There is not enough credit for this purchase.',
  'range-too-large': 'The date range is too long.',
  'rate-limited': 'Too many requests. Wait a moment and try again.',
  unavailable: 'The service is temporarily unavailable. Try again later.',
  network: 'Could not reach the server. Check the connection and try again.',
  unknown: 'The server could not handle the request.',
};

/** `500`, other `5xx` and unexpected statuses are `unknown`; `502`–`504` are `unavailable`. */
export function codeForStatus(status: number): ProviderErrorCode {
  return CODE_BY_STATUS[status] ?? 'unknown';
}

function isKnownCode(value: unknown): value is ProviderErrorCode {
  return typeof value === 'string' && (PROVIDER_ERROR_CODES as readonly string[]).includes(value);
}

function parseErrorBody(text: string): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A non-2xx response as a {@link ProviderError}: the body's `code` wins when it is one of the
 * contract's (a `400` may be `validation` or `range-too-large`), otherwise the status decides.
 * The body's `message`, `field` and `retryable` are kept when well-typed.
 */
export function errorFromResponse(status: number, statusText: string, bodyText: string): ProviderError {
  const body = parseErrorBody(bodyText);
  const code = isKnownCode(body?.['code']) ? body['code'] : codeForStatus(status);
  const message =
    typeof body?.['message'] === 'string' && body['message'].trim() !== ''
      ? body['message']
      : code === 'unknown'
        ? `${DEFAULT_MESSAGES.unknown} (HTTP ${status}${statusText ? ` ${statusText}` : ''})`
        : DEFAULT_MESSAGES[code];
  const field = typeof body?.['field'] === 'string' ? body['field'] : undefined;
  const retryable = typeof body?.['retryable'] === 'boolean' ? body['retryable'] : undefined;
  return new ProviderError(code, message, { status, field, retryable });
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date); `undefined` if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = clockNow()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function timeoutError(method: string, path: string, timeoutMs: number): ProviderError {
  return new ProviderError('unavailable', `The server did not answer in time (${method} ${path} timed out after ${timeoutMs} ms).`, {
    retryable: true,
  });
}

export function networkError(cause: unknown): ProviderError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ProviderError('network', `${DEFAULT_MESSAGES.network}${detail}`, { cause });
}

/** A 2xx response we cannot read: malformed JSON, wrong content type, unexpected shape. */
export function malformedResponseError(method: string, path: string, problem: string, cause?: unknown): ProviderError {
  return new ProviderError('unknown', `Unexpected response from ${method} ${path}: ${problem}`, { cause, retryable: false });
}
