import { Random } from './random.js';

/**
 * Deterministic audio for the demo: chimes, DTMF, a hold-music arpeggio and a speech-like
 * voice (harmonics shaped by two formants, in syllables). Not speech, but clearly a greeting,
 * a menu, music or a two-party conversation when played.
 */

export type SoundKind = 'greeting' | 'menu' | 'music' | 'conversation';

export const SAMPLE_RATE = 8000;
const TAU = 2 * Math.PI;
const DTMF: Record<string, [number, number]> = {
  '1': [697, 1209],
  '2': [697, 1336],
  '3': [697, 1477],
  '4': [770, 1209],
  '5': [770, 1336],
  '6': [770, 1477],
  '7': [852, 1209],
  '8': [852, 1336],
  '9': [852, 1477],
  '*': [941, 1209],
  '0': [941, 1336],
  '#': [941, 1477],
};

class Track {
  readonly data: Float32Array;
  constructor(seconds: number) {
    this.data = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  }

  /** Adds `wave(t)` for `t` in `[0, length)` starting at `at` seconds. */
  add(at: number, length: number, wave: (t: number) => number): void {
    const first = Math.max(0, Math.round(at * SAMPLE_RATE));
    const last = Math.min(this.data.length, Math.round((at + length) * SAMPLE_RATE));
    for (let n = first; n < last; n++) this.data[n]! += wave(n / SAMPLE_RATE - at);
  }

  chime(at: number): void {
    [659.25, 830.61, 987.77].forEach((f, k) => this.add(at + k * 0.22, 1.2, (t) => 0.25 * Math.sin(TAU * f * t) * Math.exp(-4 * t)));
  }

  dtmf(at: number, digits: string): number {
    for (const d of digits) {
      const [lo, hi] = DTMF[d] ?? DTMF['0']!;
      this.add(at, 0.12, (t) => 0.2 * (Math.sin(TAU * lo * t) + Math.sin(TAU * hi * t)));
      at += 0.2;
    }
    return at;
  }

  /** Syllables of a voice with fundamental `f0` from `at` to `end` seconds. */
  voice(r: Random, at: number, end: number, f0: number): void {
    while (at < end - 0.15) {
      const length = Math.min(end - at, 0.1 + 0.22 * r.next());
      const f1 = 350 + 500 * r.next();
      const f2 = 900 + 1300 * r.next();
      const pitch = f0 * (0.9 + 0.2 * r.next());
      // Only the harmonics near a formant are audible enough to be worth computing.
      const partials: Array<[number, number]> = [];
      for (let h = 1; h * pitch < 3400; h++) {
        const f = h * pitch;
        const gain = Math.exp(-(((f - f1) / 250) ** 2)) + 0.5 * Math.exp(-(((f - f2) / 400) ** 2));
        if (gain > 0.03 || h === 1) partials.push([h, h === 1 ? Math.max(gain, 0.2) : gain]);
      }
      this.add(at, length, (t) => {
        const phase = TAU * pitch * (t - (0.06 / (TAU * 2)) * Math.cos(TAU * 2 * t));
        let s = 0;
        for (const [h, gain] of partials) s += gain * Math.sin(h * phase);
        return 0.12 * s * Math.sin((Math.PI * t) / length);
      });
      at += length + (r.chance(0.15) ? 0.35 + 0.3 * r.next() : 0.03 + 0.08 * r.next());
    }
  }

  music(r: Random, seconds: number): void {
    const root = 196 * 2 ** (r.int(0, 7) / 12);
    const progression = [
      [0, 4, 7],
      [7, 11, 14],
      [9, 12, 16],
      [5, 9, 12],
    ];
    const beat = 0.3 + 0.1 * r.next();
    for (let n = 0, at = 0; at < seconds; n++, at += beat) {
      const chord = progression[Math.floor(n / 8) % 4]!;
      const f = root * 2 ** (chord[n % 3]! / 12) * (n % 6 < 3 ? 2 : 1);
      this.add(at, beat * 2, (t) => 0.22 * Math.sin(TAU * f * t) * Math.exp(-3 * t));
      if (n % 4 === 0) this.add(at, beat * 4, (t) => 0.18 * Math.sin(TAU * (root / 2) * 2 ** (chord[0]! / 12) * t) * Math.exp(-1.2 * t));
    }
  }

  pcm(): Int16Array {
    const out = new Int16Array(this.data.length);
    for (let n = 0; n < out.length; n++) out[n] = Math.round(32767 * Math.max(-1, Math.min(1, this.data[n]!)));
    return out;
  }
}

/** `seconds` of 8 kHz PCM for `kind`, the same for the same `seed`. */
export function synthesize(kind: SoundKind, seed: number, seconds: number): Int16Array {
  const r = new Random(seed, 9);
  const track = new Track(seconds);
  switch (kind) {
    case 'music':
      track.music(r, seconds);
      break;
    case 'greeting':
      track.chime(0);
      track.voice(r, 1.3, seconds - 0.3, 170 + 60 * r.next());
      break;
    case 'menu': {
      const f0 = 150 + 80 * r.next();
      const speechEnd = Math.max(1, seconds - 1.2);
      track.voice(r, 0.2, speechEnd, f0);
      track.dtmf(speechEnd + 0.2, String(r.int(1, 9)));
      break;
    }
    case 'conversation': {
      track.add(0, 0.25, (t) => 0.2 * Math.sin(TAU * 1400 * t));
      const voices = [110 + 30 * r.next(), 190 + 40 * r.next()];
      for (let at = 0.6, who = 0; at < seconds; who ^= 1) {
        const turn = 1.5 + 4 * r.next();
        track.voice(r, at, Math.min(seconds, at + turn), voices[who]!);
        at += turn + 0.2 + 0.5 * r.next();
      }
      break;
    }
  }
  return track.pcm();
}
