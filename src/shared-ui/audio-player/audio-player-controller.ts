import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkBlob } from '../../core/blob-check.js';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';

/** Something to play: fetched on demand (through the provider, with its credentials). */
export interface AudioSource {
  /** Identifies the audio (`recording:rec-1`): playing the same key again toggles it. */
  key: string;
  /** What is playing, shown and announced (the recording's name). */
  title: string;
  /** Fetches the audio; must pass `signal` on (it aborts when playback moves on). */
  load: (signal: AbortSignal) => Promise<Blob>;
  /** Seconds, shown until the audio reports its own duration. */
  duration?: number | undefined;
}

export interface AudioPlayerOptions {
  /** Loading the audio failed (not an abort). */
  onError?: (error: ProviderErrorLike, source: AudioSource) => void;
}

export type AudioPlayerStatus = 'idle' | 'loading' | 'ready' | 'error';

export type AudioPlayerError = { kind: 'load'; error: ProviderErrorLike } | { kind: 'media' };

/** Seconds ←/→ move the position. */
export const SEEK_STEP_SECONDS = 5;

/**
 * How far before the media's end a seek to the end stops, seconds. Gecko's WAV demuxer reads in
 * 768-byte chunks: a seek to exactly the end of a file whose data fills its last chunk (30 s at
 * 8 kHz, 16-bit mono) reads an empty chunk and fails with MEDIA_ERR_DECODE, so End (or dragging
 * the slider to the end) would make the audio unplayable. The position shown is still the end.
 */
const END_MARGIN_SECONDS = 0.001;

/** Every connected player, so that starting one pauses the others (one sound at a time). */
const players = new Set<AudioPlayerController>();

/**
 * The state and behaviour of an accessible audio player for any element (see
 * `audio-player-template.ts` for its markup): a native `<audio>` without `controls`, driven by
 * the template's Play/Pause button, seek slider and keyboard (Space or K toggles, ←/→ seek
 * 5 seconds, Home/End jump to the ends).
 *
 * Audio never comes from a URL with credentials: `play(source)` fetches a Blob through
 * `source.load` (the provider) and plays it from an object URL. That URL is revoked as soon as
 * playback moves on (another source, `close()`) or the host leaves the page; a load that
 * another one overtook is aborted and its late Blob never becomes a URL. Only one player on the
 * page plays at a time. A `play()` the browser refuses (autoplay policy, no user gesture) leaves
 * the player ready and paused. No DOM events leave the host: it gets `onError`.
 */
export class AudioPlayerController implements ReactiveController {
  status: AudioPlayerStatus = 'idle';
  /** The audio loaded or loading. */
  source: AudioSource | undefined;
  error: AudioPlayerError | undefined;
  /** Playback position, seconds. */
  currentTime = 0;

