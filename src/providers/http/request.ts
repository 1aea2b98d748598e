import { abortError, isAbortError, isProviderError, ProviderError, throwIfAborted } from '../../core/errors.js';
import { backoffDelay, sleep } from './backoff.js';
import { errorFromResponse, malformedResponseError, networkError, parseRetryAfter, timeoutError } from './errors.js';
import { ShapeError, type Decoder } from './decode.js';
import { attemptSignal } from './attempt.js';

/** Supplies request headers carrying credentials; called before every request. */
export type AuthHeaderSupplier = () => Record<string, string> | Promise<Record<string, string>>;

/** Resolved transport settings (see `HttpProviderOptions` for the meaning of each). */
export interface TransportConfig {
  baseUrl: string;
  getAuthHeaders?: AuthHeaderSupplier;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  credentials?: RequestCredentials;
  fetch: typeof fetch;
}

export type Expect<T> = { kind: 'json'; decode: Decoder<T> } | { kind: 'blob' } | { kind: 'empty' };

export interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the base URL, already percent-encoded, e.g. `/media/a%2Fb`. */
  path: string;
  /** `''` or `?…` (see `toQueryString`). */
  query?: string;
  body?: unknown;
  expect: Expect<T>;
  /** `Accept` header; defaults to `application/json`. */
  accept?: string;
  /** Sent as `Idempotency-Key`; present on every change. */
  idempotencyKey?: string;
  /** True when repeating the request has no effect (GET, the price quote). */
  safe: boolean;
  signal?: AbortSignal | undefined;
}

