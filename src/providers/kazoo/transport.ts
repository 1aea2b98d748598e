import { abortError, isAbortError, isProviderError, ProviderError, throwIfAborted } from '../../core/errors.js';
import { attemptSignal } from '../http/attempt.js';
import { backoffDelay, sleep } from '../http/backoff.js';
import { malformedResponseError, networkError, parseRetryAfter, timeoutError } from '../http/errors.js';
import { toQueryString, type QueryValue } from '../http/query.js';
import { parseEnvelope, type Envelope } from './envelope.js';
import { errorFromKazoo, isAcceptCharges } from './errors.js';
import { waitFor } from './abortable.js';

/** Paths and query values as the REST provider builds them: ``path`/accounts/${id}` `` percent-encodes each value. */
export { path, type QueryValue } from '../http/query.js';

/**
 * Supplies the Kazoo auth token (from `PUT /v2/user_auth` or an API key login). Called for the
 * first request, then only after Kazoo answered `401` — with `{ refresh: true }`, so a host that
 * caches the token knows to get a new one. Never put the token in a URL: it travels only in the
 * `X-Auth-Token` header.
 */
export type KazooTokenSupplier = (context: { refresh: boolean }) => string | Promise<string>;

export interface TransportConfig {
  /** `…/v2`, without a trailing slash. */
  baseUrl: string;
  getAuthToken: KazooTokenSupplier;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  fetch: typeof fetch;
}

export interface KazooRequest {
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** Below the base URL, each segment already percent-encoded. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** The request envelope (`{ data: … }`), sent as JSON. */
  body?: unknown;
  /** `Accept`; `application/json` by default. */
  accept?: string;
  signal?: AbortSignal | undefined;
  /**
   * The users purchase: a `402 accept charges` answer is the dry run's result, thrown as
   * {@link ChargesToAccept} instead of an error.
   */
  dryRun?: boolean;
}

/** Kazoo's `402 accept charges`: the change was not made; `envelope.data` lists the charges. */
export class ChargesToAccept extends Error {
  override readonly name = 'ChargesToAccept';
  constructor(readonly envelope: Envelope) {
    super('Kazoo asks to accept charges.');
  }
}

interface Failure {
  error: ProviderError;
  kind: 'network' | 'timeout' | 'http' | 'response';
  status?: number;
  retryAfterMs?: number;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

const RETRYABLE = new Set(['network', 'unavailable', 'rate-limited']);

/**
 * Sends crossbar requests: the `X-Auth-Token` header, one token refresh after a `401`, a timeout
 * per attempt, abort, and retries of GETs after a network error, a timeout, `429` or `502`–`504`
 * (backoff with jitter, or `Retry-After`). Changes are never retried automatically: Kazoo has no
 * idempotency keys, so a lost answer leaves the outcome unknown and the user decides.
 */
export class KazooTransport {
  readonly #config: TransportConfig;
  #token: Promise<string> | undefined;
  /** Bumped on every refresh, so concurrent 401s share one refresh. */
  #generation = 0;

  constructor(config: TransportConfig) {
    this.#config = config;
  }

  /** The token for a request, and the generation it belongs to. */
  async #currentToken(signal: AbortSignal | undefined): Promise<{ token: string; generation: number }> {
    const generation = this.#generation;
    this.#token ??= this.#ask(false);
    const token = await waitFor(this.#token, signal);
    return { token, generation };
  }

  /** After a 401 with the token of `generation`: asks for a new one, unless another request already did. */
  #refresh(generation: number): void {
    if (generation !== this.#generation) return;
    this.#generation++;
    this.#token = this.#ask(true);
  }

  #ask(refresh: boolean): Promise<string> {
    const asked = (async () => {
      let token: unknown;
      try {
        token = await this.#config.getAuthToken({ refresh });
      } catch (error) {
        if (isAbortError(error) || isProviderError(error)) throw error;
        throw new ProviderError('unauthorized', 'Could not get a Kazoo auth token.', { cause: error });
      }
      if (typeof token !== 'string' || token.trim() === '') {
        throw new ProviderError('unauthorized', 'The Kazoo auth token supplier gave no token.');
      }
      return token;
    })();
    // A failed supplier is asked again next time rather than remembered.
    asked.catch(() => {
      if (this.#token === asked) this.#token = undefined;
    });
    return asked;
  }

  /** A JSON request; resolves with the success envelope. */
  json(request: KazooRequest): Promise<Envelope> {
    return this.#send(request, 'json') as Promise<Envelope>;
  }

