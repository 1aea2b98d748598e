import type * as Contract from '../../core/provider.js';
import { throwIfAborted } from '../../core/errors.js';
import { waitFor } from './abortable.js';
import * as blacklists from './blacklists.js';
import * as calls from './calls.js';
import type { KazooContext } from './context.js';
import { fingerprint } from './cursor.js';
import { KAZOO_MAX_RANGE_SECONDS } from './gregorian.js';
import { Reader } from './json.js';
import * as media from './media.js';
import { countryOfE164, isoCountry } from './numbers.js';
import * as plan from './plan.js';
import * as profile from './profile.js';
import * as transactions from './transactions.js';
import { KazooTransport, path, type KazooTokenSupplier } from './transport.js';
import { now } from '../../core/clock.js';

export interface KazooProviderOptions {
  /** Crossbar's base URL, ending in `/v2` (e.g. `https://pbx.example.com:8443/v2`). Must not carry credentials. */
  baseUrl: string;
  /** The account the widgets show (`data.account_id` of `PUT /v2/user_auth`). */
  accountId: string;
  /** The signed-in user (`data.owner_id` of `PUT /v2/user_auth`). */
  userId: string;
  /**
   * The auth token, or a promise of it. Asked for the first request and again (with
   * `{ refresh: true }`) after Kazoo answers `401`; a second `401` rejects with `unauthorized`.
   * It is sent only as the `X-Auth-Token` header.
   */
  getAuthToken: KazooTokenSupplier;
  /** ISO 4217 code of the amounts Kazoo reports (it does not say). Default `"USD"`. */
  currency?: string;
  /**
   * ISO 3166-1 alpha-2 country of the account, for telling international calls. Default: the
   * account's `contact.billing.country`, else the country of its `caller_id.external.number`,
   * else `"US"`.
   */
  homeCountry?: string;
  /**
   * The plan's display name. Default: the names of the plans assigned to the account (the ids in
   * the services summary's `plans`, named from `GET …/services/available`).
   */
  planName?: string;
  /** The password policy's minimum length (Kazoo has none). Default 8. */
  passwordMinLength?: number;
  /**
   * How `getCallTotals` finds the call log's totals (the call log asks for them beside its first
   * page; the pages themselves carry none, so rows never wait for them). `"scan"` (default): by
   * reading every per-minute row of the range — exact, international calls only, with the
   * number of calls; many requests on a long or busy range. `"ledger"`: from Kazoo's ledger
   * summary — one request per 31-day window, but it counts all per-minute usage (domestic too,
   * if any) and not the calls.
   */
  callTotals?: 'scan' | 'ledger';
  /**
   * The longest call expected, in seconds. Kazoo files a per-minute row when the call hangs up,
   * so the call log reads this much past the end of a range to find the calls that started in
   * it. Default 14400 (4 hours).
   */
  maxCallSeconds?: number;
  /** Longest range a list query may span, in days. Default 366. */
  maxRangeDays?: number;
  /** Largest page asked of Kazoo and of this provider. Default 500. */
  maxPageSize?: number;
  /** Kazoo's maximum `created_to − created_from` (`crossbar.maximum_range`), in seconds. Default 31 days. */
  maxWindowSeconds?: number;
  /**
   * Username prefix of the unassigned "seat" users created when users are bought (also the
   * prefix of their `flags` entry). Default `"paw-seat-"`.
   */
  seatUsernamePrefix?: string;
  /** Per attempt, in ms. Default 15000; a timeout rejects with `unavailable`. */
  timeoutMs?: number;
  /** Extra attempts of a GET after a network error, a timeout, `429` or `502`–`504`. Default 2. */
  retries?: number;
  /** Base of the retry backoff, in ms. Default 300. */
  retryDelayMs?: number;
  /** Longest wait before a retry, in ms. Default 10000. */
  maxRetryDelayMs?: number;
  /** Replaces the global `fetch`. */
  fetch?: typeof fetch;
  /** The clock (epoch ms) for lists without a range. Default: the product's clock (`core/clock.ts`). */
  now?: () => number;
}

/** How many finished changes are remembered for idempotency keys. */
const REMEMBERED_CHANGES = 200;

/**
 * An {@link AccountDataProvider} for the 2600Hz Kazoo crossbar API (v2). Every contract method
 * maps onto crossbar resources as documented in `docs/kazoo.md`; bills are not offered (Kazoo
 * has none), so `listBills` and `getBillDocument` are absent.
 *
 * @example
 * ```ts
 * import { KazooProvider } from 'pbx-account-widgets/kazoo';
 *
 * const provider = new KazooProvider({
 *   baseUrl: 'https://pbx.example.com:8443/v2',
 *   accountId: session.accountId,
 *   userId: session.ownerId,
 *   getAuthToken: ({ refresh }) => (refresh ? session.renew() : session.token),
 * });
 * document.querySelector('account-settings').provider = provider;
 * ```
 */
