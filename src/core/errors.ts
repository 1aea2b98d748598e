/** The error codes every provider rejects with (SPEC §3). */
export const PROVIDER_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'validation',
  'insufficient-credit',
  'range-too-large',
  'rate-limited',
  'unavailable',
  'network',
  'unknown',
] as const;

export type ProviderErrorCode = (typeof PROVIDER_ERROR_CODES)[number];

export interface ProviderErrorInit {
  status?: number;
  field?: string;
  retryable?: boolean;
  cause?: unknown;
}

/** The shape widgets recognise: any object with a known `code` and a `message`. */
export interface ProviderErrorLike {
  code: ProviderErrorCode;
  message: string;
  status?: number;
  field?: string;
  retryable?: boolean;
}

const RETRYABLE: ReadonlySet<ProviderErrorCode> = new Set(['rate-limited', 'unavailable', 'network']);

/**
 * A provider failure. Widgets do not require this class: they duck-type on `code`
 * (see {@link isProviderError}) so a provider from another bundle works too.
 */
export class ProviderError extends Error implements ProviderErrorLike {
  override readonly name = 'ProviderError';
  readonly code: ProviderErrorCode;
  readonly status?: number;
  readonly field?: string;
  readonly retryable: boolean;

  constructor(code: ProviderErrorCode, message: string, init: ProviderErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    if (init.status !== undefined) this.status = init.status;
    if (init.field !== undefined) this.field = init.field;
    this.retryable = init.retryable ?? RETRYABLE.has(code);
  }
}

/** True for any error carrying one of the contract's codes, whatever its class. */
export function isProviderError(error: unknown): error is ProviderErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && (PROVIDER_ERROR_CODES as readonly string[]).includes(code) && typeof message === 'string';
}

/** An abort is the caller changing its mind, never an error to show. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Normalises anything thrown into a {@link ProviderErrorLike}. */
export function toProviderError(error: unknown): ProviderErrorLike {
  if (isProviderError(error)) return error;
  if (error instanceof TypeError) return new ProviderError('network', error.message, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError('unknown', message || 'Unknown error', { cause: error });
}

/** The reason a signal was aborted, as a DOMException `AbortError`. */
export function abortError(signal?: AbortSignal): unknown {
  const reason: unknown = signal?.reason;
  return isAbortError(reason) ? reason : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The reason an element gives when it aborts what it started because it left the page (removed,
 * or moved away from by its shell): an `AbortError`, so nothing is shown for it.
 */
export function leftPageError(): DOMException {
  return new DOMException('The element left the page.', 'AbortError');
}

/** Throws an `AbortError` when the signal has been aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}
