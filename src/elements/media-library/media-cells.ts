import type { DisplaySettings } from '../../core/format.js';
import { plainText } from '../../core/bidi.js';
import type { AccountDataProvider, MediaFile, Recording } from '../../core/provider.js';
import type { AudioPlayerController } from '../../shared-ui/audio-player/audio-player-controller.js';
import type { CellContext, DataTableColumn } from '../../shared-ui/data-table/columns.js';
import { rowButton } from '../../shared-ui/data-table/row-button.js';
import type { DeleteAction, DeleteTarget } from './delete-action.js';
import type { DownloadAction } from './download-action.js';
import { fileColumns, recordingColumns, type RecordingFormatter } from './media-columns.js';
import type { MediaLibraryStrings } from './media-library.strings.js';
import { isAudioType } from './recording-name.js';

/** What the media rows' cells and buttons read from `<media-library>`. */
export interface MediaCells {
  text: () => MediaLibraryStrings;
  display: () => DisplaySettings;
  provider: () => AccountDataProvider | undefined;
  player: AudioPlayerController;
  downloader: DownloadAction;
  deleter: DeleteAction;
  formatter: RecordingFormatter;
}

/** The files' columns, with **Play** (audio only, when the provider can fetch it) and **Delete**. */
export function mediaFileColumns(c: MediaCells): DataTableColumn<MediaFile>[] {
  const provider = c.provider();
  const load = provider?.getMediaFileAudio?.bind(provider);
  return fileColumns({
    text: c.text(),
    display: c.display(),
    playButton: load
      ? (file, name, ctx) => {
          // Files that are not audio (a content type says so) have nothing to play.
          const audio = file.contentType === undefined || isAudioType(file.contentType);
          const play = () =>
            void c.player.play({
              key: `file:${file.id}`,
              title: plainText(file.name),
              duration: file.durationSeconds,
              load: (signal) => load(file.id, { signal }),
            });
          return playButton(c, `file:${file.id}`, name, ctx, audio ? play : undefined);
        }
      : undefined,
    deleteButton: (file, name, ctx) => deleteButton(c, { kind: 'file', id: file.id, name, position: ctx.position }, ctx),
  });
}

/** The recordings' columns, with **Play**, **Download** and **Delete**. */
export function mediaRecordingColumns(c: MediaCells): DataTableColumn<Recording>[] {
  const t = c.text();
  return recordingColumns({
    text: t,
    display: c.display(),
    formatter: c.formatter,
    playButton: (r, name, ctx) => {
      const play = () => {
        const provider = c.provider();
        if (!provider) return;
        void c.player.play({
          key: `recording:${r.id}`,
          title: name,
          duration: r.durationSeconds,
          load: (signal) => provider.getRecordingAudio(r.id, { signal }),
        });
      };
      return playButton(c, `recording:${r.id}`, name, ctx, play);
    },
    downloadButton: (r, name, ctx) =>
      rowButton(
        {
          part: 'download-button',
          label: t.downloadLabel(name),
          text: t.download,
          unavailable: c.downloader.isBusy(r.id),
          onClick: () => void c.downloader.download(r, name),
        },
        ctx.tabIndex,
      ),
    deleteButton: (r, name, ctx) => deleteButton(c, { kind: 'recording', id: r.id, name, position: ctx.position }, ctx),
  });
}

function playButton(c: MediaCells, key: string, name: string, ctx: CellContext, play: (() => void) | undefined) {
  const t = c.text();
  const playing = c.player.isPlaying(key);
  const loading = c.player.status === 'loading' && c.player.source?.key === key;
  return rowButton(
    {
      part: 'play-button',
      label: playing ? t.pauseLabel(name) : t.playLabel(name),
      text: playing ? t.pause : t.play,
      texts: [t.play, t.pause],
      unavailable: !play || loading,
      onClick: () => play?.(),
    },
    ctx.tabIndex,
  );
}

function deleteButton(c: MediaCells, target: DeleteTarget, ctx: CellContext) {
  const t = c.text();
  return rowButton(
    {
      part: 'delete-button',
      label: t.deleteLabel(target.name),
      text: t.delete,
      unavailable: c.deleter.isBusy(target.kind, target.id),
      onClick: () => void c.deleter.delete(target),
    },
    ctx.tabIndex,
  );
}