export class KazooProvider implements Contract.AccountDataProvider {
  readonly limits: Required<Contract.ProviderLimits>;
  readonly #ctx: KazooContext;
  readonly #done = new Map<string, Promise<unknown>>();

  constructor(options: KazooProviderOptions) {
    const base = new URL(options.baseUrl, 'http://relative.invalid');
    if (base.username || base.password) throw new TypeError('KazooProvider: baseUrl must not contain credentials; use getAuthToken.');
    if (base.search || base.hash) throw new TypeError('KazooProvider: baseUrl must not have a query string or fragment.');
    if (typeof options.getAuthToken !== 'function') throw new TypeError('KazooProvider: getAuthToken is required.');
    for (const key of ['accountId', 'userId'] as const) {
      if (typeof options[key] !== 'string' || options[key].trim() === '') throw new TypeError(`KazooProvider: ${key} is required.`);
    }
    if (options.currency !== undefined && !/^[A-Z]{3}$/.test(options.currency))
      throw new TypeError('KazooProvider: currency must be an ISO 4217 code such as "USD".');
    const home = options.homeCountry?.trim().toUpperCase();
    if (home !== undefined && !/^[A-Z]{2}$/.test(home))
      throw new TypeError('KazooProvider: homeCountry must be an ISO 3166-1 alpha-2 code.');
    const positive = (value: number | undefined, fallback: number) =>
      value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
    const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    const transport = new KazooTransport({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      getAuthToken: options.getAuthToken,
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: Math.max(0, options.retries ?? 2),
      retryDelayMs: options.retryDelayMs ?? 300,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 10_000,
      fetch: fetchImpl,
    });
    const accountPath = path`/accounts/${options.accountId}`;
    let cached: Promise<Reader> | undefined;
    /** Reads the account document; a read without a signal is shared, a successful one refreshes the shared copy. */
    const fetchAccount = (signal?: AbortSignal): Promise<Reader> => {
      const loading = transport
        .json({ method: 'GET', path: accountPath, signal })
        .then((envelope) => Reader.of(envelope.data, `GET ${accountPath}`));
      if (!signal) {
        cached = loading;
        loading.catch(() => {
          if (cached === loading) cached = undefined;
        });
      } else {
        loading.then(
          (doc) => (cached = Promise.resolve(doc)),
          () => undefined,
        );
      }
      return loading;
    };
    let homeCountry: Promise<string> | undefined;
    this.#ctx = {
      transport,
      accountPath,
      accountId: options.accountId,
      userId: options.userId,
      currency: options.currency ?? 'USD',
      maxRangeDays: positive(options.maxRangeDays, 366),
      maxPageSize: positive(options.maxPageSize, 500),
      maxWindowSeconds: positive(options.maxWindowSeconds, KAZOO_MAX_RANGE_SECONDS),
      seatPrefix: options.seatUsernamePrefix ?? 'paw-seat-',
      callTotals: options.callTotals ?? 'scan',
      maxCallSeconds: positive(options.maxCallSeconds, 4 * 3600),
      planName: options.planName,
      passwordMinLength: positive(options.passwordMinLength, 8),
      now: options.now ?? now,
      // A shared read must not be cancelled by one caller's abort: it runs unsignalled, each caller waits with its own signal.
      account: (signal) => waitFor(cached ?? fetchAccount(), signal),
      freshAccount: (signal) => fetchAccount(signal),
      homeCountry: (signal) => {
        if (home) return Promise.resolve(home);
        homeCountry ??= this.#ctx
          .account()
          .then(
            (account) =>
              isoCountry(account.object('contact')?.object('billing')?.string('country')) ??
              countryOfE164(account.object('caller_id')?.object('external')?.string('number') ?? '') ??
              'US',
          );
        homeCountry.catch(() => (homeCountry = undefined));
        return waitFor(homeCountry, signal);
      },
    };
    this.limits = { maxRangeDays: this.#ctx.maxRangeDays, maxPageSize: this.#ctx.maxPageSize };
  }

