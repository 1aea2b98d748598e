import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import type { AccountDataProvider, CallOrder, DateRange } from '../src/core/provider.js';
import { isProviderError, ProviderError } from '../src/core/errors.js';
import { normalizeBaseUrl } from './base-url.js';
import { errorResponse, invalid } from './errors.js';
import { IdempotencyStore } from './idempotency.js';
import * as serialize from './serialize.js';

export interface MockApiOptions {
  /** Answers every request; any `AccountDataProvider` (usually `createDemoProvider()`). */
  provider: AccountDataProvider;
  /** Where the API is mounted; default `/api` (openapi.yaml's `servers`). */
  baseUrl?: string;
}

type Json = Record<string, unknown>;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Runs a handler body; whatever it throws becomes the matching error response. */
async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}

function notOffered(what: string): ProviderError {
  return new ProviderError('not-found', `This backend does not provide ${what}.`);
}

function json(value: unknown, init?: ResponseInit): Response {
  return HttpResponse.json(value as JsonBodyType, init);
}

function blobResponse(blob: Blob): Response {
  return new HttpResponse(blob, { status: 200, headers: { 'Content-Type': blob.type || 'application/octet-stream' } });
}

// ---- request parsing (failures are `validation`, 422 with the field) ----

function instantParam(url: URL, name: 'from' | 'to'): string | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) throw invalid(`"${name}" must be an ISO 8601 instant.`, name);
  return value;
}

function rangeParams(url: URL, required: true): DateRange;
function rangeParams(url: URL, required: false): DateRange | undefined;
function rangeParams(url: URL, required: boolean): DateRange | undefined {
  const from = instantParam(url, 'from');
  const to = instantParam(url, 'to');
  if (from === undefined && to === undefined && !required) return undefined;
  if (from === undefined) throw invalid('"from" is required.', 'from');
  if (to === undefined) throw invalid('"to" is required.', 'to');
  if (Date.parse(to) < Date.parse(from)) throw invalid('"to" must not be before "from".', 'to');
  return { from, to };
}

function pageParams(url: URL): { cursor?: string; limit?: number } {
  const out: { cursor?: string; limit?: number } = {};
  const cursor = url.searchParams.get('cursor');
  if (cursor) out.cursor = cursor;
  const limit = url.searchParams.get('limit');
  if (limit !== null) {
    if (!/^[1-9]\d{0,6}$/.test(limit)) throw invalid('"limit" must be a whole number ≥ 1.', 'limit');
    out.limit = Number(limit);
  }
  return out;
}

function searchParam(url: URL): { search?: string } {
  const search = url.searchParams.get('search');
  return search ? { search } : {};
}

function orderParam(url: URL): { order?: CallOrder } {
  const order = url.searchParams.get('order');
  if (order === null) return {};
  if (order !== 'newest' && order !== 'oldest') throw invalid('"order" must be "newest" or "oldest".', 'order');
  return { order };
}

/** Parses a JSON object body whose properties are all in `allowed` (openapi: `additionalProperties: false`). */
function parseBody(text: string, allowed: readonly string[]): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('The request body must be JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('The request body must be a JSON object.');
  for (const key of Object.keys(value)) if (!allowed.includes(key)) throw invalid(`Unknown property "${key}".`, key);
  return value as Json;
}

/** The statuses openapi.yaml gives an upload refused for its file: too large, not audio. */
const FILE_STATUSES: ReadonlySet<number> = new Set([413, 415]);

/** Like `errorResponse`, but a `validation` of the file keeps the status its provider gave (413/415). */
function uploadErrorResponse(error: unknown): Response {
  const response = errorResponse(error);
  if (!isProviderError(error) || error.code !== 'validation' || error.field !== 'file' || !FILE_STATUSES.has(error.status ?? 0))
    return response;
  return new HttpResponse(response.body, { status: error.status, headers: response.headers });
}

/** The `file` part of a `multipart/form-data` body (openapi: `POST /media`). */
async function filePart(request: Request): Promise<File> {
  if (!/^multipart\/form-data\b/i.test(request.headers.get('Content-Type') ?? '')) {
    throw new ProviderError('validation', 'Send the file as multipart/form-data.', { field: 'file', status: 415 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid('The multipart body cannot be read.', 'file');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw invalid('The part "file" with the audio is required.', 'file');
  return file;
}

function countField(body: Json): number {
  const { count } = body;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) throw invalid('"count" must be a whole number ≥ 1.', 'count');
  return count;
}

function stringField(body: Json, name: string, required: true): string;
function stringField(body: Json, name: string, required: false): string | undefined;
function stringField(body: Json, name: string, required: boolean): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || (required && value === ''))
    throw invalid(`"${name}" must be a${required ? ' non-empty' : ''} string.`, name);
  return value;
}

