import { abortError, ProviderError, throwIfAborted } from '../../core/errors.js';
import type { MediaFile } from '../../core/provider.js';
import { backoffDelay, sleep } from './backoff.js';
import * as decode from './decode.js';
import { errorFromResponse, malformedResponseError, networkError, timeoutError } from './errors.js';
import { attemptSignal } from './attempt.js';
import { authHeaders, type TransportConfig } from './request.js';

/**
 * `POST /media` as `multipart/form-data` (the audio in the part `file`), with upload progress.
 *
 * Progress needs `XMLHttpRequest` (`fetch` reports none for request bodies), so uploads go
 * through it — unless the host replaced `fetch` (`HttpProviderOptions.fetch`: tests,
 * instrumentation) or there is no `XMLHttpRequest` (Node): then `fetch` sends the file and
 * progress is only reported at the start and once the file is stored. Either way the request
 * carries the auth headers and the `Idempotency-Key`; a `401` asks `getAuthHeaders()` again once;
 * a lost connection is retried with the same key (the server drops a duplicate); an HTTP error is
 * final. With `XMLHttpRequest` the timeout counts time without progress, so a large file on a
 * slow link is not cut off while it moves.
 */

export interface UploadSpec {
  path: string;
  file: File;
  idempotencyKey: string;
  signal?: AbortSignal | undefined;
  onProgress?: ((loaded: number, total: number) => void) | undefined;
  /** Send with `fetch` (no byte progress) instead of `XMLHttpRequest`. */
  useFetch: boolean;
}

interface RawResponse {
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

type Attempt = { ok: true; response: RawResponse } | { ok: false; kind: 'network' | 'timeout'; cause?: unknown };

/** A `MediaFile` body, read like the list items (`decode.ts`). */
function readMediaFile(json: unknown): MediaFile {
  const page = decode.mediaFilePage({ items: [json], nextCursor: null }, '$');
  return page.items[0]!;
}

const FILE_MESSAGES: Readonly<Record<number, string>> = {
  413: 'The file is larger than the server accepts.',
  415: 'The server does not accept this type of file.',
};

/** The error for a non-2xx answer; a 413/415 without a contract body is still a `validation` of `file`. */
function uploadError(r: RawResponse): ProviderError {
  const error = errorFromResponse(r.status, r.statusText, r.text);
  const fileMessage = FILE_MESSAGES[r.status];
  if (fileMessage && error.code === 'unknown') return new ProviderError('validation', fileMessage, { status: r.status, field: 'file' });
  if (fileMessage && error.code === 'validation' && error.field === undefined) {
    return new ProviderError('validation', error.message, { status: r.status, field: 'file', retryable: error.retryable });
  }
  return error;
}

function formData(file: File): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  return body;
}

function viaXhr(config: TransportConfig, spec: UploadSpec, headers: Record<string, string>): Promise<Attempt> {
  const { file, signal, onProgress } = spec;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const xhr = new XMLHttpRequest();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        xhr.abort();
      }, config.timeoutMs);
    };
    const onAbort = () => xhr.abort();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    xhr.open('POST', config.baseUrl + spec.path);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', spec.idempotencyKey);
    xhr.withCredentials = config.credentials === 'include';
    const progress = (loaded: number) => onProgress?.(loaded, file.size);
    xhr.upload.onprogress = (event) => {
      idle();
      if (event.lengthComputable && event.total > 0) progress(Math.min(file.size, Math.round((file.size * event.loaded) / event.total)));
    };
    xhr.upload.onload = () => progress(file.size);
    xhr.onprogress = idle;
    xhr.onload = () => {
      done();
      // Stored means sent, whether or not the browser reported upload events.
      if (xhr.status >= 200 && xhr.status < 300) progress(file.size);
      resolve({
        ok: true,
        response: {
          status: xhr.status,
          statusText: xhr.statusText,
          contentType: xhr.getResponseHeader('Content-Type') ?? '',
          text: xhr.responseText,
        },
      });
    };
    xhr.onerror = () => {
      done();
      resolve({ ok: false, kind: 'network' });
    };
    xhr.onabort = () => {
      done();
      if (timedOut) resolve({ ok: false, kind: 'timeout' });
      else reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    idle();
    progress(0);
    xhr.send(formData(file));
  });
}

