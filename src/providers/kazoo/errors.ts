import { ProviderError, type ProviderErrorCode } from '../../core/errors.js';
import { codeForStatus } from '../http/errors.js';
import { isObject, type Envelope, type Json } from './envelope.js';

/**
 * Crossbar error answers → contract errors.
 *
 * | Kazoo | contract |
 * |---|---|
 * | 400 with a `date_range` validation error (`created_from`/`created_to` span over the server's maximum range) | `range-too-large` |
 * | 400 with validation errors keyed by field (`data.<field>.<rule>.message`) | `validation`, `field` = the contract's name for it |
 * | 401 (after one token refresh) | `unauthorized` |
 * | 402 `accept charges` (outside the users purchase, which reads it as a quote) | `insufficient-credit` |
 * | 402 anything else (`billing_issue`, …) | `insufficient-credit` |
 * | 403 / 404 / 409 / 429 | `forbidden` / `not-found` / `conflict` / `rate-limited` |
 * | 502–504, a timeout | `unavailable` |
 * | 500, `"status": "fatal"`, anything else | `unknown` |
 */

/** Kazoo field names → the field a widget knows. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  password: 'newPassword',
  numbers: 'number',
  raw_numbers: 'number',
  created_from: 'range',
  created_to: 'range',
  start_key: 'cursor',
  page_size: 'limit',
};

const MESSAGES: Partial<Record<ProviderErrorCode, string>> = {
  unauthorized: 'Your Kazoo session has expired or the token is not valid. Sign in again.',
  forbidden: 'Kazoo does not allow this for your user.',
  'not-found': 'Kazoo does not know this item.',
  conflict: 'This conflicts with a change made elsewhere. Reload and try again.',
  validation: 'Kazoo rejected the request as invalid.',
  'insufficient-credit': 'The account cannot pay for this (Kazoo reports a billing issue).',
  'range-too-large': 'The date range is longer than the Kazoo server allows in one request.',
  'rate-limited': 'Kazoo is limiting requests. Wait a moment and try again.',
  unavailable: 'Kazoo is temporarily unavailable. Try again later.',
};

/** The first validation error in `data`: `{ field: { rule: { message } } }` (or `{ rule: "message" }`). */
function firstValidationError(data: unknown): { field: string; rule: string; message?: string } | undefined {
  if (!isObject(data)) return undefined;
  for (const [field, rules] of Object.entries(data)) {
    if (!isObject(rules)) continue;
    for (const [rule, detail] of Object.entries(rules)) {
      const message =
        typeof detail === 'string' ? detail : isObject(detail) && typeof detail.message === 'string' ? detail.message : undefined;
      return message === undefined ? { field, rule } : { field, rule, message };
    }
  }
  return undefined;
}

function findRule(data: unknown, rule: string): Json | undefined {
  if (!isObject(data)) return undefined;
  for (const rules of Object.values(data)) {
    if (isObject(rules) && rule in rules) return isObject(rules[rule]) ? (rules[rule] as Json) : {};
  }
  return undefined;
}

/** The message Kazoo put in `data.message` (its 401/404/500 bodies) when the envelope's is generic. */
function detailMessage(data: unknown): string | undefined {
  if (isObject(data) && typeof data.message === 'string' && data.message.trim()) return data.message;
  return undefined;
}

/** `data.message`, else the first `data.<key>.message` (a `402`'s `{ billing_issue: { message } }`). */
function nestedMessage(data: unknown): string | undefined {
  if (!isObject(data)) return undefined;
  return (
    detailMessage(data) ??
    Object.values(data)
      .map(detailMessage)
      .find((m) => m !== undefined)
  );
}

/** True for the 402 dry run ("accept charges") rather than a refusal to pay. */
export function isAcceptCharges(status: number, envelope: Envelope | undefined): boolean {
  return status === 402 && /accept[ _]charges/i.test(envelope?.message ?? '');
}

/**
 * A non-2xx crossbar answer as a contract error. `envelope` is the parsed body when it was an
 * envelope. Kazoo's own wording is kept when it says something useful.
 */
export function errorFromKazoo(status: number, envelope: Envelope | undefined, statusText = ''): ProviderError {
  const data = envelope?.data;
  if (status === 400) {
    const range = findRule(data, 'date_range');
    if (range) {
      const detail = typeof range.message === 'string' ? ` (${range.message})` : '';
      return new ProviderError('range-too-large', `${MESSAGES['range-too-large']}${detail}`, { status });
    }
    const invalid = firstValidationError(data);
    if (invalid) {
      const field = FIELD_NAMES[invalid.field] ?? invalid.field;
      const message = invalid.message ?? `Kazoo rejected "${invalid.field}" (${invalid.rule}).`;
      return new ProviderError('validation', message, { status, field });
    }
  }
  if (status === 402) {
    const message = isAcceptCharges(status, envelope)
      ? 'Kazoo asks to accept charges for this change.'
      : (nestedMessage(data) ??
        (envelope?.message && envelope.message !== 'billing_issue' ? envelope.message : MESSAGES['insufficient-credit']!));
    return new ProviderError('insufficient-credit', message, { status });
  }
  const code: ProviderErrorCode = status === 405 ? 'validation' : codeForStatus(status);
  const kazooWords = detailMessage(data) ?? envelope?.message;
  const generic = MESSAGES[code] ?? `Kazoo could not handle the request (HTTP ${status}${statusText ? ` ${statusText}` : ''}).`;
  const message =
    code === 'unknown' && kazooWords ? `${generic} Kazoo says: ${kazooWords}` : code === 'validation' && kazooWords ? kazooWords : generic;
  return new ProviderError(code, message, { status });
}