/**
 * msw request handlers implementing openapi.yaml by delegating to `options.provider`.
 *
 * Results are serialized to exactly the documented JSON; a thrown `ProviderError` becomes its
 * status and `Error` body (`network` becomes a dropped connection, `rate-limited`/`unavailable`
 * send `Retry-After`); the request's abort signal is passed on; every change requires an
 * `Idempotency-Key` and a repeated key replays the first answer without changing anything twice.
 */
export function createHandlers(options: MockApiOptions): HttpHandler[] {
  const { provider } = options;
  const base = normalizeBaseUrl(options.baseUrl);
  const at = (p: string): string => `${base}${p}`;
  const idempotency = new IdempotencyStore();

  /** A change: requires `Idempotency-Key`, runs once per key and route. */
  const change = (
    route: string,
    request: Request,
    allowed: readonly string[] | null,
    run: (body: Json, key: string) => Promise<Response>,
  ) =>
    answer(async () => {
      const key = request.headers.get('Idempotency-Key');
      if (!key) throw invalid('The Idempotency-Key header is required on changes.');
      const text = allowed === null ? '' : await request.text();
      return idempotency.run(
        `${request.method} ${route}`,
        key,
        text,
        () => answer(() => run(allowed === null ? {} : parseBody(text, allowed), key)),
        () => errorResponse(invalid('This Idempotency-Key was already used for a different request.')),
      );
    });

  return [
    http.get(at('/limits'), () => answer(async () => json(serialize.limits(provider.limits ?? {})))),

    http.get(at('/user'), ({ request }) =>
      answer(async () => json(serialize.user(await provider.getCurrentUser({ signal: request.signal })))),
    ),

    http.get(at('/user/password-policy'), ({ request }) =>
      answer(async () => {
        if (!provider.getPasswordPolicy) throw notOffered('a password policy');
        return json(serialize.passwordPolicy(await provider.getPasswordPolicy({ signal: request.signal })));
      }),
    ),

    http.post(at('/user/password'), ({ request }) =>
      change('/user/password', request, ['currentPassword', 'newPassword'], async (body, idempotencyKey) => {
        const newPassword = stringField(body, 'newPassword', true);
        const currentPassword = stringField(body, 'currentPassword', false);
        await provider.changePassword(currentPassword === undefined ? { newPassword } : { currentPassword, newPassword }, {
          signal: request.signal,
          idempotencyKey,
        });
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.get(at('/account'), ({ request }) =>
      answer(async () => json(serialize.account(await provider.getAccount({ signal: request.signal })))),
    ),

    http.get(at('/service-plan'), ({ request }) =>
      answer(async () => json(serialize.servicePlan(await provider.getServicePlan({ signal: request.signal })))),
    ),

    http.post(at('/service-plan/users/quote'), ({ request }) =>
      answer(async () => {
        if (!provider.quoteAddUsers) throw notOffered('price quotes');
        const count = countField(parseBody(await request.text(), ['count']));
        return json(serialize.usersQuote(await provider.quoteAddUsers(count, { signal: request.signal })));
      }),
    ),

    http.post(at('/service-plan/users'), ({ request }) =>
      change('/service-plan/users', request, ['count'], async (body, idempotencyKey) => {
        const plan = await provider.addUsers(countField(body), { signal: request.signal, idempotencyKey });
        return json(serialize.servicePlan(plan));
      }),
    ),

    http.post(at('/service-plan/users/remove'), ({ request }) =>
      change('/service-plan/users/remove', request, ['count'], async (body, idempotencyKey) => {
        const plan = await provider.removeUsers(countField(body), { signal: request.signal, idempotencyKey });
        return json(serialize.servicePlan(plan));
      }),
    ),

    http.get(at('/calls/international'), ({ request }) =>
      answer(async () => {
        const url = new URL(request.url);
        const range = rangeParams(url, true);
        const page = await provider.listInternationalCalls({ range, ...orderParam(url), ...pageParams(url), signal: request.signal });
        // The REST API (openapi.yaml) puts the range's totals on every page; a provider with getCallTotals answers them apart.
        const totals = page.totals ?? (await provider.getCallTotals?.({ range, signal: request.signal }));
        return json(serialize.callPage(totals ? { ...page, totals } : page));
      }),
    ),

    http.get(at('/transactions'), ({ request }) =>
      answer(async () => {
        const url = new URL(request.url);
        const range = rangeParams(url, false);
        const page = await provider.listTransactions({ ...(range ? { range } : {}), ...pageParams(url), signal: request.signal });
        return json(serialize.transactionPage(page));
      }),
    ),

    http.get(at('/bills'), ({ request }) =>
      answer(async () => {
        if (!provider.listBills) throw notOffered('bills');
        const url = new URL(request.url);
        const page = await provider.listBills({ range: rangeParams(url, true), ...pageParams(url), signal: request.signal });
        return json(serialize.billPage(page));
      }),
    ),

    http.get(at('/bills/:id/document'), ({ request, params }) =>
      answer(async () => {
        if (!provider.getBillDocument) throw notOffered('bill documents');
        return blobResponse(await provider.getBillDocument(String(params['id']), { signal: request.signal }));
      }),
    ),

    http.get(at('/media'), ({ request }) =>
      answer(async () => {
        const url = new URL(request.url);
        const page = await provider.listMediaFiles({ ...searchParam(url), ...pageParams(url), signal: request.signal });
        return json(serialize.mediaFilePage(page));
      }),
    ),

    http.post(at('/media'), async ({ request }) => {
      try {
        const key = request.headers.get('Idempotency-Key');
        if (!key) throw invalid('The Idempotency-Key header is required on changes.');
        if (!provider.uploadMediaFile) throw notOffered('uploads');
        const upload = provider.uploadMediaFile.bind(provider);
        const file = await filePart(request);
        // The multipart boundary differs per request: the same key means the same file.
        const fingerprint = JSON.stringify([file.name, file.type, file.size]);
        return await idempotency.run(
          'POST /media',
          key,
          fingerprint,
          async () => {
            try {
              return json(serialize.mediaFile(await upload(file, { signal: request.signal, idempotencyKey: key })), { status: 201 });
            } catch (error) {
              return uploadErrorResponse(error);
            }
          },
          () => errorResponse(invalid('This Idempotency-Key was already used for a different request.')),
        );
      } catch (error) {
        return uploadErrorResponse(error);
      }
    }),

    http.get(at('/media/:id/audio'), ({ request, params }) =>
      answer(async () => {
        if (!provider.getMediaFileAudio) throw notOffered('media audio');
        return blobResponse(await provider.getMediaFileAudio(String(params['id']), { signal: request.signal }));
      }),
    ),

    http.delete(at('/media/:id'), ({ request, params }) =>
      change(`/media/${String(params['id'])}`, request, null, async (_body, idempotencyKey) => {
        await provider.deleteMediaFile(String(params['id']), { signal: request.signal, idempotencyKey });
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.get(at('/recordings'), ({ request }) =>
      answer(async () => {
        const url = new URL(request.url);
        const range = rangeParams(url, false);
        const page = await provider.listRecordings({ ...(range ? { range } : {}), ...pageParams(url), signal: request.signal });
        return json(serialize.recordingPage(page));
      }),
    ),

    http.get(at('/recordings/:id/audio'), ({ request, params }) =>
      answer(async () => blobResponse(await provider.getRecordingAudio(String(params['id']), { signal: request.signal }))),
    ),

    http.delete(at('/recordings/:id'), ({ request, params }) =>
      change(`/recordings/${String(params['id'])}`, request, null, async (_body, idempotencyKey) => {
        await provider.deleteRecording(String(params['id']), { signal: request.signal, idempotencyKey });
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.get(at('/blocked-numbers'), ({ request }) =>
      answer(async () => {
        const url = new URL(request.url);
        const page = await provider.listBlockedNumbers({ ...searchParam(url), ...pageParams(url), signal: request.signal });
        return json(serialize.blockedNumberPage(page));
      }),
    ),

    http.post(at('/blocked-numbers'), ({ request }) =>
      change('/blocked-numbers', request, ['number', 'reason'], async (body, idempotencyKey) => {
        if (!provider.blockNumber) throw notOffered('blocking numbers');
        const number = stringField(body, 'number', true);
        const reason = stringField(body, 'reason', false);
        const blocked = await provider.blockNumber(number, {
          signal: request.signal,
          idempotencyKey,
          ...(reason === undefined ? {} : { reason }),
        });
        return json(serialize.blockedNumber(blocked), { status: 201 });
      }),
    ),

    http.delete(at('/blocked-numbers/:number'), ({ request, params }) =>
      change(`/blocked-numbers/${String(params['number'])}`, request, null, async (_body, idempotencyKey) => {
        await provider.unblockNumber(String(params['number']), { signal: request.signal, idempotencyKey });
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
