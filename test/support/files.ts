import { encodeWav } from '../../src/providers/demo/wav.js';
import { $ } from './dom.js';

/** Puts `file` into the element's file input, as the file picker does. */
export function chooseFile(el: Element, file: File): void {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A small real WAV (silence), `seconds` long at 8 kHz. */
export function wavFile(name: string, seconds = 1): File {
  return new File([encodeWav(new Int16Array(Math.round(seconds * 8000)), 8000)], name, { type: 'audio/wav' });
}
