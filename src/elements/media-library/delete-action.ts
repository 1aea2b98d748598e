import { ChangeJournal } from '../../core/change-journal.js';
import type { ProviderErrorLike } from '../../core/errors.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeStatus } from '../../shared-ui/change-flow.js';
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
export type ActionStatus = ChangeStatus;

export interface DeleteActionOptions {
  confirm: ConfirmController;
  text: () => MediaLibraryStrings;
  /** The outcome to show in the list's status line (`undefined` clears it). */
  report: (kind: MediaKind, status: ActionStatus | undefined) => void;
  /** The provider confirmed: remove the row, fire `media-deleted` / `recording-deleted`. */
  onDeleted: (target: DeleteTarget) => void;
  /** The item was already gone (`not-found`), or the answer was lost: read the list again, fire nothing. */
  onGone: (target: DeleteTarget) => void;
  /** Another element on the provider deleted from this list or uploaded to it: read it again. */
  onElsewhere: (kind: MediaKind) => void;
  onError: (error: ProviderErrorLike, target: DeleteTarget) => void;
}

/**
 * **Delete** of a media file or a recording, through the shared change flow: asks first,
 * deletes once per confirmed action (a retry after a lost answer reuses the key; the delete goes
 * on if the element leaves), shows the item busy while any element on the provider deletes it,
 * and reports each outcome for the list's status line. Nothing leaves the screen before the
 * provider confirms; a failure leaves the item and says why; a lost answer says so and reads the
 * list again.
 */
export class DeleteAction {
  private readonly flow: ChangeFlow;

  constructor(
    private readonly host: ChangeFlowHost,
    private readonly options: DeleteActionOptions,
  ) {
    this.flow = new ChangeFlow(host, options.confirm, {
      kinds: ['delete-media', 'delete-recording', 'upload-media'],
      heard: (record) => options.onElsewhere(record.kind === 'delete-recording' ? 'recording' : 'file'),
    });
  }

  /** A file was uploaded here: the other media libraries on the provider read their files again. */
  uploaded(fileId: string): void {
    const provider = this.host.dataProvider;
    if (provider) ChangeJournal.for(provider).done({ kind: 'upload-media', subject: fileId }, this.flow);
  }

  isBusy(kind: MediaKind, id: string): boolean {
    return this.flow.isRunning(kind === 'file' ? 'delete-media' : 'delete-recording', id);
  }

  /** Asks, then deletes. Ignored while that item is being deleted. */
  async delete(target: DeleteTarget): Promise<void> {
    const t = this.options.text();
    const file = target.kind === 'file';
    const report = (status: ActionStatus | undefined) => this.options.report(target.kind, status);
    const outcome = await this.flow.run({
      intent: { kind: file ? 'delete-media' : 'delete-recording', subject: target.id },
      confirm: {
        title: file ? t.deleteFileTitle : t.deleteRecordingTitle,
        message: file ? t.deleteFileMessage(target.name) : t.deleteRecordingMessage(target.name),
        confirmLabel: t.deleteConfirm,
        cancelLabel: t.cancel,
        danger: true,
      },
      call: (provider, options) => (file ? provider.deleteMediaFile(target.id, options) : provider.deleteRecording(target.id, options)),
      already: 'not-found',
    });
    if (outcome.state !== 'ignored') this.host.requestUpdate();
    switch (outcome.state) {
      case 'ignored':
        return;
      case 'done':
        report({ kind: 'success', message: t.deleted(target.name) });
        this.options.onDeleted(target);
        return;
      case 'already':
        report({ kind: 'info', message: t.alreadyDeleted(target.name) });
        this.options.onGone(target);
        this.options.onError(outcome.error, target);
        return;
      case 'unknown':
        report({ kind: 'info', message: t.changeUnknown(target.name, outcome.error.message) });
        this.options.onGone(target);
        return;
      case 'failed':
        report({ kind: 'error', message: `${t.deleteFailed(target.name)} ${outcome.error.message}` });
        this.options.onError(outcome.error, target);
        return;
    }
  }
}
