import { plainText } from '../../core/bidi.js';
import { html } from 'lit';
import { formatBytes, formatDate, formatDateTime, formatDuration, type DisplaySettings } from '../../core/format.js';
import { RowFormatter } from '../../shared-ui/data-table/row-formatter.js';
import type { MediaFile, Recording } from '../../core/provider.js';
import type { CellContext, DataTableColumn } from '../../shared-ui/data-table/columns.js';
import type { MediaLibraryStrings } from './media-library.strings.js';
import { audioFormat, recordingName } from './recording-name.js';

/** A row's action button: the item, its display name and the grid's tab index for the cell. */
export type ActionButton<T> = (item: T, name: string, context: CellContext) => unknown;

interface FormattedRecording {
  name: string;
  startedAt: string;
  duration: string;
}

/** Formats recordings once per recording and display settings (the name needs the time zone). */
export class RecordingFormatter extends RowFormatter<Recording, FormattedRecording> {
  constructor() {
    super((recording, display) => ({
      name: recordingName(recording, display.timeZone),
      startedAt: formatDateTime(recording.startedAt, display),
      duration: formatDuration(recording.durationSeconds, display.locale),
    }));
  }
}

/** The file's type as users know it: "WAV audio", else its content type, else "Unknown". */
export function fileType(file: MediaFile, t: MediaLibraryStrings): string {
  const format = audioFormat(file.contentType);
  return format ? t.audioType(format) : file.contentType || t.unknown;
}

/** Duration when known (audio), else size, else "Unknown". */
export function fileLength(file: MediaFile, t: MediaLibraryStrings, locale: string | undefined): string {
  if (typeof file.durationSeconds === 'number') return formatDuration(file.durationSeconds, locale);
  if (typeof file.sizeBytes === 'number') return formatBytes(file.sizeBytes, locale);
  return t.unknown;
}

/**
 * A name a reader may see in either direction (names come from users and servers); it wraps to
 * two lines at most, so the whole name is its title too.
 */
const auto = (text: string) => html`<span dir="auto" title=${text}>${text}</span>`;

export interface FileColumnsInput {
  text: MediaLibraryStrings;
  display: DisplaySettings;
  /** Omitted when the provider cannot serve media audio. */
  playButton?: ActionButton<MediaFile> | undefined;
  deleteButton: ActionButton<MediaFile>;
}

/** Files: name (row header), type, duration or size, upload date, Play, Delete. */
export function fileColumns(input: FileColumnsInput): DataTableColumn<MediaFile>[] {
  const { text: t, display } = input;
  const columns: DataTableColumn<MediaFile>[] = [
    { id: 'name', header: t.columnName, minWidth: 12, wrap: true, rowHeader: true, render: (f) => auto(plainText(f.name)) },
    { id: 'type', header: t.columnType, minWidth: 8, render: (f) => fileType(f, t) },
    { id: 'length', header: t.columnLength, minWidth: 11, align: 'end', render: (f) => fileLength(f, t, display.locale) },
    {
      id: 'uploaded',
      header: t.columnUploaded,
      minWidth: 9,
      render: (f) => (f.uploadedAt ? formatDate(f.uploadedAt, display) : t.unknown),
    },
  ];
  const play = input.playButton;
  if (play)
    columns.push({
      id: 'play',
      header: t.columnPlay,
      minWidth: 6,
      grow: 0.4,
      control: true,
      render: (f, ctx) => play(f, plainText(f.name), ctx),
    });
  const remove = input.deleteButton;
  columns.push({
    id: 'delete',
    header: t.columnDelete,
    minWidth: 6.5,
    grow: 0.4,
    control: true,
    render: (f, ctx) => remove(f, plainText(f.name), ctx),
  });
  return columns;
}

export interface RecordingColumnsInput {
  text: MediaLibraryStrings;
  display: DisplaySettings;
  formatter: RecordingFormatter;
  playButton: ActionButton<Recording>;
  downloadButton: ActionButton<Recording>;
  deleteButton: ActionButton<Recording>;
}

/**
 * Recordings: name (row header; it holds the date and time, which a tooltip also gives in the
 * locale's words), duration, Play, Download, Delete.
 */
export function recordingColumns(input: RecordingColumnsInput): DataTableColumn<Recording>[] {
  const { text: t, display, formatter } = input;
  const f = (r: Recording) => formatter.format(r, display);
  const { playButton: play, downloadButton: download, deleteButton: remove } = input;
  return [
    {
      id: 'name',
      header: t.columnName,
      minWidth: 24,
      grow: 3,
      rowHeader: true,
      render: (r) => html`<span dir="ltr" title=${f(r).startedAt}>${f(r).name}</span>`,
    },
    { id: 'duration', header: t.columnDuration, minWidth: 6.5, align: 'end', render: (r) => f(r).duration },
    { id: 'play', header: t.columnPlay, minWidth: 6, grow: 0.3, control: true, render: (r, ctx) => play(r, f(r).name, ctx) },
    { id: 'download', header: t.columnDownload, minWidth: 8, grow: 0.3, control: true, render: (r, ctx) => download(r, f(r).name, ctx) },
    { id: 'delete', header: t.columnDelete, minWidth: 6.5, grow: 0.3, control: true, render: (r, ctx) => remove(r, f(r).name, ctx) },
  ];
}
