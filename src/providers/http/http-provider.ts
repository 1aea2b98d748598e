import type * as Contract from '../../core/provider.js';
import * as decode from './decode.js';
import { newIdempotencyKey } from '../../core/idempotency-key.js';
import { path, toQueryString, type QueryValue } from './query.js';
import { send, type AuthHeaderSupplier, type Expect, type TransportConfig } from './request.js';
import { uploadFile } from './upload.js';
import { OPTIONAL_PROVIDER_METHODS } from '../../core/provider-check.js';

/** The optional provider methods a host can switch off for a backend that lacks them. */
export type OptionalProviderMethod = (typeof OPTIONAL_PROVIDER_METHODS)[number];

export interface HttpProviderOptions {
  /** Where the API is mounted, e.g. `"/api"` or `"https://pbx.example.com/api/v1"`. Must not carry credentials. */
  baseUrl: string;
  /** Headers with credentials (`Authorization`, `X-API-Key`…); called before every request and again after a `401`, so a token can be refreshed. */
  getAuthHeaders?: AuthHeaderSupplier;
  /** Per attempt, including reading the body. Default 15000. A timeout rejects with `unavailable`. */
  timeoutMs?: number;
  /** Extra attempts after a retryable failure (see `send` in `request.ts`). Default 2. */
  retries?: number;
  /** Base of the exponential backoff, in ms. Default 300. */
  retryDelayMs?: number;
  /** Longest wait before a retry, backoff or `Retry-After`, in ms. Default 10000; a longer `Retry-After` is not waited for. */
  maxRetryDelayMs?: number;
  /** `fetch`'s `credentials` mode, e.g. `"include"` for cookie sessions across origins. Default: the browser's (`same-origin`). */
  credentials?: RequestCredentials;
  /**
   * Replaces the global `fetch` (tests, instrumentation). Uploads then go through it too, and
   * report progress only when the file has gone (`XMLHttpRequest`, used otherwise, reports it
   * as the bytes go out).
   */
  fetch?: typeof fetch;
  /** Known limits; when absent, `loadLimits()` (or `HttpProvider.connect()`) reads `GET /limits`. */
  limits?: Contract.ProviderLimits;
  /** Optional methods this backend does not offer; they are absent on the instance, so widgets hide their actions. */
  omit?: readonly OptionalProviderMethod[];
}

type Query = Readonly<Record<string, QueryValue>>;

const OPTIONAL_METHODS: readonly OptionalProviderMethod[] = OPTIONAL_PROVIDER_METHODS;

/** Throws a TypeError naming the option that is missing or of the wrong type. */
function checkOptions(options: HttpProviderOptions): void {
  const fail = (what: string, value: unknown) => {
    throw new TypeError(`HttpProvider: ${what} (got ${value === undefined ? 'undefined' : (JSON.stringify(value) ?? typeof value)}).`);
  };
  if (typeof options !== 'object' || options === null)
    fail("expects an options object, e.g. new HttpProvider({ baseUrl: '/api/pbx' })", options);
  const o = options as unknown as Record<string, unknown>;
  if (typeof o.baseUrl !== 'string' || o.baseUrl.trim() === '')
    fail("options.baseUrl is required: the REST API's base URL, e.g. '/api/pbx' or 'https://pbx.example/api'", o.baseUrl);
  for (const name of ['getAuthHeaders', 'fetch'] as const) {
    if (o[name] !== undefined && typeof o[name] !== 'function') fail(`options.${name} must be a function`, typeof o[name]);
  }
  for (const name of ['timeoutMs', 'retries', 'retryDelayMs', 'maxRetryDelayMs'] as const) {
    const value = o[name];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value) || value < 0))
      fail(`options.${name} must be a number ≥ 0`, value);
  }
  if (o.omit !== undefined && (!Array.isArray(o.omit) || o.omit.some((m) => !OPTIONAL_METHODS.includes(m as OptionalProviderMethod)))) {
    fail(`options.omit must list optional methods only (${OPTIONAL_METHODS.join(', ')})`, o.omit);
  }
  if (o.limits !== undefined && (typeof o.limits !== 'object' || o.limits === null))
    fail('options.limits must be an object { maxRangeDays?, maxPageSize? }', o.limits);
}

const json = <T>(d: decode.Decoder<T>): Expect<T> => ({ kind: 'json', decode: d });
const EMPTY: Expect<void> = { kind: 'empty' };
const BLOB: Expect<Blob> = { kind: 'blob' };

