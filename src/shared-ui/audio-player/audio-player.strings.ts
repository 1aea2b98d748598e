/** Text of the audio player. Hosts merge it into the element's own strings table. */
export const audioPlayerStrings = {
  player: 'Audio player',
  nowPlaying: 'Now playing:',
  play: 'Play',
  pause: 'Pause',
  seek: 'Seek',
  closePlayer: 'Close player',
  /** `current` and `total` are formatted durations, e.g. "1:05 of 3:20". */
  playerTime: (current: string, total: string) => `${current} of ${total}`,
  loadingAudio: 'Loading audio…',
  audioFailed: 'The audio could not be loaded:',
  audioUnplayable: 'This audio cannot be played in this browser.',
};

export type AudioPlayerStrings = typeof audioPlayerStrings;
