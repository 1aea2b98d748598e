import type { MediaFile, Recording } from '../../core/provider.js';
import { COUNTRIES, MEDIA_NAMES } from './catalog.js';
import { e164 } from './numbers.js';
import { hash32, Random } from './random.js';
import { SAMPLE_RATE, synthesize, type SoundKind } from './tones.js';
import { encodeWav, wavSize } from './wav.js';

/**
 * Media files (announcements, hold music, IVR prompts) and call recordings, all `audio/wav`
 * (8 kHz, 16-bit mono). `sizeBytes` and `durationSeconds` describe the whole file; the audio
 * served is capped at {@link AUDIO_CAP_SECONDS} to keep the demo light.
 */

/** Longest audio the demo generates, in seconds. */
export const AUDIO_CAP_SECONDS = 30;
const DAY = 86_400_000;

export interface MediaEntry {
  file: MediaFile;
  kind: SoundKind;
  seed: number;
  /** The audio as uploaded (uploaded files only); generated files synthesize theirs. */
  blob?: Blob;
}

export interface RecordingEntry {
  recording: Recording;
  t: number;
  seed: number;
}

function kindOf(name: string): SoundKind {
  if (name.startsWith('Hold music')) return 'music';
  if (name.startsWith('IVR') || name.startsWith('Queue')) return 'menu';
  return 'greeting';
}

/** `count` media files sorted by name. */
export function generateMediaFiles(seed: number, nowMs: number, count: number): MediaEntry[] {
  const r = new Random(seed, 3);
  const entries = Array.from({ length: count }, (_, i): MediaEntry => {
    const base = MEDIA_NAMES[i % MEDIA_NAMES.length]!;
    const name = i < MEDIA_NAMES.length ? base : `${base} (${Math.floor(i / MEDIA_NAMES.length) + 1})`;
    const kind = kindOf(name);
    const durationSeconds = kind === 'music' ? r.int(60, 300) : kind === 'menu' ? r.int(4, 20) : r.int(6, 40);
    const file: MediaFile = {
      id: `media-${String(i + 1).padStart(3, '0')}`,
      name: `${name}.wav`,
      contentType: 'audio/wav',
      durationSeconds,
      sizeBytes: wavSize(durationSeconds, SAMPLE_RATE),
      uploadedAt: new Date(Math.floor((nowMs - r.int(1, 720) * DAY - r.int(0, DAY)) / 1000) * 1000).toISOString(),
    };
    return { file, kind, seed: hash32(seed, i, 31) };
  });
  return entries.sort((a, b) => a.file.name.localeCompare(b.file.name, 'en'));
}

/** `count` recordings over the last 180 days, newest first. */
export function generateRecordings(
  seed: number,
  nowMs: number,
  count: number,
  extensions: readonly string[],
  dids: readonly string[],
): RecordingEntry[] {
  const r = new Random(seed, 4);
  const gap = (180 * DAY) / Math.max(1, count);
  const external = () => (r.chance(0.3) ? r.pick(dids) : e164(r.pick(COUNTRIES), r));
  return Array.from({ length: count }, (_, i): RecordingEntry => {
    const t = Math.floor((nowMs - (i + 0.1 + 0.8 * r.next()) * gap) / 1000) * 1000;
    const inbound = r.chance(0.45);
    const internal = r.chance(0.1);
    const ext = r.pick(extensions);
    const other = internal ? r.pick(extensions) : external();
    const durationSeconds = r.chance(0.15) ? r.int(8, 59) : r.int(60, 1200);
    return {
      t,
      seed: hash32(seed, i, 41),
      recording: {
        id: `rec-${String(count - i).padStart(6, '0')}`,
        from: inbound ? other : ext,
        to: inbound ? ext : other,
        startedAt: new Date(t).toISOString(),
        durationSeconds,
        contentType: 'audio/wav',
        sizeBytes: wavSize(durationSeconds, SAMPLE_RATE),
      },
    };
  });
}

/** Playable audio: the first {@link AUDIO_CAP_SECONDS} seconds at most. */
export function audioBlob(kind: SoundKind, seed: number, durationSeconds: number): Blob {
  const seconds = Math.max(1, Math.min(durationSeconds, AUDIO_CAP_SECONDS));
  return new Blob([encodeWav(synthesize(kind, seed, seconds), SAMPLE_RATE)], { type: 'audio/wav' });
}
