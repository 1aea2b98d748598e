/** The audio player as a controller + template, for any element that plays provider audio. */
export {
  AudioPlayerController,
  SEEK_STEP_SECONDS,
  type AudioPlayerError,
  type AudioPlayerOptions,
  type AudioPlayerStatus,
  type AudioSource,
} from './audio-player-controller.js';
export { renderAudioPlayer, type AudioPlayerTemplateOptions } from './audio-player-template.js';
export { audioPlayerStrings, type AudioPlayerStrings } from './audio-player.strings.js';
export { audioPlayerStyles } from './audio-player.styles.js';