/**
 * An {@link AccountDataProvider} over the REST API described in `openapi.yaml`.
 *
 * @example
 * ```ts
 * const provider = await HttpProvider.connect({
 *   baseUrl: '/api',
 *   getAuthHeaders: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 * document.querySelector('account-settings').provider = provider;
 * ```
 */
export class HttpProvider implements Contract.AccountDataProvider {
  /** Creates a provider and reads the server's limits (`GET /limits`) before resolving. */
  static async connect(options: HttpProviderOptions, o: Contract.RequestOptions = {}): Promise<HttpProvider> {
    const provider = new HttpProvider(options);
    if (!options.limits) await provider.loadLimits(o);
    return provider;
  }

  readonly #config: TransportConfig;
  readonly #uploadWithFetch: boolean;
  #limits: Contract.ProviderLimits | undefined;

  constructor(options: HttpProviderOptions) {
    checkOptions(options);
    const base = new URL(options.baseUrl, 'http://relative.invalid');
    if (base.username || base.password) throw new TypeError('HttpProvider: baseUrl must not contain credentials; use getAuthHeaders.');
    if (base.search || base.hash) throw new TypeError('HttpProvider: baseUrl must not have a query string or fragment.');
    const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    this.#config = {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: Math.max(0, options.retries ?? 2),
      retryDelayMs: options.retryDelayMs ?? 300,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 10_000,
      fetch: fetchImpl,
      ...(options.getAuthHeaders ? { getAuthHeaders: options.getAuthHeaders } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    };
    this.#uploadWithFetch = options.fetch !== undefined || typeof XMLHttpRequest === 'undefined';
    this.#limits = options.limits;
    for (const method of options.omit ?? []) Object.defineProperty(this, method, { value: undefined, configurable: true });
  }

  /** The server's limits: from the options, or from `loadLimits()` once it has run. */
  get limits(): Contract.ProviderLimits | undefined {
    return this.#limits;
  }

  /** Reads `GET /limits` into {@link limits}; a server without that route (`404`) has no limits. */
  async loadLimits(o: Contract.RequestOptions = {}): Promise<Contract.ProviderLimits> {
    try {
      this.#limits = await this.#get('/limits', json(decode.limits), o);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'not-found') throw error;
      this.#limits = {};
    }
    return this.#limits;
  }

  getCurrentUser(o: Contract.RequestOptions = {}): Promise<Contract.User> {
    return this.#get('/user', json(decode.user), o);
  }

  getPasswordPolicy(o: Contract.RequestOptions = {}): Promise<Contract.PasswordPolicy> {
    return this.#get('/user/password-policy', json(decode.passwordPolicy), o);
  }

  changePassword(input: Contract.PasswordChange, o: Contract.RequestOptions = {}): Promise<void> {
    const body =
      input.currentPassword === undefined
        ? { newPassword: input.newPassword }
        : { currentPassword: input.currentPassword, newPassword: input.newPassword };
    return this.#change('POST', '/user/password', body, EMPTY, o);
  }

  getAccount(o: Contract.RequestOptions = {}): Promise<Contract.Account> {
    return this.#get('/account', json(decode.account), o);
  }

  getServicePlan(o: Contract.RequestOptions = {}): Promise<Contract.ServicePlan> {
    return this.#get('/service-plan', json(decode.servicePlan), o);
  }

