import { http, HttpResponse, type HttpHandler } from 'msw';
import { isProviderError } from '../../src/core/errors.js';
import type { CallPage, CallRecord, DateRange } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProvider } from '../../src/providers/demo/index.js';
import { fail, invalid, notFound, ok, unauthorized } from './envelope.js';
import {
  createWorld,
  greg,
  isoOf,
  isSeat,
  kazooId,
  ledgerRow,
  mediaRow,
  recordingRow,
  servicesSummary,
  userDryRun,
  type Blacklist,
  type Doc,
  type KazooWorld,
  type MockUser,
} from './state.js';

/**
 * msw handlers answering like Kazoo's crossbar API (v2) for one account and one user, with the
 * data of a demo provider:
 *
 * - every request needs a valid `X-Auth-Token` header (else `401`); a token in the query string
 *   (`?auth_token=`) is refused outright, so a client that leaks one in a URL fails loudly;
 * - answers in crossbar envelopes; lists page with `page_size` / `start_key` /
 *   `next_start_key` (absent on the last page), newest first unless `ascending=true`;
 * - ranged lists (per-minute ledger, ledger totals, transactions, recordings) take Gregorian
 *   `created_from` / `created_to`, default to the last `maxRangeSeconds`, and answer a wider
 *   span with Kazoo's `400` `date_range` validation error;
 * - creating a user is billable: without `accept_charges` Kazoo's dry run answers `402 accept
 *   charges` with the prorated charge; with it the charge is debited, or `402 billing_issue`
 *   when the credit does not cover it; usernames are unique (`400` `unique`);
 * - blacklists live here (`GET`/`PUT`/`PATCH`, a number `PATCH`ed to `null` is removed);
 *   media and recordings audio come back as binary with their own content type.
 *
 * Limits of the mock: only unassigned seat users can be deleted; only the per-minute ledger
 * has rows.
 */
export interface KazooMockOptions {
  /** The data; default `createDemoProvider({ seed: 42, size: 'small' })`. */
  demo?: DemoProvider;
  /** Where crossbar is mounted; default `/kazoo/v2`. */
  baseUrl?: string;
  accountId?: string;
  userId?: string;
  /** Tokens accepted at the start; default `['kazoo-mock-token']`. `tokens` on the result can be changed later. */
  tokens?: readonly string[];
  /** Kazoo's `crossbar.maximum_range`; default 31 days and an hour (2682000 s). */
  maxRangeSeconds?: number;
}

export interface KazooMock {
  handlers: HttpHandler[];
  baseUrl: string;
  accountId: string;
  userId: string;
  /** The valid tokens: delete one to make it expire, add one to accept it. */
  tokens: Set<string>;
  demo: DemoProvider;
  /** The Kazoo documents (account, users, blacklists), once built. */
  world(): Promise<KazooWorld>;
}

export const KAZOO_MOCK_TOKEN = 'kazoo-mock-token';
const DEFAULT_MAX_RANGE = 31 * 86_400 + 3_600;
const DEFAULT_PAGE_SIZE = 50;

type Guarded = (input: { request: Request; url: URL; token: string; params: Record<string, string>; world: KazooWorld }) => Promise<Response>;

/** A demo cursor as an opaque Kazoo-looking start key. */
const wrapKey = (cursor: string | null | undefined): string | undefined => (cursor ? `g2${cursor}` : undefined);

class BadRequest extends Error {
  constructor(readonly response: Response) {
    super('bad request');
  }
}