  /**
   * A change run once per idempotency key: a retry of the same user action (same key) while it
   * runs, or after it succeeded, gets the first answer and changes nothing again. Failures are
   * forgotten, so a retry after one runs anew.
   */
  #once<T>(method: string, o: Contract.RequestOptions, run: () => Promise<T>): Promise<T> {
    const key = o.idempotencyKey;
    if (!key) return run();
    const id = `${method}\n${key}`;
    const known = this.#done.get(id);
    if (known) return waitFor(known as Promise<T>, o.signal);
    const running = run();
    this.#done.set(id, running);
    running.then(
      () => {
        if (this.#done.size > REMEMBERED_CHANGES) this.#done.delete(this.#done.keys().next().value!);
      },
      () => this.#done.delete(id),
    );
    return running;
  }

  getCurrentUser(o: Contract.RequestOptions = {}): Promise<Contract.User> {
    return profile.getCurrentUser(this.#ctx, o);
  }

  async getPasswordPolicy(o: Contract.RequestOptions = {}): Promise<Contract.PasswordPolicy> {
    throwIfAborted(o.signal);
    return profile.getPasswordPolicy(this.#ctx);
  }

  changePassword(input: Contract.PasswordChange, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#once('changePassword', o, () => profile.changePassword(this.#ctx, input, o));
  }

  getAccount(o: Contract.RequestOptions = {}): Promise<Contract.Account> {
    return profile.getAccount(this.#ctx, o);
  }

  getServicePlan(o: Contract.RequestOptions = {}): Promise<Contract.ServicePlan> {
    return plan.getServicePlan(this.#ctx, o);
  }

  quoteAddUsers(count: number, o: Contract.RequestOptions = {}): Promise<Contract.UsersQuote> {
    return plan.quoteAddUsers(this.#ctx, count, o);
  }

  addUsers(count: number, o: Contract.RequestOptions = {}): Promise<Contract.ServicePlan> {
    const key = o.idempotencyKey;
    const purchase = key && /^[\w-]{1,64}$/.test(key) ? key : key ? fingerprint(key) : Math.random().toString(36).slice(2, 12);
    return this.#once('addUsers', o, () => plan.addUsers(this.#ctx, count, purchase, o));
  }

  removeUsers(count: number, o: Contract.RequestOptions = {}): Promise<Contract.ServicePlan> {
    return this.#once('removeUsers', o, () => plan.removeUsers(this.#ctx, count, o));
  }

  listInternationalCalls(q: Contract.CallQuery): Promise<Contract.CallPage> {
    return calls.listInternationalCalls(this.#ctx, q ?? ({} as Contract.CallQuery));
  }

  /**
   * The totals of a range's international calls, apart from the pages (which carry none): by
   * the `callTotals` option, reading every per-minute row of the range (`"scan"`) or the ledger
   * summary per window (`"ledger"`). The range is checked as the call log checks it.
   */
  getCallTotals(q: Contract.CallTotalsQuery): Promise<Contract.CallTotals> {
    return calls.getCallTotals(this.#ctx, q ?? ({} as Contract.CallTotalsQuery));
  }

  listTransactions(q: Contract.PageQuery & { range?: Contract.DateRange }): Promise<Contract.Page<Contract.Transaction>> {
    return transactions.listTransactions(this.#ctx, q ?? {});
  }

  listMediaFiles(q: Contract.PageQuery & { search?: string }): Promise<Contract.Page<Contract.MediaFile>> {
    return media.listMediaFiles(this.#ctx, q ?? {});
  }

  getMediaFileAudio(id: string, o: Contract.RequestOptions = {}): Promise<Blob> {
    return media.getMediaFileAudio(this.#ctx, id, o);
  }

  deleteMediaFile(id: string, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#once('deleteMediaFile', o, () => media.deleteMediaFile(this.#ctx, id, o));
  }

  listRecordings(q: Contract.PageQuery & { range?: Contract.DateRange }): Promise<Contract.Page<Contract.Recording>> {
    return media.listRecordings(this.#ctx, q ?? {});
  }

  getRecordingAudio(id: string, o: Contract.RequestOptions = {}): Promise<Blob> {
    return media.getRecordingAudio(this.#ctx, id, o);
  }

  deleteRecording(id: string, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#once('deleteRecording', o, () => media.deleteRecording(this.#ctx, id, o));
  }

  listBlockedNumbers(q: Contract.PageQuery & { search?: string }): Promise<Contract.Page<Contract.BlockedNumber>> {
    return blacklists.listBlockedNumbers(this.#ctx, q ?? {});
  }

  blockNumber(number: string, o: Contract.BlockOptions = {}): Promise<Contract.BlockedNumber> {
    return this.#once('blockNumber', o, () => blacklists.blockNumber(this.#ctx, number, o));
  }

  unblockNumber(number: string, o: Contract.RequestOptions = {}): Promise<void> {
    return this.#once('unblockNumber', o, () => blacklists.unblockNumber(this.#ctx, number, o));
  }
}