  quoteAddUsers(count: number, o: Contract.RequestOptions = {}): Promise<Contract.UsersQuote> {
    return send(this.#config, {
      method: 'POST',
      path: '/service-plan/users/quote',
      body: { count },
      expect: json(decode.usersQuote),
      safe: true,
      signal: o.signal,
    });
  }

  addUsers(count: number, o: Contract.RequestOptions = {}): Promise<Contract.ServicePlan> {
    return this.#change('POST', '/service-plan/users', { count }, json(decode.servicePlan), o);
  }

  removeUsers(count: number, o: Contract.RequestOptions = {}): Promise<Contract.ServicePlan> {
    return this.#change('POST', '/service-plan/users/remove', { count }, json(decode.servicePlan), o);
  }

  listInternationalCalls(q: Contract.CallQuery): Promise<Contract.CallPage> {
    return this.#get('/calls/international', json(decode.callPage), q, {
      ...rangeParams(q.range),
      order: q.order,
      ...this.#pageParams(q),
    });
  }

  listTransactions(q: Contract.PageQuery & { range?: Contract.DateRange }): Promise<Contract.Page<Contract.Transaction>> {
    return this.#get('/transactions', json(decode.transactionPage), q, { ...rangeParams(q.range), ...this.#pageParams(q) });
  }

  listBills(q: Contract.PageQuery & { range: Contract.DateRange }): Promise<Contract.Page<Contract.Bill>> {
    return this.#get('/bills', json(decode.billPage), q, { ...rangeParams(q.range), ...this.#pageParams(q) });
  }

  getBillDocument(id: string, o: Contract.RequestOptions = {}): Promise<Blob> {
    return this.#get(path`/bills/${id}/document`, BLOB, o, {}, 'application/pdf');
  }

  listMediaFiles(q: Contract.PageQuery & { search?: string }): Promise<Contract.Page<Contract.MediaFile>> {
    return this.#get('/media', json(decode.mediaFilePage), q, { search: q.search?.trim(), ...this.#pageParams(q) });
  }

  getMediaFileAudio(id: string, o: Contract.RequestOptions = {}): Promise<Blob> {
    return this.#get(path`/media/${id}/audio`, BLOB, o, {}, 'audio/*');
  }

  /** `POST /media` (multipart, part `file`), with upload progress; see `upload.ts`. */
  uploadMediaFile(file: File, o: Contract.UploadOptions = {}): Promise<Contract.MediaFile> {
    return uploadFile(this.#config, {
      path: '/media',
      file,
      idempotencyKey: o.idempotencyKey ?? newIdempotencyKey(),
      signal: o.signal,
      onProgress: o.onProgress,
      useFetch: this.#uploadWithFetch,
    });
  }

  deleteMediaFile(id: string, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#change('DELETE', path`/media/${id}`, undefined, EMPTY, o);
  }

  listRecordings(q: Contract.PageQuery & { range?: Contract.DateRange }): Promise<Contract.Page<Contract.Recording>> {
    return this.#get('/recordings', json(decode.recordingPage), q, { ...rangeParams(q.range), ...this.#pageParams(q) });
  }

  getRecordingAudio(id: string, o: Contract.RequestOptions = {}): Promise<Blob> {
    return this.#get(path`/recordings/${id}/audio`, BLOB, o, {}, 'audio/*');
  }

  deleteRecording(id: string, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#change('DELETE', path`/recordings/${id}`, undefined, EMPTY, o);
  }

  listBlockedNumbers(q: Contract.PageQuery & { search?: string }): Promise<Contract.Page<Contract.BlockedNumber>> {
    return this.#get('/blocked-numbers', json(decode.blockedNumberPage), q, { search: q.search?.trim(), ...this.#pageParams(q) });
  }

  blockNumber(number: string, o: Contract.BlockOptions = {}): Promise<Contract.BlockedNumber> {
    const body = o.reason === undefined ? { number } : { number, reason: o.reason };
    return this.#change('POST', '/blocked-numbers', body, json(decode.blockedNumber), o);
  }

  unblockNumber(number: string, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#change('DELETE', path`/blocked-numbers/${number}`, undefined, EMPTY, o);
  }

  #get<T>(pathname: string, expect: Expect<T>, o: Contract.RequestOptions, query: Query = {}, accept?: string): Promise<T> {
    return send(this.#config, {
      method: 'GET',
      path: pathname,
      query: toQueryString(query),
      expect,
      safe: true,
      signal: o.signal,
      ...(accept ? { accept } : {}),
    });
  }

  /** A change: one `Idempotency-Key` per call (the caller's, else a fresh one), reused by every internal retry. */
  #change<T>(method: 'POST' | 'DELETE', pathname: string, body: unknown, expect: Expect<T>, o: Contract.RequestOptions): Promise<T> {
    return send(this.#config, {
      method,
      path: pathname,
      body,
      expect,
      safe: false,
      idempotencyKey: o.idempotencyKey ?? newIdempotencyKey(),
      signal: o.signal,
    });
  }

  /** `cursor` and `limit`, the limit capped at the server's `maxPageSize` when known. */
  #pageParams(q: Contract.PageQuery): Query {
    const max = this.#limits?.maxPageSize;
    const limit = q.limit === undefined ? undefined : max === undefined ? q.limit : Math.min(q.limit, max);
    return { cursor: q.cursor, limit };
  }
}

function rangeParams(range: Contract.DateRange | undefined): Query {
  return range ? { from: range.from, to: range.to } : {};
}