  /** A binary request (media, recordings); resolves with the body as a Blob. */
  blob(request: KazooRequest): Promise<Blob> {
    return this.#send(request, 'blob') as Promise<Blob>;
  }

  async #send(request: KazooRequest, expect: 'json' | 'blob'): Promise<Envelope | Blob> {
    const { signal } = request;
    throwIfAborted(signal);
    const safe = request.method === 'GET';
    let retried = 0;
    let refreshed = false;
    for (;;) {
      const { token, generation } = await this.#currentToken(signal);
      const outcome = await this.#attempt(request, expect, token);
      // Aborted while the body was being read: the caller no longer wants the answer.
      throwIfAborted(signal);
      if (outcome.ok) return outcome.value;
      const { failure } = outcome;
      if (failure.status === 401 && !refreshed) {
        refreshed = true;
        this.#refresh(generation);
        continue;
      }
      const delay = safe ? this.#retryDelay(failure, retried) : undefined;
      if (delay === undefined) throw failure.error;
      await sleep(delay, signal);
      retried++;
    }
  }

  #retryDelay(failure: Failure, retried: number): number | undefined {
    const c = this.#config;
    if (retried >= c.retries || failure.kind === 'response' || !RETRYABLE.has(failure.error.code)) return undefined;
    if (failure.retryAfterMs !== undefined) return failure.retryAfterMs <= c.maxRetryDelayMs ? failure.retryAfterMs : undefined;
    return backoffDelay(retried, c.retryDelayMs, c.maxRetryDelayMs);
  }

  async #attempt(request: KazooRequest, expect: 'json' | 'blob', token: string): Promise<Outcome<Envelope | Blob>> {
    const { signal } = request;
    const c = this.#config;
    const headers = new Headers({ 'X-Auth-Token': token, Accept: request.accept ?? 'application/json' });
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');
    const attempt = attemptSignal(signal, c.timeoutMs);
    const where = `${request.method} ${request.path}`;
    try {
      const response = await c.fetch(c.baseUrl + request.path + toQueryString(request.query ?? {}), {
        method: request.method,
        headers,
        body: request.body === undefined ? null : JSON.stringify(request.body),
        signal: attempt.signal,
        cache: 'no-store',
      });
      if (!response.ok) {
        const envelope = parseEnvelope(await response.text().catch(() => ''));
        if (request.dryRun && isAcceptCharges(response.status, envelope)) throw new ChargesToAccept(envelope!);
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
        return {
          ok: false,
          failure: {
            error: errorFromKazoo(response.status, envelope, response.statusText),
            kind: 'http',
            status: response.status,
            ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
          },
        };
      }
      return await read(response, expect, where);
    } catch (error) {
      if (error instanceof ChargesToAccept) throw error;
      if (signal?.aborted) throw abortError(signal);
      if (attempt.timedOut)
        return { ok: false, failure: { error: timeoutError(request.method, request.path, c.timeoutMs), kind: 'timeout' } };
      if (error instanceof TypeError) return { ok: false, failure: { error: networkError(error), kind: 'network' } };
      throw error;
    } finally {
      attempt.end();
    }
  }
}

async function read(response: Response, expect: 'json' | 'blob', where: string): Promise<Outcome<Envelope | Blob>> {
  const [method, ...rest] = where.split(' ');
  const fail = (problem: string): Outcome<Envelope | Blob> => ({
    ok: false,
    failure: { error: malformedResponseError(method!, rest.join(' '), problem), kind: 'response' },
  });
  const contentType = response.headers.get('Content-Type') ?? '';
  if (expect === 'blob') {
    if (/^application\/json\b/i.test(contentType)) {
      await response.body?.cancel();
      return fail('expected audio, got a JSON document (did Kazoo ignore the Accept header?)');
    }
    return { ok: true, value: await response.blob() };
  }
  const text = await response.text();
  if (/^text\/html\b/i.test(contentType))
    return fail(`expected JSON, got an HTML page (HTTP ${response.status}). Is the Kazoo base URL (…/v2) right?`);
  const envelope = parseEnvelope(text);
  if (!envelope)
    return fail(text.trim() === '' ? 'expected a crossbar envelope, got an empty body.' : 'the body is not a crossbar envelope.');
  if (envelope.status !== 'success') {
    const status = Number(envelope.error);
    return {
      ok: false,
      failure: { error: errorFromKazoo(Number.isInteger(status) && status >= 400 ? status : 500, envelope), kind: 'http' },
    };
  }
  return { ok: true, value: envelope };
}
