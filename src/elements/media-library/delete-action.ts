import type { ProviderErrorLike } from '../../core/errors.js';
import type { ChangeRecord } from '../../core/change-journal.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeOutcome, type ChangeStatus, type StatusLine } from '../../shared-ui/change-flow.js';
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

export interface DeleteActionOptions {
  confirm: ConfirmController;
  text: () => MediaLibraryStrings;
  /** Each list's status line, where its deletes say their outcomes (shared with Download on recordings). */
  lines: Record<MediaKind, StatusLine>;
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
    this.flow = new ChangeFlow(host, {
      confirm: options.confirm,
      elsewhere: {
        kinds: ['delete-media', 'delete-recording', 'upload-media'],
        // This element's own uploads are its upload action's to show.
        heard: (record, local) => {
          if (!(local && record.kind === 'upload-media')) options.onElsewhere(record.kind === 'delete-recording' ? 'recording' : 'file');
        },
      },
      // A delete confirmed in a media library that then left the page (the user switched section) is said here.
      missed: {
        kinds: ['delete-media', 'delete-recording'],
        already: 'not-found',
        say: (record, outcome) => this.show(targetOf(record), outcome),
      },
    });
  }

  /** The last outcome said on `kind`'s list (by a delete, or a download sharing the line). */
  status(kind: MediaKind): ChangeStatus | undefined {
    return this.options.lines[kind].status;
  }

  isBusy(kind: MediaKind, id: string): boolean {
    return this.flow.isRunning(kind === 'file' ? 'delete-media' : 'delete-recording', id);
  }

  /** Asks, then deletes. Ignored while that item is being deleted. */
  async delete(target: DeleteTarget): Promise<void> {
    const t = this.options.text();
    const file = target.kind === 'file';
    const outcome = await this.flow.run({
      // The name goes with the intent: an element that says the outcome later has no row to read it from.
      intent: { kind: file ? 'delete-media' : 'delete-recording', subject: target.id, detail: { name: target.name } },
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
    this.show(target, outcome);
  }

  /** Says how a delete ended on its list's status line, and tells the element. */
  private show(target: DeleteTarget, outcome: ChangeOutcome<unknown>): void {
    const t = this.options.text();
    const report = (status: ChangeStatus) => this.options.lines[target.kind].say(status);
    if (outcome.state !== 'ignored') this.host.requestUpdate();
    switch (outcome.state) {
      case 'ignored':
      case 'cancelled':
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

/** The item a journal record deletes, as far as the record says (its row may be anywhere by now). */
function targetOf(record: ChangeRecord): DeleteTarget {
  const name = record.detail?.['name'];
  return {
    kind: record.kind === 'delete-recording' ? 'recording' : 'file',
    id: record.subject,
    name: typeof name === 'string' ? name : record.subject,
    position: 0,
  };
}