export function createKazooHandlers(options: KazooMockOptions = {}): KazooMock {
  const demo = options.demo ?? createDemoProvider({ seed: 42, size: 'small' });
  const base = (options.baseUrl ?? '/kazoo/v2').replace(/\/+$/, '');
  const accountId = options.accountId ?? kazooId(`account:${String(demo.options.seed)}`);
  const userId = options.userId ?? kazooId(`user:${String(demo.options.seed)}`);
  const tokens = new Set(options.tokens ?? [KAZOO_MOCK_TOKEN]);
  const maxRange = options.maxRangeSeconds ?? DEFAULT_MAX_RANGE;
  let building: Promise<KazooWorld> | undefined;
  const world = (): Promise<KazooWorld> => (building ??= createWorld(demo, { accountId, userId }));
  const at = (p: string): string => `${base}/accounts/:accountId${p}`;

  /** Auth, account check, error handling; `run` gets the parsed URL and the token. */
  const guard =
    (run: Guarded) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }): Promise<Response> => {
      const url = new URL(request.url);
      if (url.searchParams.has('auth_token')) return fail('', 401, 'this mock refuses auth tokens in URLs');
      const token = request.headers.get('X-Auth-Token') ?? '';
      if (!tokens.has(token)) return unauthorized();
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v ?? '')]));
      if (flat.accountId !== undefined && flat.accountId !== accountId) return notFound(token, flat.accountId);
      try {
        return await run({ request, url, token, params: flat, world: await world() });
      } catch (error) {
        if (error instanceof BadRequest) return error.response;
        if (isProviderError(error)) {
          switch (error.code) {
            case 'validation':
              return invalid(token, error.field ?? 'data', 'invalid', error.message);
            case 'not-found':
              return notFound(token);
            case 'conflict':
              return fail(token, 409, error.message);
            case 'insufficient-credit':
              return fail(token, 402, 'billing_issue', { billing_issue: { message: error.message } });
            default:
              return fail(token, 500, error.message);
          }
        }
        return fail(token, 500, error instanceof Error ? error.message : 'internal error');
      }
    };

  const pageSizeOf = (url: URL, token: string): number => {
    const text = url.searchParams.get('page_size');
    if (text === null) return DEFAULT_PAGE_SIZE;
    if (!/^[1-9]\d{0,4}$/.test(text)) throw new BadRequest(invalid(token, 'page_size', 'type', 'page_size must be a positive integer', text));
    return Math.min(Number(text), 500);
  };

  const startKeyOf = (url: URL, token: string): string | null => {
    const key = url.searchParams.get('start_key');
    if (key === null || key === '') return null;
    if (!key.startsWith('g2')) throw new BadRequest(invalid(token, 'start_key', 'type', 'start_key is not one this server issued', key));
    return key.slice(2);
  };

  /** `created_from`/`created_to` (inclusive Gregorian seconds) as the demo's half-open range, Kazoo's checks included. */
  const rangeOf = (url: URL, token: string, w: KazooWorld): DateRange => {
    const read = (name: string): number | undefined => {
      const text = url.searchParams.get(name);
      if (text === null) return undefined;
      if (!/^\d+$/.test(text)) throw new BadRequest(invalid(token, name, 'type', `${name} must be Gregorian seconds`, text));
      return Number(text);
    };
    const to = read('created_to') ?? w.nowGregorian;
    const from = read('created_from') ?? to - maxRange;
    if (to < from) throw new BadRequest(invalid(token, 'created_from', 'date_range', `created_to ${to} is prior to created_from ${from}`, from));
    if (to - from > maxRange) {
      throw new BadRequest(invalid(token, 'created_from', 'date_range', `created_to ${to} is more than ${maxRange} seconds from created_from ${from}`, to));
    }
    return { from: isoOf(from), to: isoOf(to + 1) };
  };

  const ascending = (url: URL): boolean => url.searchParams.get('ascending') === 'true' || url.searchParams.get('descending') === 'false';

  async function body(request: Request, token: string): Promise<Doc> {
    let value: unknown;
    try {
      value = JSON.parse(await request.text());
    } catch {
      throw new BadRequest(fail(token, 400, 'invalid json'));
    }
    if (typeof value !== 'object' || value === null || typeof (value as Doc).data !== 'object' || (value as Doc).data === null) {
      throw new BadRequest(fail(token, 400, 'invalid request envelope'));
    }
    return value as Doc;
  }

  /** Merges `patch` into `doc`; `null` removes a key (how a blacklist number is removed). */
  function merge(doc: Doc, patch: Doc): void {
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete doc[key];
      else if (typeof value === 'object' && !Array.isArray(value) && typeof doc[key] === 'object' && doc[key] !== null && !Array.isArray(doc[key])) {
        merge(doc[key] as Doc, value as Doc);
      } else doc[key] = structuredClone(value);
    }
  }

  const publicUser = (u: MockUser): Doc => {
    const { password: _password, ...rest } = u;
    return rest;
  };

  const findList = (w: KazooWorld, id: string): Blacklist | undefined => w.blacklists.find((b) => b.id === id);

  /** The per-minute ledger rows (newest first) of the calls that hung up in `range`; the demo's calls do not change, so recent answers are kept. */
  const perMinuteCache = new Map<string, Promise<Doc[]>>();
  const perMinuteRows = (w: KazooWorld, range: DateRange): Promise<Doc[]> => {
    const key = `${range.from}|${range.to}`;
    let rows = perMinuteCache.get(key);
    if (!rows) {
      rows = readPerMinuteRows(w, range);
      rows.catch(() => perMinuteCache.delete(key));
      perMinuteCache.set(key, rows);
      if (perMinuteCache.size > 32) perMinuteCache.delete(perMinuteCache.keys().next().value!);
    }
    return rows.then((r) => r.slice());
  };
  const readPerMinuteRows = async (w: KazooWorld, range: DateRange): Promise<Doc[]> => {
    // Calls that end in the range started at most a day before it.
    const started = { from: new Date(Date.parse(range.from) - 86_400_000).toISOString(), to: range.to };
    const calls: CallRecord[] = [];
    let cursor: string | null = null;
    do {
      const page: CallPage = await demo.listInternationalCalls({ range: started, limit: 500, cursor });
      calls.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const name = String(w.account.name);
    return inRange(calls.map((call) => ledgerRow(w, call, name)), range).sort((a, b) => ((b.period as Doc).start as number) - ((a.period as Doc).start as number));
  };

  /** Rows (newest first) whose time — `created`, else `period.start` — is in the half-open range. */
  const inRange = (rows: readonly Doc[], range: DateRange): Doc[] => {
    const from = greg(range.from);
    const to = greg(range.to);
    return rows.filter((r) => {
      const t = (r.created ?? (r.period as Doc).start) as number;
      return t >= from && t < to;
    });
  };

  /** One page of `rows` by `page_size` / `start_key` (an opaque offset key). */
  const pageOf = (url: URL, token: string, rows: readonly Doc[]): Response => {
    const size = pageSizeOf(url, token);
    const key = url.searchParams.get('start_key');
    if (key !== null && key !== '' && !/^g2o\d+$/.test(key)) return invalid(token, 'start_key', 'type', 'start_key is not one this server issued', key);
    const offset = key ? Number(key.slice(3)) : 0;
    const next = offset + size < rows.length ? `g2o${offset + size}` : undefined;
    return ok(token, rows.slice(offset, offset + size), { start_key: key || undefined, next_start_key: next, page_size: size });
  };

  const handlers: HttpHandler[] = [
    // ---- account ----
    http.get(`${base}/accounts/:accountId`, guard(async ({ token, world: w }) => ok(token, w.account))),
    http.patch(
      `${base}/accounts/:accountId`,
      guard(async ({ request, token, world: w }) => {
        const { data } = await body(request, token);
        const patch = data as Doc;
        if (patch.blacklists !== undefined && (!Array.isArray(patch.blacklists) || patch.blacklists.some((id) => typeof id !== 'string'))) {
          return invalid(token, 'blacklists', 'type', 'blacklists must be a list of ids');
        }
        merge(w.account, patch);
        return ok(token, w.account);
      }),
    ),

    // ---- users ----
    http.get(
      at('/users'),
      guard(async ({ url, token, world: w }) => {
        const size = pageSizeOf(url, token);
        const key = url.searchParams.get('start_key');
        const offset = key && /^g2u\d+$/.test(key) ? Number(key.slice(3)) : 0;
        const rows = w.users.slice(offset, offset + size).map((u) => ({
          id: u.id,
          username: u.username,
          first_name: u.first_name,
          last_name: u.last_name,
          email: u.email,
          priv_level: u.priv_level,
          features: Array.isArray(u.features) ? u.features : [],
          flags: Array.isArray(u.flags) ? u.flags : [],
        }));
        const next = offset + size < w.users.length ? `g2u${offset + size}` : undefined;
        return ok(token, rows, { start_key: key ?? undefined, next_start_key: next });
      }),
    ),
    http.put(
      at('/users'),
      guard(async ({ request, token, world: w }) => {
        const envelope = await body(request, token);
        const data = envelope.data as Doc;
        // Validation first (kzd_users.erl), before any billing.
        for (const field of ['first_name', 'last_name'] as const) {
          if (typeof data[field] !== 'string' || data[field] === '') return invalid(token, field, 'required', 'Field is required but missing');
        }
        const username = typeof data.username === 'string' && data.username !== '' ? data.username : undefined;
        const password = typeof data.password === 'string' && data.password !== '' ? data.password : undefined;
        if (username && !password) {
          // generate_password_if_empty defaults to false: a username needs a password.
          return invalid(token, 'password', 'required', 'The password must be provided when creating / updating the user name', username);
        }
        if (username && w.users.some((u) => u.username === username)) {
          return invalid(token, 'username', 'unique', 'Username must be unique', username);
        }
        // Billing (crossbar_services:maybe_dry_run/2): a new user is a billable addition when users cost something.
        const plan = await demo.getServicePlan();
        const rate = plan.users.unitPrice.amount;
        const billable = /[1-9]/.test(rate);
        // cb_context:req_value/3 looks in data, the query string, then the envelope.
        const flag = (key: string): unknown => data[key] ?? new URL(request.url).searchParams.get(key) ?? envelope[key];
        const accepted = flag('accept_charges') === true || flag('accept_charges') === 'true';
        if (billable && !accepted) return fail(token, 402, 'accept charges', userDryRun(w, plan));
        if (billable) {
          const credit = (await demo.getServicePlan()).credit;
          if (Number(credit.amount) < Number(rate)) {
            // The bookkeeper refuses the estimated withdrawal (kz_services_standing.erl).
            return fail(token, 402, 'billing_issue', {
              reason: 'bookkeeper_rejection',
              message: `There is a billing issue with this account: a monthly increase of ${rate} is more than the available credit of ${credit.amount}.`,
            });
          }
        }
        const { accept_charges: _a, send_email_on_creation: _s, ...fields } = data;
        const doc = { priv_level: 'user', enabled: true, ...structuredClone(fields), id: kazooId(`user:${Date.now()}:${Math.random()}`) } as unknown as MockUser;
        if (!username) {
          // No username and no password: Kazoo saves a user without credentials (generate_username_if_empty needs a password to generate too).
          delete (doc as Doc).username;
          delete (doc as Doc).password;
        }
        w.users.push(doc);
        const email = flag('send_email_on_creation');
        if (email !== false && email !== 'false') w.welcomeEmails.push(username ?? doc.id);
        return ok(token, publicUser(doc), undefined, 201);
      }),
    ),
    http.get(
      at('/users/:userId'),
      guard(async ({ token, params, world: w }) => {
        const user = w.users.find((u) => u.id === params.userId);
        return user ? ok(token, publicUser(user)) : notFound(token, params.userId);
      }),
    ),
    http.patch(
      at('/users/:userId'),
      guard(async ({ request, token, params, world: w }) => {
        const user = w.users.find((u) => u.id === params.userId);
        if (!user) return notFound(token, params.userId);
        const { data } = await body(request, token);
        const patch = data as Doc;
        if (patch.password !== undefined && (typeof patch.password !== 'string' || patch.password === '')) {
          return invalid(token, 'password', 'minLength', 'Value is not a valid password');
        }
        merge(user, patch);
        return ok(token, publicUser(user));
      }),
    ),
    http.delete(
      at('/users/:userId'),
      guard(async ({ token, params, world: w }) => {
        const index = w.users.findIndex((u) => u.id === params.userId);
        if (index < 0) return notFound(token, params.userId);
        const user = w.users[index]!;
        if (!isSeat(user)) return fail(token, 403, 'forbidden', { message: 'this mock deletes only unassigned seat users' });
        w.users.splice(index, 1);
        return ok(token, publicUser(user));
      }),
    ),

    // ---- services and credit ----
    http.get(
      at('/services/summary'),
      guard(async ({ token, world: w }) => ok(token, servicesSummary(w, await demo.getServicePlan()))),
    ),
    http.get(
      at('/services/available'),
      guard(async ({ token, world: w }) => ok(token, [{ id: w.plan.id, name: w.plan.name, description: '', category: 'PBX' }])),
    ),
    http.get(
      at('/ledgers/total'),
      guard(async ({ token }) => ok(token, { amount: Number((await demo.getServicePlan()).credit.amount) })),
    ),
    http.get(
      at('/ledgers/per-minute-voip'),
      guard(async ({ url, token, world: w }) => {
        // Kazoo filters on the row's creation — the hang-up — not on when the call started.
        const rows = await perMinuteRows(w, rangeOf(url, token, w));
        return pageOf(url, token, ascending(url) ? rows.reverse() : rows);
      }),
    ),
    http.get(
      at('/ledgers'),
      guard(async ({ url, token, world: w }) => {
        // The summary (view ledgers/list_by_timestamp, reduced): per source with rows in the range, amount (debits negative) and usage.
        const range = rangeOf(url, token, w);
        const summary: Doc = {};
        for (const row of [...(await perMinuteRows(w, range)), ...inRange(w.money.ledgers, range)]) {
          const service = String((row.source as Doc).service);
          const entry = (summary[service] ??= { amount: 0, usage: {} }) as { amount: number; usage: Doc };
          entry.amount = Math.round((entry.amount + (row.amount as number)) * 10_000) / 10_000;
          const usage = row.usage as Doc;
          if (typeof usage.quantity === 'number') entry.usage = { type: usage.type, quantity: ((entry.usage.quantity as number | undefined) ?? 0) + usage.quantity, unit: usage.unit };
        }
        return ok(token, summary);
      }),
    ),
    http.get(
      at('/ledgers/:source'),
      guard(async ({ url, token, params, world: w }) => {
        // One source's rows (view ledgers/list_by_source, kz_ledger:public_json/1), paged.
        const range = rangeOf(url, token, w);
        const rows = inRange(w.money.ledgers, range).filter((r) => (r.source as Doc).service === params.source);
        return pageOf(url, token, ascending(url) ? rows.reverse() : rows);
      }),
    ),
    http.get(
      at('/transactions'),
      guard(async ({ url, token, world: w }) => {
        // Bookkeeper payments (view transactions/list_by_timestamp, 4.3), paged.
        const range = rangeOf(url, token, w);
        const rows = inRange(w.money.payments, range);
        return pageOf(url, token, ascending(url) ? rows.reverse() : rows);
      }),
    ),

    // ---- media ----
    http.get(
      at('/media'),
      guard(async ({ url, token }) => {
        const limit = pageSizeOf(url, token);
        const cursor = startKeyOf(url, token);
        const page = await demo.listMediaFiles({ limit, cursor });
        return ok(token, page.items.map(mediaRow), { start_key: wrapKey(cursor), next_start_key: wrapKey(page.nextCursor) });
      }),
    ),
    http.get(
      at('/media/:mediaId/raw'),
      guard(async ({ request, token, params }) => {
        if (!/audio\//i.test(request.headers.get('Accept') ?? '')) return fail(token, 406, 'not acceptable');
        const blob = await demo.getMediaFileAudio!(params.mediaId!);
        return new HttpResponse(blob, { status: 200, headers: { 'Content-Type': blob.type || 'audio/mpeg' } });
      }),
    ),
    http.get(
      at('/media/:mediaId'),
      guard(async ({ token, params }) => {
        const all = await demo.listMediaFiles({ limit: 500 });
        const file = all.items.find((f) => f.id === params.mediaId);
        return file ? ok(token, { ...mediaRow(file), content_type: file.contentType, streamable: true }) : notFound(token, params.mediaId);
      }),
    ),
    http.delete(
      at('/media/:mediaId'),
      guard(async ({ token, params }) => {
        await demo.deleteMediaFile(params.mediaId!);
        return ok(token, { id: params.mediaId, _read_only: { deleted: true } });
      }),
    ),

    // ---- recordings ----
    http.get(
      at('/recordings'),
      guard(async ({ url, token, world: w }) => {
        const range = rangeOf(url, token, w);
        const limit = pageSizeOf(url, token);
        const cursor = startKeyOf(url, token);
        const page = await demo.listRecordings({ range, limit, cursor });
        return ok(token, page.items.map((r) => recordingRow(w, r)), { start_key: wrapKey(cursor), next_start_key: wrapKey(page.nextCursor) });
      }),
    ),
    http.get(
      at('/recordings/:recordingId'),
      guard(async ({ request, token, params, world: w }) => {
        if (/audio\//i.test(request.headers.get('Accept') ?? '')) {
          const blob = await demo.getRecordingAudio(params.recordingId!);
          return new HttpResponse(blob, { status: 200, headers: { 'Content-Type': blob.type || 'audio/mpeg' } });
        }
        const page = await demo.listRecordings({ limit: 500 });
        const found = page.items.find((r) => r.id === params.recordingId);
        return found ? ok(token, recordingRow(w, found)) : notFound(token, params.recordingId);
      }),
    ),
    http.delete(
      at('/recordings/:recordingId'),
      guard(async ({ token, params }) => {
        await demo.deleteRecording(params.recordingId!);
        return ok(token, { id: params.recordingId, _read_only: { deleted: true } });
      }),
    ),

    // ---- blacklists ----
    http.get(
      at('/blacklists'),
      guard(async ({ token, world: w }) => ok(token, w.blacklists.map((b) => ({ id: b.id, name: b.name })), {})),
    ),
    http.put(
      at('/blacklists'),
      guard(async ({ request, token, world: w }) => {
        const data = (await body(request, token)).data as Doc;
        if (typeof data.name !== 'string' || data.name === '') return invalid(token, 'name', 'required', 'Field is required but missing');
        const list: Blacklist = { numbers: {}, ...structuredClone(data), id: kazooId(`blacklist:${Date.now()}:${Math.random()}`), name: data.name };
        w.blacklists.push(list);
        return ok(token, list, undefined, 201);
      }),
    ),
    http.get(
      at('/blacklists/:listId'),
      guard(async ({ token, params, world: w }) => {
        const list = findList(w, params.listId!);
        return list ? ok(token, list) : notFound(token, params.listId);
      }),
    ),
    http.patch(
      at('/blacklists/:listId'),
      guard(async ({ request, token, params, world: w }) => {
        const list = findList(w, params.listId!);
        if (!list) return notFound(token, params.listId);
        const patch = (await body(request, token)).data as Doc;
        const value = patch.numbers;
        if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
          return invalid(token, 'numbers', 'type', 'numbers must be an object');
        }
        merge(list, patch);
        return ok(token, list);
      }),
    ),
    http.delete(
      at('/blacklists/:listId'),
      guard(async ({ token, params, world: w }) => {
        const index = w.blacklists.findIndex((b) => b.id === params.listId);
        if (index < 0) return notFound(token, params.listId);
        const [removed] = w.blacklists.splice(index, 1);
        return ok(token, removed);
      }),
    ),

    // Anything else under crossbar: Kazoo's 404 for an unknown endpoint.
    http.all(`${base}/*`, guard(async ({ token }) => fail(token, 404, 'not found', { message: 'no such endpoint in this mock' }))),
  ];

  return { handlers, baseUrl: base, accountId, userId, tokens, demo, world };
}

/** Gregorian seconds of an ISO instant (re-exported for tests writing Kazoo fixtures). */
export { greg, isoOf };