async function viaFetch(config: TransportConfig, spec: UploadSpec, headers: Record<string, string>): Promise<Attempt> {
  const { file, signal } = spec;
  const attempt = attemptSignal(signal, config.timeoutMs);
  try {
    const h = new Headers(headers);
    h.set('Accept', 'application/json');
    h.set('Idempotency-Key', spec.idempotencyKey);
    spec.onProgress?.(0, file.size);
    const response = await config.fetch(config.baseUrl + spec.path, {
      method: 'POST',
      headers: h,
      body: formData(file),
      signal: attempt.signal,
      cache: 'no-store',
      ...(config.credentials ? { credentials: config.credentials } : {}),
    });
    if (response.ok) spec.onProgress?.(file.size, file.size);
    return {
      ok: true,
      response: {
        status: response.status,
        statusText: response.statusText,
        contentType: response.headers.get('Content-Type') ?? '',
        text: await response.text(),
      },
    };
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    if (attempt.timedOut) return { ok: false, kind: 'timeout' };
    if (error instanceof TypeError) return { ok: false, kind: 'network', cause: error };
    throw error;
  } finally {
    attempt.end();
  }
}

/** Sends the upload (see the module comment) and resolves with the stored media file. */
export async function uploadFile(config: TransportConfig, upload: UploadSpec): Promise<MediaFile> {
  const { signal, onProgress } = upload;
  throwIfAborted(signal);
  // Progress never goes back, not even when a lost connection makes the file go again.
  let sent = -1;
  const spec: UploadSpec = {
    ...upload,
    onProgress: (loaded, total) => {
      if (loaded <= sent) return;
      sent = loaded;
      onProgress?.(loaded, total);
    },
  };
  let retried = 0;
  let reauthorized = false;
  for (;;) {
    const headers = await authHeaders(config, signal);
    const attempt = spec.useFetch ? await viaFetch(config, spec, headers) : await viaXhr(config, spec, headers);
    if (!attempt.ok) {
      // Only a lost connection is worth sending again: the outcome is unknown and the key makes
      // a second store impossible. A timeout may have stored the file as well, but it already
      // waited `timeoutMs` without progress: give the user the choice.
      if (attempt.kind === 'timeout') throw timeoutError('POST', spec.path, config.timeoutMs);
      if (retried >= config.retries) throw networkError(attempt.cause);
      await sleep(backoffDelay(retried, config.retryDelayMs, config.maxRetryDelayMs), signal);
      retried++;
      continue;
    }
    const r = attempt.response;
    if (r.status >= 200 && r.status < 300) {
      if (/^text\/html\b/i.test(r.contentType)) {
        throw malformedResponseError('POST', spec.path, `expected JSON, got an HTML page (HTTP ${r.status}). Is the API base URL right?`);
      }
      let json: unknown;
      try {
        json = JSON.parse(r.text);
      } catch (error) {
        throw malformedResponseError(
          'POST',
          spec.path,
          r.text.trim() === '' ? 'expected JSON, got an empty body.' : 'the body is not valid JSON.',
          error,
        );
      }
      try {
        return readMediaFile(json);
      } catch (error) {
        if (error instanceof decode.ShapeError)
          throw malformedResponseError('POST', spec.path, error.message.replace(/^\$\.items\[0\]/, '$'), error);
        throw error;
      }
    }
    const error = uploadError(r);
    if (error.code === 'unauthorized' && config.getAuthHeaders && !reauthorized) {
      reauthorized = true;
      continue;
    }
    throw error;
  }
}