  private element: HTMLAudioElement | undefined;
  private mediaDuration: number | undefined;
  private loading: AbortController | undefined;
  private session = 0;
  private objectUrl: string | undefined;
  private loaded: Blob | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AudioPlayerOptions = {},
  ) {
    host.addController(this);
  }

  /** For the template's `ref()`: the `<audio>` element (kept through the host's disconnection). */
  readonly audioRef = (element?: Element): void => {
    if (element instanceof HTMLAudioElement) this.element = element;
  };

  /** Seconds: the audio's own duration once known, else the source's. */
  get duration(): number | undefined {
    return this.mediaDuration ?? (this.source?.duration && this.source.duration > 0 ? this.source.duration : undefined);
  }

  get playing(): boolean {
    const audio = this.element;
    return this.status === 'ready' && !!audio && !audio.paused && !audio.ended;
  }

  /** The audio loaded, while it is (a download of the same item needs no second fetch). */
  get blob(): Blob | undefined {
    return this.loaded;
  }

  isCurrent(key: string): boolean {
    return this.status !== 'idle' && this.source?.key === key;
  }

  isPlaying(key: string): boolean {
    return this.playing && this.source?.key === key;
  }

  hostConnected(): void {
    players.add(this);
  }

  hostDisconnected(): void {
    players.delete(this);
    this.close();
  }

  /**
   * Loads `source` and plays it; for the source already loaded, toggles play/pause (and while it
   * is loading, does nothing).
   */
  async play(source: AudioSource): Promise<void> {
    if (this.source?.key === source.key && (this.status === 'ready' || this.status === 'loading')) {
      if (this.status === 'ready') await this.toggle();
      return;
    }
    this.release();
    const session = ++this.session;
    this.source = source;
    this.status = 'loading';
    this.error = undefined;
    const controller = new AbortController();
    this.loading = controller;
    this.host.requestUpdate();
    let blob: Blob;
    try {
      // Checked by content: a web page or JSON answered with 200 is an error, not "audio".
      blob = await checkBlob(await source.load(controller.signal), 'audio');
    } catch (error) {
      if (session !== this.session) return;
      this.loading = undefined;
      if (isAbortError(error)) {
        this.reset();
        return;
      }
      const failure = toProviderError(error);
      this.status = 'error';
      this.error = { kind: 'load', error: failure };
      this.host.requestUpdate();
      this.options.onError?.(failure, source);
      return;
    }
    if (session !== this.session) return;
    this.loading = undefined;
    this.loaded = blob;
    this.objectUrl = URL.createObjectURL(blob);
    this.status = 'ready';
    this.host.requestUpdate();
    await this.host.updateComplete;
    const audio = this.element;
    if (session !== this.session || !audio || !this.objectUrl) return;
    audio.src = this.objectUrl;
    await this.resume();
  }

  /** Plays the loaded audio; a refused `play()` leaves it paused. */
  async resume(): Promise<void> {
    const audio = this.element;
    if (!audio || this.status !== 'ready') return;
    for (const other of players) if (other !== this) other.pause();
    try {
      const started = audio.play();
      this.host.requestUpdate();
      await started;
    } catch (error) {
      // NotAllowedError (autoplay policy) or AbortError (the source changed): stay paused.
      if ((error as { name?: unknown } | null)?.name === 'NotSupportedError') this.mediaFailed();
    } finally {
      this.host.requestUpdate();
    }
  }

  pause(): void {
    if (!this.element || this.element.paused) return;
    this.element.pause();
    this.host.requestUpdate();
  }

  async toggle(): Promise<void> {
    if (this.playing) this.pause();
    else await this.resume();
  }

  /** Moves to `seconds` (clamped to the audio). */
  seek(seconds: number): void {
    const audio = this.element;
    if (!audio || this.status !== 'ready' || !Number.isFinite(seconds)) return;
    const end = this.duration ?? 0;
    let target = Math.max(0, Math.min(end, seconds));
    // The media's own end, when known, may be shorter than the source's duration said.
    if (Number.isFinite(audio.duration)) target = Math.min(target, Math.max(0, audio.duration - END_MARGIN_SECONDS));
    audio.currentTime = target;
    this.currentTime = this.positionOf(audio);
    this.host.requestUpdate();
  }

  seekBy(delta: number): void {
    this.seek(this.currentTime + delta);
  }

  /** Stops, forgets the source and frees its audio. */
  close(): void {
    if (this.status === 'idle' && !this.source) return;
    this.release();
    this.reset();
  }

  /** Closes the player when `key` is the audio it holds (the item was deleted). */
  forget(key: string): void {
    if (this.source?.key === key) this.close();
  }

  /** Keyboard of the player (on its group): Space/K toggle, ←/→/↑/↓ seek, Home/End. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.composedPath()[0] instanceof HTMLButtonElement;
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = SEEK_STEP_SECONDS;
    switch (event.key) {
      case ' ':
        if (onButton) return; // the button's own click
        void this.toggle();
        break;
      case 'k':
      case 'K':
        void this.toggle();
        break;
      case 'ArrowLeft':
        this.seekBy(rtl ? step : -step);
        break;
      case 'ArrowRight':
        this.seekBy(rtl ? -step : step);
        break;
      case 'ArrowDown':
        this.seekBy(-step);
        break;
      case 'ArrowUp':
        this.seekBy(step);
        break;
      case 'Home':
        this.seek(0);
        break;
      case 'End':
        this.seek(this.duration ?? 0);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** The seek slider moved. */
  readonly onSeekInput = (event: Event): void => {
    event.stopPropagation();
    this.seek(Number((event.currentTarget as HTMLInputElement).value));
  };

  readonly onTimeUpdate = (): void => {
    if (!this.element || this.status !== 'ready') return;
    this.currentTime = this.positionOf(this.element);
    this.host.requestUpdate();
  };

  readonly onDurationChange = (): void => {
    const d = this.element?.duration;
    this.mediaDuration = d !== undefined && Number.isFinite(d) && d > 0 ? d : undefined;
    this.host.requestUpdate();
  };

  /** play, pause, ended: the button's label follows the media. */
  readonly onPlayState = (event: Event): void => {
    if (event.type === 'play') for (const other of players) if (other !== this) other.pause();
    this.host.requestUpdate();
  };

  readonly onMediaError = (): void => {
    // Only an error of the audio we gave it (not of a source already released).
    if (this.objectUrl && this.element?.getAttribute('src') === this.objectUrl) this.mediaFailed();
  };

  /** The media's position, seconds; within the end margin of its end counts as the end. */
  private positionOf(audio: HTMLAudioElement): number {
    const { currentTime, duration } = audio;
    return Number.isFinite(duration) && currentTime >= duration - END_MARGIN_SECONDS ? duration : currentTime;
  }

  private mediaFailed(): void {
    const source = this.source;
    this.release();
    this.source = source;
    this.status = 'error';
    this.error = { kind: 'media' };
    this.host.requestUpdate();
  }

  private reset(): void {
    this.source = undefined;
    this.status = 'idle';
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Aborts a load, stops the audio and revokes its URL. */
  private release(): void {
    this.session++;
    this.loading?.abort(new DOMException('Playback moved on.', 'AbortError'));
    this.loading = undefined;
    const audio = this.element;
    if (audio?.hasAttribute('src')) {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    }
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = undefined;
    this.loaded = undefined;
    this.currentTime = 0;
    this.mediaDuration = undefined;
  }
}
