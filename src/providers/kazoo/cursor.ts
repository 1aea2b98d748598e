import { ProviderError } from '../../core/errors.js';

/**
 * The provider's page cursors: opaque to callers, base64url of a small JSON object. One
 * cursor holds everything needed to resume a list that Kazoo serves in several windows (its
 * date filters span at most 31 days) and pages (`start_key` / `next_start_key`):
 *
 * - `q`: a fingerprint of the query (list, range, order, search), so a cursor presented with
 *   another query is refused;
 * - `a`: the anchors the windows were computed from (`[from, to]`, Gregorian seconds), so a list
 *   without a range keeps the windows it started with even as the clock moves;
 * - `w`: the window being read; `k`: Kazoo's `start_key` in it (`null` for its first page);
 * - `ps`: the `page_size` sent to Kazoo, which a resumed page must repeat;
 * - `o`, `id`: how many rows of that Kazoo page were already returned, and the id of the last
 *   one (when rows disappeared meanwhile the provider resumes after that id instead);
 * - `x`: a list's own resume state besides that position (transactions: where each of the
 *   window's ledger and payment lists stands), absent for the others.
 */
export interface CursorState {
  q: string;
  a: [number, number] | null;
  w: number;
  k: string | null;
  ps: number;
  o: number;
  id: string | null;
  x?: unknown;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(state: CursorState): string {
  return toBase64Url(JSON.stringify({ v: 1, ...state }));
}

function invalidCursor(message: string): ProviderError {
  return new ProviderError('validation', message, { field: 'cursor' });
}

const isInt = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min;

/** The state in `cursor` (for the query fingerprinted `q`), or `null` for a first page. */
export function decodeCursor(cursor: string | null | undefined, q: string): CursorState | null {
  if (cursor === undefined || cursor === null) return null;
  let parsed: unknown;
  try {
    if (typeof cursor !== 'string' || !/^[\w-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw invalidCursor('The cursor is malformed.');
  }
  const s = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const anchors = s.a;
  const anchorsOk = anchors === null || (Array.isArray(anchors) && anchors.length === 2 && isInt(anchors[0], 0) && isInt(anchors[1], 0));
  if (
    s.v !== 1 ||
    !anchorsOk ||
    !isInt(s.w, 0) ||
    !(s.k === null || (typeof s.k === 'string' && s.k !== '')) ||
    !isInt(s.ps, 1) ||
    !isInt(s.o, 0) ||
    !(s.id === null || typeof s.id === 'string')
  ) {
    throw invalidCursor('The cursor is malformed.');
  }
  if (s.q !== q) throw invalidCursor('The cursor belongs to a different query.');
  const state: CursorState = {
    q,
    a: anchors as [number, number] | null,
    w: s.w,
    k: s.k as string | null,
    ps: s.ps,
    o: s.o,
    id: s.id as string | null,
  };
  if (s.x !== undefined) state.x = s.x;
  return state;
}

/** A short, stable fingerprint (FNV-1a, 32 bits, base 36) of the query parameters. */
export function fingerprint(parts: unknown): string {
  const text = JSON.stringify(parts);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
