import type { ProviderErrorLike } from '../../core/errors.js';
import { formatBytes } from '../../core/format.js';
import type { MediaFile } from '../../core/provider.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeStatus } from '../../shared-ui/change-flow.js';
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
  /** The provider refused it: nothing was stored. */
  | { status: 'error'; file: File; error: ProviderErrorLike }
  /** The answer was lost: it may or may not have been stored; a retry reuses its key. */
  | { status: 'unknown'; file: File; error: ProviderErrorLike };

export interface UploadActionOptions {
  text: () => MediaLibraryStrings;
  locale: () => string | undefined;
  /** Largest file offered to the provider, bytes. */
  maxBytes: () => number;
  /** The provider stored the file. */
  onUploaded: (file: MediaFile) => void;
  /** The answer was lost: read the files again (they show whether it was stored). */
  onUnknown: () => void;
  onError: (error: ProviderErrorLike) => void;
}

/** The same file chosen again (a retry) is the same intent, with the same idempotency key. */
const identity = (f: File) => `${f.name}\n${f.size}\n${f.lastModified}\n${f.type}`;

/**
 * **Upload audio file**, through the shared change flow: checks the chosen file (audio, not
 * empty, at most `maxBytes`) before any provider call, uploads it with progress and **Cancel
 * upload** (the user's abort, the only one: an upload already sent goes on when the element
 * leaves), and says the outcome on its status line — uploaded, not uploaded (the provider
 * refused it), cancelled, or unknown when the answer was lost. One upload at a time; the same
 * file uploaded again after a lost answer or a cancel reuses its idempotency key, so a retry
 * never stores it twice. Other elements on the provider hear the upload and read their files again.
 */
export class UploadAction {
  state: UploadState = { status: 'idle' };
  private cancelController: AbortController | undefined;
  private readonly flow: ChangeFlow;

  constructor(
    private readonly host: ChangeFlowHost,
    private readonly options: UploadActionOptions,
  ) {
    this.flow = new ChangeFlow(host);
  }

  /** Whether the provider takes uploads (no upload control otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.uploadMediaFile === 'function';
  }

  get running(): boolean {
    return this.state.status === 'uploading';
  }

  /** The last outcome (or the upload under way), for the upload's `role="status"` line. */
  get status(): ChangeStatus | undefined {
    return this.flow.status;
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
      this.flow.say(undefined);
      return;
    }
    await this.upload(file);
  }

  /** Tries the failed or unconfirmed upload again (same file; after a lost answer, the same key). */
  async retry(): Promise<void> {
    if (this.state.status === 'error' || this.state.status === 'unknown') await this.upload(this.state.file);
  }

  /** The user's Cancel: stops the upload (if the server already stored it, a retry will not store it twice). */
  cancel(): void {
    if (!this.running) return;
    this.cancelController?.abort(new DOMException('The user cancelled the upload.', 'AbortError'));
  }

  private async upload(file: File): Promise<void> {
    if (!this.available || this.running) return;
    const t = this.options.text();
    const cancel = new AbortController();
    this.cancelController = cancel;
    this.state = { status: 'uploading', file, loaded: 0, total: file.size };
    this.flow.say({ kind: 'info', message: t.uploading(file.name) });
    const onProgress = (loaded: number, total: number) => {
      if (this.cancelController !== cancel || !(total >= 0) || !(loaded >= 0)) return;
      this.state = { status: 'uploading', file, loaded: Math.min(loaded, total), total };
      this.host.requestUpdate();
    };
    const outcome = await this.flow.run({
      intent: { kind: 'upload-media', subject: identity(file) },
      call: (provider, options) => provider.uploadMediaFile!(file, { ...options, onProgress }),
      cancel: cancel.signal,
    });
    if (this.cancelController === cancel) this.cancelController = undefined;
    switch (outcome.state) {
      case 'ignored':
        // The same file is being uploaded by another element on the provider.
        this.state = { status: 'idle' };
        this.flow.say(undefined);
        return;
      case 'done':
        // Stored, even if Cancel came too late to stop it: say so.
        this.state = { status: 'done', file: outcome.result };
        this.flow.say({ kind: 'success', message: t.uploaded(outcome.result.name) });
        this.options.onUploaded(outcome.result);
        return;
      case 'cancelled':
        this.state = { status: 'cancelled' };
        this.flow.say({ kind: 'info', message: t.uploadCancelled });
        return;
      case 'unknown':
        this.state = { status: 'unknown', file, error: outcome.error };
        this.flow.say({ kind: 'info', message: t.changeUnknown(file.name, outcome.error.message) });
        this.options.onUnknown();
        return;
      default:
        this.state = { status: 'error', file, error: outcome.error };
        this.flow.say({ kind: 'error', message: `${t.uploadFailed(file.name)} ${outcome.error.message}` });
        this.options.onError(outcome.error);
    }
  }
}
