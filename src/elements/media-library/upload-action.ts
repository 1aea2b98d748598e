import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, leftPageError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { formatBytes } from '../../core/format.js';
import { newIdempotencyKey } from '../../core/idempotency-key.js';
import type { AccountDataProvider, MediaFile } from '../../core/provider.js';
import type { MediaLibraryStrings } from './media-library.strings.js';
import { isAudioType } from './recording-name.js';

/** Where an upload stands. */
export type UploadState =
  | { status: 'idle' }
  /** The chosen file was refused before anything was sent. */
  | { status: 'invalid'; message: string }
  | { status: 'uploading'; file: File; loaded: number; total: number }
  | { status: 'done'; file: MediaFile }
  | { status: 'cancelled' }
  | { status: 'error'; file: File; error: ProviderErrorLike };

export interface UploadActionHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

export interface UploadActionOptions {
  text: () => MediaLibraryStrings;
  locale: () => string | undefined;
  /** Largest file offered to the provider, bytes. */
  maxBytes: () => number;
  /** The provider stored the file. */
  onUploaded: (file: MediaFile) => void;
  onError: (error: ProviderErrorLike) => void;
}

/** The same file chosen again (a retry) reuses its idempotency key. */
const identity = (f: File) => `${f.name}\n${f.size}\n${f.lastModified}\n${f.type}`;

/**
 * **Upload audio file**: checks the chosen file (audio, not empty, at most `maxBytes`) before
 * any provider call, uploads it with progress and **Cancel upload** (an abort), and keeps the
 * outcome for the status line. One upload at a time; a failed one can be retried with the same
 * idempotency key, so a retry never stores the file twice.
 */
export class UploadAction implements ReactiveController {
  state: UploadState = { status: 'idle' };
  private controller: AbortController | undefined;
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly host: UploadActionHost,
    private readonly options: UploadActionOptions,
  ) {
    host.addController(this);
  }

  /** Whether the provider takes uploads (no upload control otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.uploadMediaFile === 'function';
  }

  get running(): boolean {
    return this.state.status === 'uploading';
  }

  hostDisconnected(): void {
    this.controller?.abort(leftPageError());
    this.controller = undefined;
    if (this.running) this.state = { status: 'idle' };
  }

  /** Why `file` cannot be uploaded, or `undefined`. */
  problem(file: File): string | undefined {
    const t = this.options.text();
    if (!isAudioType(file.type)) return t.errorNotAudio(file.name);
    if (file.size === 0) return t.errorEmptyFile(file.name);
    const max = this.options.maxBytes();
    if (file.size > max) return t.errorTooLarge(file.name, formatBytes(max, this.options.locale()));
    return undefined;
  }

  /** The user chose `file`: check it, then upload it. */
  async choose(file: File): Promise<void> {
    if (this.running) return;
    const problem = this.problem(file);
    if (problem) {
      this.state = { status: 'invalid', message: problem };
      this.host.requestUpdate();
      return;
    }
    await this.upload(file);
  }

  /** Tries the failed upload again (same file, same idempotency key). */
  async retry(): Promise<void> {
    if (this.state.status === 'error') await this.upload(this.state.file);
  }

  cancel(): void {
    if (!this.running) return;
    this.controller?.abort(new DOMException('The user cancelled the upload.', 'AbortError'));
    this.controller = undefined;
    this.state = { status: 'cancelled' };
    this.host.requestUpdate();
  }

  private async upload(file: File): Promise<void> {
    const provider = this.host.dataProvider;
    if (!provider?.uploadMediaFile || this.running) return;
    const id = identity(file);
    const idempotencyKey = this.keys.get(id) ?? newIdempotencyKey();
    this.keys.set(id, idempotencyKey);
    const controller = new AbortController();
    this.controller = controller;
    this.state = { status: 'uploading', file, loaded: 0, total: file.size };
    this.host.requestUpdate();
    const onProgress = (loaded: number, total: number) => {
      if (this.controller !== controller || !(total >= 0) || !(loaded >= 0)) return;
      this.state = { status: 'uploading', file, loaded: Math.min(loaded, total), total };
      this.host.requestUpdate();
    };
    try {
      const stored = await provider.uploadMediaFile(file, { signal: controller.signal, idempotencyKey, onProgress });
      // Stored, even if Cancel came too late to stop it: say so (unless another upload runs now).
      this.keys.delete(id);
      if (this.controller === controller || !this.running) this.state = { status: 'done', file: stored };
      this.options.onUploaded(stored);
    } catch (error) {
      if (this.controller !== controller || isAbortError(error)) return;
      const failure = toProviderError(error);
      this.state = { status: 'error', file, error: failure };
      this.options.onError(failure);
    } finally {
      if (this.controller === controller) this.controller = undefined;
      this.host.requestUpdate();
    }
  }
}
