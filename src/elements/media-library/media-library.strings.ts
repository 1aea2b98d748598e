import { commonStrings } from '../../core/strings.js';
import { audioPlayerStrings } from '../../shared-ui/audio-player/audio-player.strings.js';
import { dateRangeStrings } from '../../shared-ui/date-range/date-range.strings.js';

/**
 * Default (English) text of `<media-library>`. Override any entry through `strings`.
 * Functions receive names as they are and numbers already formatted for the locale.
 */
export const mediaLibraryStrings = {
  ...commonStrings,
  ...dateRangeStrings,
  ...audioPlayerStrings,
  title: 'Media',
  tabsLabel: 'Media',
  tabFiles: 'Files',
  tabRecordings: 'Recordings',
  filesTableLabel: 'Media files',
  recordingsTableLabel: 'Call recordings',
  search: 'Search',
  emptyFiles: 'No media files yet.',
  emptySearch: (query: string) => `No media files match “${query}”.`,
  emptyRecordings: 'No call recordings in this period.',
  columnName: 'Name',
  columnType: 'Type',
  columnLength: 'Duration or size',
  columnUploaded: 'Uploaded',
  columnDuration: 'Duration',
  columnPlay: 'Play',
  columnDownload: 'Download',
  columnDelete: 'Delete',
  /** A known audio format, e.g. "WAV audio". */
  audioType: (format: string) => `${format} audio`,
  /** A type, duration, size or date the provider does not give. */
  unknown: 'Unknown',
  loadingRow: 'Loading…',
  loadingRows: (percent: string) => `Loading rows… ${percent}`,
  playLabel: (name: string) => `Play ${name}`,
  pauseLabel: (name: string) => `Pause ${name}`,
  download: 'Download',
  downloadLabel: (name: string) => `Download ${name}`,
  downloaded: (fileName: string) => `Downloaded ${fileName}.`,
  downloadFailed: (name: string) => `${name} was not downloaded:`,
  delete: 'Delete',
  deleteLabel: (name: string) => `Delete ${name}`,
  deleteFileTitle: 'Delete this media file?',
  deleteFileMessage: (name: string) => `Delete ${name}? This cannot be undone.`,
  deleteRecordingTitle: 'Delete this recording?',
  deleteRecordingMessage: (name: string) => `Delete the recording ${name}? This cannot be undone.`,
  deleteConfirm: 'Delete',
  deleted: (name: string) => `${name} was deleted.`,
  deleteFailed: (name: string) => `${name} was not deleted:`,
  alreadyDeleted: (name: string) => `${name} no longer exists.`,
  upload: 'Upload audio file',
  uploadHint: (maxSize: string) => `WAV, MP3 or other audio, up to ${maxSize}.`,
  uploading: (name: string) => `Uploading ${name}…`,
  uploadProgressLabel: 'Upload progress',
  cancelUpload: 'Cancel upload',
  uploaded: (name: string) => `${name} was uploaded.`,
  uploadCancelled: 'Upload cancelled.',
  uploadFailed: (name: string) => `${name} was not uploaded:`,
  retryUpload: 'Retry upload',
  errorNotAudio: (name: string) => `${name} is not an audio file. Choose a WAV, MP3 or other audio file.`,
  errorTooLarge: (name: string, maxSize: string) => `${name} is larger than ${maxSize}. Choose a smaller file.`,
  errorEmptyFile: (name: string) => `${name} is empty. Choose another file.`,
};

export type MediaLibraryStrings = typeof mediaLibraryStrings;