interface Failure {
  error: ProviderError;
  /** What went wrong at the transport level: a lost connection, a timeout, or an HTTP error status. */
  kind: 'network' | 'timeout' | 'http' | 'response';
  retryAfterMs?: number;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

const RETRYABLE_CODES = new Set(['network', 'unavailable', 'rate-limited']);

/**
 * Sends one provider call: auth headers, timeout, abort, error mapping and retries.
 *
 * Retry rules (at most `retries` extra attempts, backoff `retryDelayMs × 2^n` with jitter, or the
 * server's `Retry-After` when it sends one — a longer `Retry-After` than `maxRetryDelayMs` fails
 * at once instead of waiting):
 * - safe requests (GETs, the quote) are retried after a network error, a timeout, `429`, `502`–`504`
 *   (or any error whose body code is `unavailable` / `rate-limited`), unless the body says `retryable: false`;
 * - changes are retried only after a network error (the connection dropped, so the outcome is
 *   unknown) and always with the same `Idempotency-Key`, which lets the server drop the
 *   duplicate. An HTTP error answer is final for a change: the user decides to retry, and the
 *   widget reuses the key for that;
 * - any request that gets `401` asks `getAuthHeaders()` again and is sent once more.
 */
export async function send<T>(config: TransportConfig, spec: RequestSpec<T>): Promise<T> {
  const { signal } = spec;
  throwIfAborted(signal);
  let retried = 0;
  let reauthorized = false;
  for (;;) {
    const outcome = await attempt(config, spec);
    if (outcome.ok) return outcome.value;
    const { failure } = outcome;
    if (failure.error.code === 'unauthorized' && failure.kind === 'http' && config.getAuthHeaders && !reauthorized) {
      reauthorized = true;
      continue;
    }
    const delay = retryDelay(config, spec, failure, retried);
    if (delay === undefined) throw failure.error;
    await sleep(delay, signal);
    retried++;
  }
}

function retryDelay(config: TransportConfig, spec: RequestSpec<unknown>, failure: Failure, retried: number): number | undefined {
  if (retried >= config.retries) return undefined;
  const eligible = spec.safe
    ? RETRYABLE_CODES.has(failure.error.code) && failure.kind !== 'response' && failure.error.retryable !== false
    : failure.kind === 'network' && spec.idempotencyKey !== undefined;
  if (!eligible) return undefined;
  if (failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs <= config.maxRetryDelayMs ? failure.retryAfterMs : undefined;
  }
  return backoffDelay(retried, config.retryDelayMs, config.maxRetryDelayMs);
}

/**
 * The host's credentials for one request. Whatever `getAuthHeaders` throws stays here: the
 * error reported (and fired in `provider-error`) carries no `cause`, since a host's error may
 * hold a token. Headers the browser would refuse (a line break in a token, a name with a space)
 * are an `unauthorized` error with a message for people, not "Failed to construct 'Headers'".
 */
export async function authHeaders(config: TransportConfig, signal?: AbortSignal): Promise<Record<string, string>> {
  if (!config.getAuthHeaders) return {};
  let headers: unknown;
  try {
    headers = await config.getAuthHeaders();
  } catch (error) {
    if (isAbortError(error)) throw error;
    throwIfAborted(signal);
    if (isProviderError(error)) {
      const { code, message, status, field, retryable } = error;
      throw new ProviderError(code, message, {
        ...(status === undefined ? {} : { status }),
        ...(field === undefined ? {} : { field }),
        ...(retryable === undefined ? {} : { retryable }),
      });
    }
    throw new ProviderError('unauthorized', 'Could not get credentials for the request. Sign in again.');
  }
  throwIfAborted(signal);
  if (typeof headers !== 'object' || headers === null || Object.values(headers).some((v) => typeof v !== 'string')) {
    throw new ProviderError('unauthorized', 'The credentials for the request are not usable. Sign in again.');
  }
  try {
    new Headers(headers as Record<string, string>);
  } catch {
    throw new ProviderError('unauthorized', 'The credentials for the request are not usable. Sign in again.');
  }
  return headers as Record<string, string>;
}

function requestHeaders(spec: RequestSpec<unknown>, auth: Record<string, string>): Headers {
  const headers = new Headers(auth);
  headers.set('Accept', spec.accept ?? 'application/json');
  if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
  if (spec.idempotencyKey !== undefined) headers.set('Idempotency-Key', spec.idempotencyKey);
  return headers;
}

async function attempt<T>(config: TransportConfig, spec: RequestSpec<T>): Promise<Outcome<T>> {
  const { signal } = spec;
  const headers = requestHeaders(spec, await authHeaders(config, signal));
  const attempt = attemptSignal(signal, config.timeoutMs);
  try {
    const response = await config.fetch(config.baseUrl + spec.path + (spec.query ?? ''), {
      method: spec.method,
      headers,
      body: spec.body === undefined ? null : JSON.stringify(spec.body),
      signal: attempt.signal,
      cache: 'no-store',
      ...(config.credentials ? { credentials: config.credentials } : {}),
    });
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      const error = errorFromResponse(response.status, response.statusText, text);
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
      return { ok: false, failure: { error, kind: 'http', ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } };
    }
    return await read(spec, response);
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    if (attempt.timedOut) return { ok: false, failure: { error: timeoutError(spec.method, spec.path, config.timeoutMs), kind: 'timeout' } };
    if (error instanceof TypeError) return { ok: false, failure: { error: networkError(error), kind: 'network' } };
    throw error;
  } finally {
    attempt.end();
  }
}

async function read<T>(spec: RequestSpec<T>, response: Response): Promise<Outcome<T>> {
  const fail = (problem: string, cause?: unknown): Outcome<T> => ({
    ok: false,
    failure: { error: malformedResponseError(spec.method, spec.path, problem, cause), kind: 'response' },
  });
  const { expect } = spec;
  if (expect.kind === 'empty') {
    await response.body?.cancel();
    return { ok: true, value: undefined as T };
  }
  if (expect.kind === 'blob') {
    return { ok: true, value: (await response.blob()) as T };
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  if (/^text\/html\b/i.test(contentType)) {
    return fail(`expected JSON, got an HTML page (HTTP ${response.status}). Is the API base URL right?`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(text.trim() === '' ? 'expected JSON, got an empty body.' : 'the body is not valid JSON.', error);
  }
  try {
    return { ok: true, value: expect.decode(json, '$') };
  } catch (error) {
    if (error instanceof ShapeError) return fail(error.message, error);
    throw error;
  }
}
