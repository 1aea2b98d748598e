import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PawElement } from '../../core/base-element.js';
import { plainText } from '../../core/bidi.js';
import { presetRange, type Day, type DayRange } from '../../core/dates.js';
import { formatBytes, formatNumber, type DisplaySettings } from '../../core/format.js';
import type { Translations } from '../../core/i18n/translations.js';
import type { AccountDataProvider, DateRange, MediaFile, Recording } from '../../core/provider.js';
import { AudioPlayerController } from '../../shared-ui/audio-player/audio-player-controller.js';
import { renderAudioPlayer } from '../../shared-ui/audio-player/audio-player-template.js';
import { audioPlayerStyles } from '../../shared-ui/audio-player/audio-player.styles.js';
import { StatusLine } from '../../shared-ui/change-flow.js';
import { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import type { CellContext } from '../../shared-ui/data-table/columns.js';
import { DataTableController, type DataTableStrings } from '../../shared-ui/data-table/data-table-controller.js';
import { dataTableStyles } from '../../shared-ui/data-table/data-table.styles.js';
import { RowSource } from '../../shared-ui/data-table/row-source.js';
import { actionStatusStyles } from '../../shared-ui/data-table/section.styles.js';
import { DateRangeController } from '../../shared-ui/date-range/date-range-controller.js';
import { renderDateRange, renderEarlierMonth } from '../../shared-ui/date-range/date-range-template.js';
import { dateRangeStyles } from '../../shared-ui/date-range/date-range.styles.js';
import { DisplayZone } from '../../shared-ui/display-zone.js';
import { renderZoneNotice, zoneNoticeStyles } from '../../shared-ui/zone-notice.js';
import { renderEmpty, renderError, renderLoading, renderNoProvider } from '../../shared-ui/states.js';
import { baseStyles } from '../../shared-ui/styles.js';
import { DeleteAction, type DeleteTarget, type MediaKind } from './delete-action.js';
import { DownloadAction } from './download-action.js';
import { fileColumns, recordingColumns, RecordingFormatter } from './media-columns.js';
import { mediaLibraryStyles } from './media-library.styles.js';
import { mediaLibraryStrings, type MediaLibraryStrings } from './media-library.strings.js';
import { isAudioType } from './recording-name.js';
import { rowButton } from './row-buttons.js';
import { SearchFieldController } from './search-field.js';
import { UploadAction } from './upload-action.js';
import { renderUpload } from './upload-template.js';
import { renderViewTabs, type MediaTab } from './view-tabs.js';

export type { MediaTab };

/** Largest file offered for upload unless `upload-max-bytes` says otherwise: 10 MB. */
export const DEFAULT_UPLOAD_MAX_BYTES = 10_000_000;

/** Rows per request while browsing (capped by the provider's `limits.maxPageSize`). */
const BROWSE_PAGE_SIZE = 200;

interface FilesQuery {
  provider: AccountDataProvider;
  search: string;
}

interface RecordingsQuery {
  provider: AccountDataProvider;
  range: DateRange;
}

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
 * @cssprop [--media-library-height=24em] - Height of each table's scrolling area.
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
export class MediaLibrary extends PawElement<MediaLibraryStrings> {
  static override styles = [...baseStyles, dateRangeStyles, dataTableStyles, audioPlayerStyles, actionStatusStyles, mediaLibraryStyles, zoneNoticeStyles];
  static override defaultStrings = mediaLibraryStrings;
  static override translations: Translations<MediaLibraryStrings> = {
    de: () => import('./i18n/de.js'),
    es: () => import('./i18n/es.js'),
    ar: () => import('./i18n/ar.js'),
  };

  /** The tab shown: `files` (default) or `recordings`. */
  @property({ reflect: true })
  tab: MediaTab = 'files';

  /** First day of the recordings' range, `YYYY-MM-DD` (inclusive). Default: 29 days before today (the last 30 days). */
  @property({ reflect: true })
  from: string | undefined;

  /** Last day of the recordings' range, `YYYY-MM-DD` (inclusive). Default: today. */
  @property({ reflect: true })
  to: string | undefined;

  /** The files' search (by name, case-insensitive), as applied. */
  @property()
  search = '';

  /** Largest file offered for upload, in bytes (default 10,000,000). The provider may allow less. */
  @property({ attribute: 'upload-max-bytes', type: Number })
  uploadMaxBytes: number = DEFAULT_UPLOAD_MAX_BYTES;

  /** Recordings load the first time their tab is shown. */
  private recordingsOpened = false;
  private filesQuery: FilesQuery | undefined;
  private recordingsQuery: RecordingsQuery | undefined;
  private playerProvider: AccountDataProvider | undefined;
  private view: DisplaySettings = { locale: undefined, timeZone: 'UTC' };
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

  /** The display time zone: explicit or inherited, else the user's → account's, else the browser's. */
  private readonly zone = new DisplayZone(this, () => [this.timeZone, this.inheritedDisplay?.timeZone]);

  private readonly range = new DateRangeController(this, {
    today: () => this.zone.today(this.view.timeZone),
    maxRangeDays: () => this.dataProvider?.limits?.maxRangeDays,
    onCommit: (days) => {
      this.from = days.from;
      this.to = days.to;
    },
  });

  private readonly filesTable = new DataTableController<MediaFile>(this, {
    label: () => this.text.filesTableLabel,
    columns: () => this.fileColumns(),
    strings: () => this.tableStrings(),
  });

  private readonly recordingsTable = new DataTableController<Recording>(this, {
    label: () => this.text.recordingsTableLabel,
    columns: () => this.recordingColumns(),
    strings: () => this.tableStrings(),
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
    locale: () => this.view.locale,
    maxBytes: () => this.uploadLimit,
    onUploaded: (file) => {
      this.reload('file');
      this.emit('media-uploaded', file);
    },
    onUnknown: () => this.reload('file'),
    onError: (error) => this.reportProviderError(error, 'uploadMediaFile'),
  });

  /** `upload-max-bytes` when it is a positive number, else the default. */
  private get uploadLimit(): number {
    const max = this.uploadMaxBytes;
    return Number.isFinite(max) && max > 0 ? max : DEFAULT_UPLOAD_MAX_BYTES;
  }

  private get currentTab(): MediaTab {
    return this.tab === 'recordings' ? 'recordings' : 'files';
  }

  /** The recordings' days the attributes ask for, defaults filled in (the last 30 days). */
  private days(zone: string): DayRange {
    const now: Day = this.zone.today(zone);
    const recent = presetRange('last-30-days', now);
    // An empty attribute means "not set".
    return { from: this.from || recent.from, to: this.to || (this.from ? now : recent.to) };
  }

  override willUpdate(): void {
    const provider = this.dataProvider;
    const zone = this.zone.zone;
    this.view = { locale: this.resolvedLocale, timeZone: zone ?? 'UTC' };
    if (this.currentTab === 'recordings') this.recordingsOpened = true;
    if (provider !== this.playerProvider) {
      // Audio of another account (or of none) has no place here.
      this.player.close();
      this.playerProvider = provider;
    }
    if (!provider) {
      this.filesTable.clear();
      this.recordingsTable.clear();
      this.filesQuery = undefined;
      this.recordingsQuery = undefined;
      return;
    }
    if (!zone) {
      // Another provider, whose zone is still being asked: nothing of the previous one stays.
      if (this.filesQuery && this.filesQuery.provider !== provider) {
        this.filesTable.clear();
        this.filesQuery = undefined;
      }
      if (this.recordingsQuery && this.recordingsQuery.provider !== provider) {
        this.recordingsTable.clear();
        this.recordingsQuery = undefined;
      }
      return;
    }
    const search = (this.search ?? '').trim();
    if (this.filesQuery?.provider !== provider || this.filesQuery.search !== search) this.showFiles({ provider, search });
    if (!this.recordingsOpened) return;
    const days = this.days(zone);
    const range = this.range.sync(days, zone);
    if (!range) return;
    if (this.recordingsQuery?.provider !== provider || this.recordingsQuery.range !== range) this.showRecordings({ provider, range });
  }

  override updated(): void {
    const source = (this.currentTab === 'files' ? this.filesTable : this.recordingsTable).source;
    this.setCssState('loading', source?.status === 'loading' || this.zone.asking);
    this.setCssState('error', source?.status === 'error' && !this.zone.asking);
    this.setCssState('uploading', this.uploader.running);
    this.setCssState('playing', this.player.playing);
  }

  // ---- queries --------------------------------------------------------------------------------

  private pageSize(provider: AccountDataProvider): number {
    return Math.min(BROWSE_PAGE_SIZE, provider.limits?.maxPageSize ?? BROWSE_PAGE_SIZE);
  }

  private showFiles(query: FilesQuery): RowSource<MediaFile> {
    const { provider, search } = query;
    const source = new RowSource<MediaFile>({
      pageSize: this.pageSize(provider),
      fetchPage: ({ cursor, limit, signal }) => provider.listMediaFiles({ ...(search ? { search } : {}), cursor, limit, signal }),
      onError: (error) => this.reportProviderError(error, 'listMediaFiles'),
    });
    this.filesQuery = query;
    this.filesTable.show(source);
    return source;
  }

  private showRecordings(query: RecordingsQuery): RowSource<Recording> {
    const { provider, range } = query;
    const source = new RowSource<Recording>({
      pageSize: this.pageSize(provider),
      fetchPage: ({ cursor, limit, signal }) => provider.listRecordings({ range, cursor, limit, signal }),
      onError: (error) => this.reportProviderError(error, 'listRecordings'),
    });
    this.recordingsQuery = query;
    this.recordingsTable.show(source);
    return source;
  }

  /**
   * Asks the list again (after a change). The rows on screen stay until the new first page
   * arrives; with `reveal`, the table then scrolls back to that row (the one after a deleted
   * item), and focus, if it was in the table, lands on it.
   */
  private reload(kind: MediaKind, reveal?: number): void {
    let source: RowSource<MediaFile> | RowSource<Recording>;
    if (kind === 'file') {
      if (!this.filesQuery) return;
      source = this.showFiles(this.filesQuery);
    } else {
      if (!this.recordingsQuery) return;
      source = this.showRecordings(this.recordingsQuery);
    }
    if (reveal === undefined) return;
    const table = kind === 'file' ? this.filesTable : this.recordingsTable;
    const unsubscribe = source.subscribe(() => {
      if (source.status === 'loading') return;
      unsubscribe();
      // The table has switched to the new rows (it listens first).
      if (table.source !== source || source.status !== 'ready') return;
      if (source.rowCount > 0) {
        table.revealRow(Math.min(reveal, source.rowCount - 1));
        return;
      }
      void this.updateComplete.then(() => {
        if (this.shadowRoot?.activeElement === null) this.tabButton(this.currentTab)?.focus();
      });
    });
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

  private playFile(file: MediaFile): void {
    const provider = this.dataProvider;
    if (!provider?.getMediaFileAudio) return;
    const load = provider.getMediaFileAudio.bind(provider);
    void this.player.play({ key: `file:${file.id}`, title: plainText(file.name), duration: file.durationSeconds, load: (signal) => load(file.id, { signal }) });
  }

  private playRecording(recording: Recording, name: string): void {
    const provider = this.dataProvider;
    if (!provider) return;
    void this.player.play({
      key: `recording:${recording.id}`,
      title: name,
      duration: recording.durationSeconds,
      load: (signal) => provider.getRecordingAudio(recording.id, { signal }),
    });
  }

  private openFilePicker(): void {
    this.renderRoot.querySelector<HTMLInputElement>('.file-input')?.click();
  }

  private readonly onFileChosen = async (event: Event) => {
    event.stopPropagation();
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again is a change too.
    input.value = '';
    if (!file) return;
    const hadFocus = this.focused('.upload-button');
    const done = this.uploader.choose(file);
    if (hadFocus && this.uploader.running) await this.moveFocus('.cancel-upload-button');
    await done;
    if (this.shadowRoot?.activeElement === null) await this.moveFocus('.upload-button');
  };

  private async cancelUpload(): Promise<void> {
    this.uploader.cancel();
    await this.moveFocus('.upload-button');
  }

  private async retryUpload(): Promise<void> {
    const done = this.uploader.retry();
    if (this.uploader.running) await this.moveFocus('.cancel-upload-button');
    await done;
    if (this.shadowRoot?.activeElement === null) await this.moveFocus('.upload-button');
  }

  private focused(selector: string): boolean {
    return this.shadowRoot?.activeElement?.matches(selector) === true;
  }

  private async moveFocus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- table ----------------------------------------------------------------------------------

  private tableStrings(): DataTableStrings {
    const t = this.text;
    return {
      loadingRow: t.loadingRow,
      retry: t.retry,
      errorTitle: t.errorTitle,
      loadingRows: (done, needed) => t.loadingRows(formatNumber(needed > 0 ? done / needed : 0, this.view.locale, { style: 'percent' })),
    };
  }

  private fileColumns() {
    const provider = this.dataProvider;
    return fileColumns({
      text: this.text,
      display: this.view,
      playButton: provider?.getMediaFileAudio
        ? (file, name, ctx) => {
            // Files that are not audio (a content type says so) have nothing to play.
            const audio = file.contentType === undefined || isAudioType(file.contentType);
            return this.playButton(`file:${file.id}`, name, ctx, audio ? () => this.playFile(file) : undefined);
          }
        : undefined,
      deleteButton: (file, name, ctx) => this.deleteButton({ kind: 'file', id: file.id, name, position: ctx.position }, ctx),
    });
  }

  private recordingColumns() {
    return recordingColumns({
      text: this.text,
      display: this.view,
      formatter: this.formatter,
      playButton: (r, name, ctx) => this.playButton(`recording:${r.id}`, name, ctx, () => this.playRecording(r, name)),
      downloadButton: (r, name, ctx) => this.downloadButton(r, name, ctx),
      deleteButton: (r, name, ctx) => this.deleteButton({ kind: 'recording', id: r.id, name, position: ctx.position }, ctx),
    });
  }

  private playButton(key: string, name: string, ctx: CellContext, play: (() => void) | undefined) {
    const t = this.text;
    const playing = this.player.isPlaying(key);
    const loading = this.player.status === 'loading' && this.player.source?.key === key;
    return rowButton(
      { part: 'play-button', label: playing ? t.pauseLabel(name) : t.playLabel(name), text: playing ? t.pause : t.play, unavailable: !play || loading, onClick: () => play?.() },
      ctx,
    );
  }

  private downloadButton(recording: Recording, name: string, ctx: CellContext) {
    const t = this.text;
    const busy = this.downloader.isBusy(recording.id);
    return rowButton(
      { part: 'download-button', label: t.downloadLabel(name), text: t.download, unavailable: busy, onClick: () => void this.downloader.download(recording, name) },
      ctx,
    );
  }

  private deleteButton(target: DeleteTarget, ctx: CellContext) {
    const t = this.text;
    const busy = this.deleter.isBusy(target.kind, target.id);
    return rowButton({ part: 'delete-button', label: t.deleteLabel(target.name), text: t.delete, unavailable: busy, onClick: () => void this.deleter.delete(target) }, ctx);
  }

  // ---- render ---------------------------------------------------------------------------------

  private renderStatus(kind: MediaKind) {
    const status = this.status[kind].status;
    return html`<p part="status" class="action-status ${status?.kind ?? ''}" role="status">${status?.message ?? ''}</p>`;
  }

  /** A table's body: no provider, loading, error + Retry, empty, or the grid. `zoneQueries`: its query depends on the zone (recordings: a range of days). */
  private renderTable<T>(table: DataTableController<T>, emptyMessage: string, waiting: boolean, zoneQueries: boolean, emptyAction?: TemplateResult) {
    const t = this.text;
    if (!this.dataProvider) return renderNoProvider(t);
    const source = table.source;
    if (!source) return waiting ? renderLoading(t) : nothing;
    if (source.status === 'loading' || (source.status === 'error' && this.zone.asking)) return renderLoading(t);
    if (source.status === 'error') return renderError(source.failure!.error, t, () => void this.zone.retry((changed) => (zoneQueries && changed) || source.retry()));
    if (source.rowCount === 0) {
      return html`<div class=${table.switching ? 'reloading' : ''} aria-busy=${table.switching ? 'true' : 'false'}>${renderEmpty(emptyMessage, emptyAction)}</div>`;
    }
    return table.render();
  }

  private renderUpload() {
    if (!this.uploader.available) return nothing;
    return renderUpload(this.uploader, this.text, {
      maxSize: formatBytes(this.uploadLimit, this.view.locale),
      onPick: () => this.openFilePicker(),
      onChosen: this.onFileChosen,
      onCancel: () => void this.cancelUpload(),
      onRetry: () => void this.retryUpload(),
    });
  }

  private renderFiles() {
    const t = this.text;
    const search = (this.search ?? '').trim();
    return html`<div part="toolbar" class="toolbar">${this.searchField.render(t.search)} ${this.renderUpload()}</div>
      ${this.renderStatus('file')} ${this.renderTable(this.filesTable, search ? t.emptySearch(search) : t.emptyFiles, true, false)}`;
  }

  private renderRecordings() {
    const t = this.text;
    const maxDays = this.dataProvider?.limits?.maxRangeDays;
    return html`<div part="toolbar" class="toolbar">${renderDateRange(this.range, t, { maxDays })}</div>
      ${this.renderStatus('recording')} ${this.renderTable(this.recordingsTable, t.emptyRecordings, !(this.zone.zone && this.range.problem), true, renderEarlierMonth(this.range, t, this, this.view.locale))}`;
  }

  override render() {
    const t = this.text;
    const tab = this.currentTab;
    const table = tab === 'files' ? this.filesTable : this.recordingsTable;
    const source = table.source;
    const waiting = source ? source.status === 'loading' || table.switching || this.zone.asking : !(tab === 'recordings' && this.zone.zone && this.range.problem);
    const busy = !!this.dataProvider && waiting;
    return html`<section part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="title" class="panel-title" id="title">${t.title}</h2>
      ${renderViewTabs(tab, t, (id, focus) => this.selectTab(id, focus))}
      ${renderZoneNotice(this.zone, t, !!this.dataProvider && source?.status !== 'error')}
      <div part="view-panel files-panel" class="tab-panel" role="tabpanel" id="panel-files" aria-labelledby="tab-files" ?hidden=${tab !== 'files'}>
        ${this.renderFiles()}
      </div>
      <div part="view-panel recordings-panel" class="tab-panel" role="tabpanel" id="panel-recordings" aria-labelledby="tab-recordings" ?hidden=${tab !== 'recordings'}>
        ${this.recordingsOpened ? this.renderRecordings() : nothing}
      </div>
      ${renderAudioPlayer(this.player, t, { locale: this.view.locale })} ${this.confirm.render()}
    </section>`;
  }
}
