import { HttpResponse, type JsonBodyType } from 'msw';

/**
 * Crossbar's response envelopes, as Kazoo 4.x writes them: `{ auth_token, data, request_id,
 * revision, status: "success" }`, errors `{ …, error: "<code>", message, status: "error" }`,
 * paged lists with `page_size`, `start_key` and `next_start_key` (absent on the last page).
 */

let requestCounter = 0;

function requestId(): string {
  requestCounter = (requestCounter + 1) % 1_000_000;
  return `mock-${Date.now().toString(16)}-${requestCounter.toString(16).padStart(5, '0')}`;
}

export interface Paging {
  start_key?: string | undefined;
  next_start_key?: string | null | undefined;
}

export function ok(token: string, data: unknown, paging?: Paging & { page_size?: number }, status = 200): Response {
  const body: Record<string, unknown> = { auth_token: token, data, request_id: requestId(), revision: 'undefined', status: 'success' };
  if (paging) {
    body.page_size = paging.page_size ?? (Array.isArray(data) ? data.length : 0);
    if (paging.start_key) body.start_key = paging.start_key;
    if (paging.next_start_key) body.next_start_key = paging.next_start_key;
  }
  return HttpResponse.json(body as JsonBodyType, { status });
}

export function fail(token: string, status: number, message: string, data: unknown = {}): Response {
  return HttpResponse.json({ auth_token: token, data, error: String(status), message, request_id: requestId(), status: 'error' } as JsonBodyType, { status });
}

/** 400 with one validation error keyed by field, as crossbar reports JSON-schema and range failures. */
export function invalid(token: string, field: string, rule: string, message: string, cause?: unknown): Response {
  const detail: Record<string, unknown> = { message };
  if (cause !== undefined) detail.cause = cause;
  return fail(token, 400, 'invalid data', { [field]: { [rule]: detail } });
}

export const unauthorized = (): Response => fail('', 401, 'invalid credentials');
export const notFound = (token: string, id?: string): Response => fail(token, 404, 'bad identifier', id ? { cause: id, message: 'bad identifier' } : {});
