/**
 * Crossbar's response envelope. Every JSON answer, success or not, looks like
 * `{ data, status: "success" | "error" | "fatal", auth_token, request_id, revision }`; errors add
 * `error` (the HTTP code as a string) and `message`; paged lists add `page_size`, `start_key` and
 * `next_start_key` (absent on a list's last page).
 */
export interface Envelope {
  data: unknown;
  status: string;
  error?: string;
  message?: string;
  page_size?: number;
  start_key?: unknown;
  next_start_key?: unknown;
  request_id?: string;
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `text` as an envelope, or `undefined` when it is not one (not JSON, no `status`). */
export function parseEnvelope(text: string): Envelope | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value.status !== 'string') return undefined;
  const envelope: Envelope = { data: value.data, status: value.status };
  if (typeof value.error === 'string' || typeof value.error === 'number') envelope.error = String(value.error);
  if (typeof value.message === 'string') envelope.message = value.message;
  if (typeof value.page_size === 'number') envelope.page_size = value.page_size;
  if (value.start_key !== undefined) envelope.start_key = value.start_key;
  if (value.next_start_key !== undefined) envelope.next_start_key = value.next_start_key;
  if (typeof value.request_id === 'string') envelope.request_id = value.request_id;
  return envelope;
}

/** Kazoo's `next_start_key` as the opaque string the next request sends back; `null` on the last page. */
export function nextStartKey(envelope: Envelope): string | null {
  const key = envelope.next_start_key;
  if (key === undefined || key === null || key === '') return null;
  return typeof key === 'string' ? key : JSON.stringify(key);
}
