import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatBytes } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import type { AccountDataProvider, DateRange, MediaFile, Page, Recording } from '../../core/provider.js';
import { AudioPlayerController } from '../../shared-ui/audio-player/audio-player-controller.js';
import { renderAudioPlayer } from '../../shared-ui/audio-player/audio-player-template.js';
import { audioPlayerStyles } from '../../shared-ui/audio-player/audio-player.styles.js';
import { StatusLine } from '../../shared-ui/change-flow.js';
import { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import { actionStatusStyles } from '../../shared-ui/data-table/section.styles.js';
import { ListSection } from '../../shared-ui/list-section/list-section.js';
import { rangeSectionStyles } from '../../shared-ui/list-section/list-section.styles.js';
import { RangeSection } from '../../shared-ui/list-section/range-section.js';
import {
  renderListBody,
  renderListRange,
  renderListSection,
  renderListZoneNotice,
} from '../../shared-ui/list-section/list-section-view.js';
import { DeleteAction, type DeleteTarget, type MediaKind } from './delete-action.js';
import { DownloadAction } from './download-action.js';
import { RecordingFormatter } from './media-columns.js';
import { mediaFileColumns, mediaRecordingColumns, type MediaCells } from './media-cells.js';
import { mediaLibraryStyles } from './media-library.styles.js';
import { mediaLibraryStrings, type MediaLibraryStrings } from './media-library.strings.js';
import { SearchFieldController } from './search-field.js';
import { UploadAction } from './upload-action.js';
import { renderUploadControls } from './upload-template.js';
import { renderViewTabs, type MediaTab } from './view-tabs.js';

export type { MediaTab };

/** Largest file offered for upload unless `upload-max-bytes` says otherwise: 10 MB. */
export const DEFAULT_UPLOAD_MAX_BYTES = 10_000_000;

/**
 * The Media section: the account's media files (announcements, hold music, prompts) and its
 * call recordings, in two tabs (WAI-ARIA tabs: ←/→, Home/End).
 *
 * **Files**: name, type, duration or size, upload date; a search by name; **Play** for audio
 * (when the provider has `getMediaFileAudio`); **Delete**, confirmed; **Upload audio file** when
 * the provider has `uploadMediaFile` — the file is checked first (audio, not empty, at most
 * `upload-max-bytes`), then sent with a progress bar and **Cancel upload**.
 *
 * **Recordings**: named `[From]_[To]_[YYYY-MM-DD]_[HH-MM-SS]` (24-hour, in the display time
 * zone), with their duration; a date-range filter (`from` … `to`, both inclusive; default the
 * last 30 days); **Play**, **Download** (saved under the name plus the extension of its content
 * type) and **Delete**, confirmed.
 *
 * Both lists are virtual tables paged through the provider's cursors (tens of thousands of
 * recordings scroll smoothly). Audio is fetched through the provider as a Blob and played in one
 * shared player (Play/Pause, seek slider, time; Space or K toggles, ←/→ seek 5 seconds) from an
 * object URL that is revoked when playback moves on or the element leaves the page; one sound at
 * a time. A delete removes the row only after the provider confirmed it (the list is read again
 * and scrolled back to where the row was); a failure leaves it and says why.
 *
 * @tagname media-library
 * @summary Media files (play, upload, delete) and call recordings (play, download, delete).
 *
 * @fires media-deleted - After the provider deleted a media file. Detail: `{ id }`.
 * @fires recording-deleted - After the provider deleted a recording. Detail: `{ id }`.
 * @fires media-uploaded - After the provider stored an uploaded file. Detail: the new `MediaFile`.
 * @fires provider-error - When loading, playing, downloading, uploading or deleting fails. Detail: `{ error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart view-tabs - The tab list (Files, Recordings).
 * @csspart view-tab - Each tab.
 * @csspart view-tab-selected - The selected tab.
 * @csspart view-panel - Each tab panel.
 * @csspart files-panel - The Files panel.
 * @csspart recordings-panel - The Recordings panel.
 * @csspart toolbar - The row above each table (search and upload; date range).
 * @csspart search - The search field.
 * @csspart search-input - The search box.
 * @csspart field - Each label + control group (search, date range).
 * @csspart input - The search box and the From and To inputs.
 * @csspart upload - The upload controls.
 * @csspart upload-button - The Upload audio file button.
 * @csspart upload-hint - What can be uploaded.
 * @csspart upload-progress - The upload's progress bar.
 * @csspart cancel-upload-button - The Cancel upload button.
 * @csspart retry-upload-button - The Retry upload button (after a failed upload).
 * @csspart upload-error - Why the chosen file cannot be uploaded.
 * @csspart upload-status - The upload's status line.
 * @csspart date-range - The date-range fieldset.
 * @csspart preset - The Period select.
 * @csspart date-from - The From input.
 * @csspart date-to - The To input.
 * @csspart field-error - The date-range error and the upload error.
 * @csspart status - Each list's status line (delete and download outcomes).
 * @csspart table-scroller - The scrolling area of each table.
 * @csspart table - Each grid.
 * @csspart table-head - The header row group.
 * @csspart column-header - Each column header.
 * @csspart row - Each row.
 * @csspart cell - Each cell of a loaded row.
 * @csspart row-error - A failed page's inline error (with Retry).
 * @csspart table-status - The line announcing progress towards far rows.
 * @csspart play-button - Each row's Play / Pause button.
 * @csspart download-button - Each recording's Download button.
 * @csspart delete-button - Each row's Delete button.
 * @csspart button - Every button.
 * @csspart player - The audio player.
 * @csspart player-title - What is playing.
 * @csspart player-toggle - The player's Play / Pause button.
 * @csspart player-seek - The seek slider.
 * @csspart player-time - The position and duration.
 * @csspart player-close - The Close player button.
 * @csspart player-status - The player's status line (loading, errors).
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and Retry).
 * @csspart error-message - The provider's message.
 * @csspart retry-button - The Retry buttons.
 * @csspart zone-notice - Says the times are in a stand-in zone (the account's or the browser's) because the user's could not be loaded (no `time-zone` set), with its Retry; empty otherwise.
 * @csspart zone-retry-button - The notice's Retry: asks for the user's time zone again.
 * @csspart empty - The empty state.
 * @csspart earlier-button - In the empty state: **Show <month>**, the calendar month before the range's From day, in one click.
 * @csspart no-provider - Shown when no data provider is configured.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - Its title.
 * @csspart dialog-message - Its message.
 * @csspart dialog-actions - Its buttons' row.
 * @csspart dialog-cancel - Its Cancel button.
 * @csspart dialog-confirm - Its Delete button.
 *
 * @cssprop [--media-library-height=24em] - Height of each table's scrolling area (at most 85% of the window's height).
 * @cssprop [--media-library-row-height=2.75em] - Height of every row (fixed; measured once).
 * @cssprop [--media-library-header-background=var(--paw-color-surface-raised)] - Background of the column headers.
 * @cssprop [--media-library-stripe=color-mix(in srgb, var(--paw-color-surface-raised) 60%, var(--paw-color-surface))] - Background of every other row.
 * @cssprop [--media-library-active-color=var(--paw-color-primary)] - Colour of the selected tab.
 *
 * @cssstate loading - While the first page of the selected tab's list loads.
 * @cssstate error - After the first page of the selected tab's list failed.
 * @cssstate uploading - While a file uploads.
 * @cssstate playing - While audio plays.
 */
export class MediaLibrary extends RangeSection<MediaLibraryStrings> {
  static override styles = [...rangeSectionStyles, audioPlayerStyles, actionStatusStyles, mediaLibraryStyles];
  static override defaultStrings = mediaLibraryStrings;
  static override translations: Translations<MediaLibraryStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** The tab shown: `files` (default) or `recordings`. */
  @property({ reflect: true })
  tab: MediaTab = 'files';

  /** The files' search (by name, case-insensitive), as applied. */
  @property()
  search = '';

  /** Largest file offered for upload, in bytes (default 10,000,000). The provider may allow less. */
  @property({ attribute: 'upload-max-bytes', type: Number })
  uploadMaxBytes: number = DEFAULT_UPLOAD_MAX_BYTES;

  /** Recordings load the first time their tab is shown. */
  private recordingsOpened = false;
  private playerProvider: AccountDataProvider | undefined;
  /** Each list's status line (delete and download outcomes). */
  private readonly status: Record<MediaKind, StatusLine> = { file: new StatusLine(this), recording: new StatusLine(this) };

  private readonly confirm = new ConfirmController(this);
  private readonly formatter = new RecordingFormatter();
  private readonly searchField = new SearchFieldController(this, {
    value: () => this.search ?? '',
    apply: (value) => {
      this.search = value;
    },
  });

  private readonly files: ListSection<MediaFile, Page<MediaFile>, { search: string }> = new ListSection(this, this.bridge, {
    text: () => this.text,
    label: () => this.text.filesTableLabel,
    columns: () => mediaFileColumns(this.cells),
    operation: 'listMediaFiles',
    active: () => this.currentTab === 'files',
    query: () => ({ search: (this.search ?? '').trim() }),
    identity: (q) => [q.search],
    fetchPage: (provider, { search }, { cursor, limit, signal }) =>
      provider.listMediaFiles({ ...(search ? { search } : {}), cursor, limit, signal }),
  });

  private readonly recordings: ListSection<Recording, Page<Recording>, { range: DateRange }> = new ListSection(this, this.bridge, {
    text: () => this.text,
    label: () => this.text.recordingsTableLabel,
    columns: () => mediaRecordingColumns(this.cells),
    operation: 'listRecordings',
    // One display zone for both lists: one look-up, one notice.
    zone: this.files.zone,
    active: () => this.currentTab === 'recordings',
    range: this.rangeOf('last-30-days'),
    query: ({ range }) => (this.recordingsOpened ? { range: range! } : undefined),
    identity: (q) => [q.range],
    fetchPage: (provider, { range }, { cursor, limit, signal }) => provider.listRecordings({ range, cursor, limit, signal }),
  });

  private readonly player = new AudioPlayerController(this, {
    onError: (error, source) => this.reportProviderError(error, source.key.startsWith('file:') ? 'getMediaFileAudio' : 'getRecordingAudio'),
  });

  private readonly deleter = new DeleteAction(this, {
    confirm: this.confirm,
    text: () => this.text,
    lines: this.status,
    onDeleted: (target) => this.removed(target, true),
    onGone: (target) => this.removed(target, false),
    onElsewhere: (kind) => this.reload(kind),
    onError: (error, target) => this.reportProviderError(error, target.kind === 'file' ? 'deleteMediaFile' : 'deleteRecording'),
  });

  private readonly downloader = new DownloadAction(this, {
    text: () => this.text,
    loaded: (recording) => (this.player.isCurrent(`recording:${recording.id}`) ? this.player.blob : undefined),
    line: this.status.recording,
    onError: (error) => this.reportProviderError(error, 'getRecordingAudio'),
  });

  private readonly uploader = new UploadAction(this, {
    text: () => this.text,
    locale: () => this.files.display.locale,
    maxBytes: () => this.uploadLimit,
    onUploaded: (file) => {
      this.reload('file');
      this.emit('media-uploaded', file);
    },
    onUnknown: () => this.reload('file'),
    onError: (error) => this.reportProviderError(error, 'uploadMediaFile'),
  });

  /** What the rows' cells and buttons read. */
  private readonly cells: MediaCells = {
    text: () => this.text,
    display: () => this.files.display,
    provider: () => this.dataProvider,
    player: this.player,
    downloader: this.downloader,
    deleter: this.deleter,
    formatter: this.formatter,
  };

  /** `upload-max-bytes` when it is a positive number, else the default. */
  private get uploadLimit(): number {
    const max = this.uploadMaxBytes;
    return Number.isFinite(max) && max > 0 ? max : DEFAULT_UPLOAD_MAX_BYTES;
  }

  private get currentTab(): MediaTab {
    return this.tab === 'recordings' ? 'recordings' : 'files';
  }

  override willUpdate(): void {
    const provider = this.dataProvider;
    if (this.currentTab === 'recordings') this.recordingsOpened = true;
    if (provider !== this.playerProvider) {
      // Audio of another account (or of none) has no place here.
      this.player.close();
      this.playerProvider = provider;
    }
  }

  override updated(): void {
    this.setCssState('uploading', this.uploader.running);
    this.setCssState('playing', this.player.playing);
  }

  /**
   * Asks the list again (after a change). The rows on screen stay until the new first page
   * arrives; with `reveal`, the table then scrolls back to that row (the one after a deleted
   * item), and focus, if it was in the table, lands on it.
   */
  private reload(kind: MediaKind, reveal?: number): void {
    // Nothing left to reveal: focus, if it was lost with the row, goes to the tab.
    const empty = () =>
      void this.updateComplete.then(() => {
        if (this.shadowRoot?.activeElement === null) this.tabButton(this.currentTab)?.focus();
      });
    if (kind === 'file') this.files.reload(reveal, empty);
    else this.recordings.reload(reveal, empty);
  }

  /** A delete succeeded (or the item was already gone): the row goes, the player lets go of it. */
  private removed(target: DeleteTarget, deleted: boolean): void {
    this.player.forget(`${target.kind}:${target.id}`);
    this.reload(target.kind, target.position);
    if (!deleted) return;
    if (target.kind === 'file') this.emit('media-deleted', { id: target.id });
    else this.emit('recording-deleted', { id: target.id });
  }

  // ---- actions --------------------------------------------------------------------------------

  private tabButton(tab: MediaTab): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`);
  }

  private selectTab(tab: MediaTab, focus: boolean): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.tabButton(tab)?.focus());
  }

  // ---- render ---------------------------------------------------------------------------------

  private renderStatus(kind: MediaKind) {
    const status = this.status[kind].status;
    return html`<p part="status" class="action-status ${status?.kind ?? ''}" role="status">${status?.message ?? ''}</p>`;
  }

  private renderUpload() {
    if (!this.uploader.available) return nothing;
    return renderUploadControls(this, this.uploader, this.text, formatBytes(this.uploadLimit, this.files.display.locale));
  }

  private renderFiles() {
    const t = this.text;
    const search = (this.search ?? '').trim();
    return html`<div part="toolbar" class="toolbar">${this.searchField.render(t.search)} ${this.renderUpload()}</div>
      ${this.renderStatus('file')} ${renderListBody(this.files, t, { empty: search ? t.emptySearch(search) : t.emptyFiles })}`;
  }

  private renderRecordings() {
    const t = this.text;
    return html`<div part="toolbar" class="toolbar">${renderListRange(this.recordings, t)}</div>
      ${this.renderStatus('recording')} ${renderListBody(this.recordings, t, { empty: t.emptyRecordings })}`;
  }

  override render() {
    const t = this.text;
    const tab = this.currentTab;
    const list = tab === 'files' ? this.files : this.recordings;
    return renderListSection(
      list,
      t.title,
      html`${renderViewTabs(tab, t, (id, focus) => this.selectTab(id, focus))} ${renderListZoneNotice(list, t)}
        <div part="view-panel files-panel" class="tab-panel" role="tabpanel" id="panel-files" aria-labelledby="tab-files" ?hidden=${tab !== 'files'}>
          ${this.renderFiles()}
        </div>
        <div part="view-panel recordings-panel" class="tab-panel" role="tabpanel" id="panel-recordings" aria-labelledby="tab-recordings" ?hidden=${tab !== 'recordings'}>
          ${this.recordingsOpened ? this.renderRecordings() : nothing}
        </div>
        ${renderAudioPlayer(this.player, t, { locale: this.files.display.locale })} ${this.confirm.render()}`,
    );
  }
}
