import { plainText } from '../../core/bidi.js';
import { localDateTime } from '../../core/format.js';
import type { Recording } from '../../core/provider.js';

/**
 * Names and file extensions of recordings and media: SPEC §2's recording name
 * `[From]_[To]_[YYYY-MM-DD]_[HH-MM-SS]` (24-hour, in the display time zone) and the extension
 * that matches an audio content type.
 */

/**
 * The recording's name, e.g. `1001_+442071234567_2026-11-27_14-05-33`: from, to, then the day
 * and the 24-hour time the call started in `timeZone`, with ASCII digits whatever the locale.
 */
export function recordingName(recording: Pick<Recording, 'from' | 'to' | 'startedAt'>, timeZone: string): string {
  // `YYYY-MM-DD HH:MM:SS` → `YYYY-MM-DD_HH-MM-SS`: no spaces or colons in a file name.
  const when = localDateTime(recording.startedAt, timeZone).replace(' ', '_').replaceAll(':', '-');
  // Bidi controls in a number would reorder the name in lists, messages and the saved file's name.
  return plainText(`${recording.from}_${recording.to}_${when}`);
}

/** Audio content types → file extension (without the dot) and the short name users know. */
const AUDIO_TYPES: Readonly<Record<string, { ext: string; format: string }>> = {
  'audio/wav': { ext: 'wav', format: 'WAV' },
  'audio/wave': { ext: 'wav', format: 'WAV' },
  'audio/x-wav': { ext: 'wav', format: 'WAV' },
  'audio/vnd.wave': { ext: 'wav', format: 'WAV' },
  'audio/mpeg': { ext: 'mp3', format: 'MP3' },
  'audio/mp3': { ext: 'mp3', format: 'MP3' },
  'audio/mp4': { ext: 'm4a', format: 'M4A' },
  'audio/x-m4a': { ext: 'm4a', format: 'M4A' },
  'audio/aac': { ext: 'aac', format: 'AAC' },
  'audio/ogg': { ext: 'ogg', format: 'Ogg' },
  'audio/opus': { ext: 'opus', format: 'Opus' },
  'audio/webm': { ext: 'weba', format: 'WebM' },
  'audio/flac': { ext: 'flac', format: 'FLAC' },
  'audio/x-flac': { ext: 'flac', format: 'FLAC' },
  'audio/amr': { ext: 'amr', format: 'AMR' },
  'audio/basic': { ext: 'au', format: 'μ-law' },
  'audio/gsm': { ext: 'gsm', format: 'GSM' },
};

/** `audio/wav; codecs=1` → `audio/wav`. */
function essence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True for an `audio/*` content type. */
export function isAudioType(contentType: string | undefined): boolean {
  return /^audio\/[\w.+-]+$/.test(essence(contentType));
}

/**
 * The extension (with its dot) for a content type: `.wav` for `audio/wav`, `.mp3` for
 * `audio/mpeg`…; another audio type's own subtype when it is a plain word (`audio/x-speex` →
 * `.speex`); `.bin` when nothing is known.
 */
export function audioExtension(contentType: string | undefined): string {
  const type = essence(contentType);
  const known = AUDIO_TYPES[type];
  if (known) return `.${known.ext}`;
  const sub = /^audio\/(?:x-)?([a-z0-9]{2,8})$/.exec(type)?.[1];
  return sub ? `.${sub}` : '.bin';
}

/** The format's short name (`WAV`, `MP3`) for a known audio type, else `undefined`. */
export function audioFormat(contentType: string | undefined): string | undefined {
  return AUDIO_TYPES[essence(contentType)]?.format;
}
