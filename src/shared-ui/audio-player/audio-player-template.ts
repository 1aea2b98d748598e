import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { formatDuration } from '../../core/format.js';
import type { AudioPlayerController } from './audio-player-controller.js';
import type { AudioPlayerStrings } from './audio-player.strings.js';

export interface AudioPlayerTemplateOptions {
  /** Locale of the times shown. */
  locale?: string | undefined;
  /** Prefix of the ids inside the host's shadow root (default `player`). */
  idPrefix?: string;
}

const stop = (event: Event) => event.stopPropagation();

/** The status line's text: loading, or why the audio cannot play. */
function statusText(p: AudioPlayerController, text: AudioPlayerStrings): string {
  if (p.status === 'loading') return text.loadingAudio;
  if (p.status !== 'error' || !p.error) return '';
  return p.error.kind === 'load' ? `${text.audioFailed} ${p.error.error.message}` : text.audioUnplayable;
}

/**
 * The audio player's markup: a group named after what plays, with a **Play** / **Pause** button
 * (its label follows the state), a seek slider (`aria-valuetext` "1:05 of 3:20"), the time, a
 * **Close player** button, a status line (loading, errors) that is always present so it is
 * announced, and the `<audio>` element itself (no native controls). Hidden while idle. The
 * slider's `input`/`change` events stay inside the host.
 */
export function renderAudioPlayer(p: AudioPlayerController, text: AudioPlayerStrings, o: AudioPlayerTemplateOptions = {}): TemplateResult {
  const id = o.idPrefix ?? 'player';
  const ready = p.status === 'ready';
  const duration = p.duration;
  const current = formatDuration(Math.floor(p.currentTime), o.locale);
  const total = duration === undefined ? undefined : formatDuration(duration, o.locale);
  const time = total === undefined ? current : text.playerTime(current, total);
  const playing = p.playing;
  return html`<div class="audio-player" part="player">
    <div class="player-body" role="group" aria-labelledby="${id}-title" ?hidden=${p.status === 'idle'} @keydown=${p.onKeydown}>
      <p class="player-title" part="player-title" id="${id}-title">
        <span class="visually-hidden">${text.nowPlaying} </span><span class="player-name">${p.source?.title ?? ''}</span>
      </p>
      <div class="player-controls">
        <button class="button player-toggle" part="player-toggle button" type="button" ?disabled=${!ready} @click=${() => void p.toggle()}>
          <span class="player-icon ${playing ? 'pause' : 'play'}" aria-hidden="true"></span>${playing ? text.pause : text.play}
        </button>
        <input
          class="player-seek"
          part="player-seek"
          type="range"
          min="0"
          max=${duration ?? 0}
          step="any"
          .value=${live(String(Math.min(p.currentTime, duration ?? 0)))}
          aria-label=${text.seek}
          aria-valuetext=${time}
          ?disabled=${!ready || duration === undefined}
          @input=${p.onSeekInput}
          @change=${stop}
        />
        <span class="player-time" part="player-time" aria-hidden="true">${time}</span>
        <button class="button player-close" part="player-close button" type="button" aria-label=${text.closePlayer} @click=${() => p.close()}>
          <span class="player-close-icon" aria-hidden="true"></span>
        </button>
      </div>
    </div>
    <p class="player-status ${p.status === 'error' ? 'failed' : ''}" part="player-status" role="status">${statusText(p, text)}</p>
    <audio
      ${ref(p.audioRef)}
      preload="auto"
      @timeupdate=${p.onTimeUpdate}
      @durationchange=${p.onDurationChange}
      @loadedmetadata=${p.onDurationChange}
      @play=${p.onPlayState}
      @pause=${p.onPlayState}
      @ended=${p.onPlayState}
      @error=${p.onMediaError}
    ></audio>
  </div>`;
}
