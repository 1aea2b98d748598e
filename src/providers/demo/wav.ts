/** A RIFF/WAVE writer for 16-bit little-endian mono PCM. */
export function encodeWav(samples: Int16Array, sampleRate: number): ArrayBuffer {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i]!, true);
  return buffer;
}

/** Size in bytes of a WAV of `seconds` at `sampleRate` (16-bit mono). */
export function wavSize(seconds: number, sampleRate: number): number {
  return 44 + Math.round(seconds * sampleRate) * 2;
}

/**
 * The duration in seconds of a RIFF/WAVE file from its first bytes (`header`, at least up to
 * the start of its `data` chunk) and its size; `undefined` when it is not a PCM WAV we can read.
 */
export function wavDurationSeconds(header: ArrayBuffer, fileSize: number): number | undefined {
  const view = new DataView(header);
  const text = (offset: number) => String.fromCharCode(...new Uint8Array(header, offset, 4));
  if (view.byteLength < 12 || text(0) !== 'RIFF' || text(8) !== 'WAVE') return undefined;
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= view.byteLength;) {
    const id = text(offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ' && offset + 20 <= view.byteLength) byteRate = view.getUint32(offset + 16, true);
    if (id === 'data') {
      if (!(byteRate > 0)) return undefined;
      const data = Math.min(size, Math.max(0, fileSize - offset - 8));
      return Math.round((data / byteRate) * 1000) / 1000;
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}
