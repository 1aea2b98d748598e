import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkBlob } from '../../core/blob-check.js';
import { isAbortError, leftPageError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import type { AccountDataProvider, Recording } from '../../core/provider.js';
import type { ChangeStatus, StatusLine } from '../../shared-ui/change-flow.js';
import { downloadBlob, safeFileName } from '../../shared-ui/download.js';
import type { MediaLibraryStrings } from './media-library.strings.js';
import { audioExtension } from './recording-name.js';

export interface DownloadActionHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

export interface DownloadActionOptions {
  text: () => MediaLibraryStrings;
  /** The recording's audio when it is already loaded (in the player): no second fetch. */
  loaded: (recording: Recording) => Blob | undefined;
  /** The recordings' status line, where downloads say their outcomes (shared with Delete). */
  line: StatusLine;
  onError: (error: ProviderErrorLike) => void;
}

/**
 * **Download** of a recording: fetches its audio through the provider (authenticated, as a Blob)
 * and saves it as `<name>.<ext>`, the extension matching the audio's content type (the Blob's,
 * else the recording's). One download per recording at a time; all are aborted when the host
 * leaves the page.
 */
export class DownloadAction implements ReactiveController {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly host: DownloadActionHost,
    private readonly options: DownloadActionOptions,
  ) {
    host.addController(this);
  }

  /** The last outcome said on the recordings' status line. */
  get status(): ChangeStatus | undefined {
    return this.options.line.status;
  }

  isBusy(id: string): boolean {
    return this.running.has(id);
  }

  hostDisconnected(): void {
    for (const controller of this.running.values()) controller.abort(leftPageError());
    this.running.clear();
  }

  async download(recording: Recording, name: string): Promise<void> {
    const provider = this.host.dataProvider;
    if (!provider || this.running.has(recording.id)) return;
    const t = this.options.text();
    const controller = new AbortController();
    this.running.set(recording.id, controller);
    this.options.line.say(undefined);
    this.host.requestUpdate();
    try {
      // Checked by content: a sign-in page answered with 200 is never saved as a recording.
      const blob = await checkBlob(
        this.options.loaded(recording) ?? (await provider.getRecordingAudio(recording.id, { signal: controller.signal })),
        'audio',
      );
      const fileName = safeFileName(name) + audioExtension(blob.type || recording.contentType);
      downloadBlob(blob, fileName);
      this.options.line.say({ kind: 'success', message: t.downloaded(fileName) });
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = toProviderError(error);
      this.options.line.say({ kind: 'error', message: `${t.downloadFailed(name)} ${failure.message}` });
      this.options.onError(failure);
    } finally {
      if (this.running.get(recording.id) === controller) this.running.delete(recording.id);
      this.host.requestUpdate();
    }
  }
}
