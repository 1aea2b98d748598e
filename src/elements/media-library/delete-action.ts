import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { newIdempotencyKey } from '../../core/idempotency-key.js';
import type { AccountDataProvider } from '../../core/provider.js';
import type { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import type { MediaLibraryStrings } from './media-library.strings.js';

/** The two lists of the media library. */
export type MediaKind = 'file' | 'recording';

/** What to delete: the item, the name the user sees, and where its row is. */
export interface DeleteTarget {
  kind: MediaKind;
  id: string;
  name: string;
  position: number;
}

/** The last outcome of an action in one list, for its `role="status"` line. */
export interface ActionStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

export interface DeleteActionHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

export interface DeleteActionOptions {
  confirm: ConfirmController;
  text: () => MediaLibraryStrings;
  /** The outcome to show in the list's status line (`undefined` clears it). */
  report: (kind: MediaKind, status: ActionStatus | undefined) => void;
  /** The provider confirmed: remove the row, fire `media-deleted` / `recording-deleted`. */
  onDeleted: (target: DeleteTarget) => void;
  /** The item was already gone (`not-found`): remove the row, fire nothing. */
  onGone: (target: DeleteTarget) => void;
  onError: (error: ProviderErrorLike, target: DeleteTarget) => void;
}

const key = (kind: MediaKind, id: string) => `${kind}\n${id}`;

/**
 * **Delete** of a media file or a recording: asks first, calls the provider once per confirmed
 * action (the idempotency key is reused when the user retries after a failure), marks the item
 * busy while in flight, and reports each outcome for the list's status line. Nothing leaves the
 * screen before the provider confirms; a failure leaves the item and says why.
 */
export class DeleteAction implements ReactiveController {
  private readonly inFlight = new Set<string>();
  private readonly keys = new Map<string, string>();
  private readonly controllers = new Set<AbortController>();

  constructor(
    private readonly host: DeleteActionHost,
    private readonly options: DeleteActionOptions,
  ) {
    host.addController(this);
  }

  isBusy(kind: MediaKind, id: string): boolean {
    return this.inFlight.has(key(kind, id));
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const c of this.controllers) c.abort(new DOMException('The element left the page.', 'AbortError'));
    this.controllers.clear();
    this.inFlight.clear();
  }

  /** Asks, then deletes. Ignored while that item is in flight. */
  async delete(target: DeleteTarget): Promise<void> {
    const provider = this.host.dataProvider;
    const id = key(target.kind, target.id);
    if (!provider || this.inFlight.has(id)) return;
    const t = this.options.text();
    const file = target.kind === 'file';
    const confirmed = await this.options.confirm.ask({
      title: file ? t.deleteFileTitle : t.deleteRecordingTitle,
      message: file ? t.deleteFileMessage(target.name) : t.deleteRecordingMessage(target.name),
      confirmLabel: t.deleteConfirm,
      cancelLabel: t.cancel,
      danger: true,
    });
    if (!confirmed || this.inFlight.has(id) || this.host.dataProvider !== provider) return;
    const idempotencyKey = this.keys.get(id) ?? newIdempotencyKey();
    this.keys.set(id, idempotencyKey);
    const controller = new AbortController();
    this.controllers.add(controller);
    this.inFlight.add(id);
    const report = (status: ActionStatus | undefined) => this.options.report(target.kind, status);
    report(undefined);
    this.host.requestUpdate();
    const options = { idempotencyKey, signal: controller.signal };
    try {
      if (file) await provider.deleteMediaFile(target.id, options);
      else await provider.deleteRecording(target.id, options);
      this.keys.delete(id);
      report({ kind: 'success', message: t.deleted(target.name) });
      this.options.onDeleted(target);
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = toProviderError(error);
      if (failure.code === 'not-found') {
        this.keys.delete(id);
        report({ kind: 'info', message: t.alreadyDeleted(target.name) });
        this.options.onGone(target);
      } else {
        report({ kind: 'error', message: `${t.deleteFailed(target.name)} ${failure.message}` });
      }
      this.options.onError(failure, target);
    } finally {
      this.controllers.delete(controller);
      this.inFlight.delete(id);
      this.host.requestUpdate();
    }
  }
}
