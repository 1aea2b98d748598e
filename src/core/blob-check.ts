import { ProviderError } from './errors.js';

/**
 * Files are checked by their bytes, not by what the server says they are: a sign-in page
 * answered with `200` on a bill's PDF or a recording's audio must not be saved as `bill.pdf` or
 * played. Every blob that arrives from a provider (bill download, recording download and play,
 * media file play) goes through {@link checkBlob} before it is saved or played.
 */

export type BlobKind = 'pdf' | 'audio';

const HEAD = 64;
/** Bytes read to tell a sign-in page from another web page. */
const PAGE_HEAD = 4096;

const ascii = (bytes: Uint8Array, from: number, text: string): boolean => {
  if (bytes.length < from + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** The audio containers and streams browsers play: RIFF/WAVE, ID3 / MPEG frames (MP3, ADTS AAC), Ogg, FLAC, WebM/Matroska, MP4/M4A, AIFF, AMR, CAF. */
function isAudio(b: Uint8Array): boolean {
  return (
    (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE')) ||
    ascii(b, 0, 'ID3') ||
    (b.length >= 2 && b[0] === 0xff && (b[1]! & 0xe0) === 0xe0) ||
    ascii(b, 0, 'OggS') ||
    ascii(b, 0, 'fLaC') ||
    (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) ||
    ascii(b, 4, 'ftyp') ||
    (ascii(b, 0, 'FORM') && (ascii(b, 8, 'AIFF') || ascii(b, 8, 'AIFC'))) ||
    ascii(b, 0, '#!AMR') ||
    ascii(b, 0, 'caff')
  );
}

/** A PDF: `%PDF-` within the first bytes (readers allow a little junk before it). */
function isPdf(b: Uint8Array): boolean {
  for (let i = 0; i + 5 <= b.length && i < 1024; i++) if (ascii(b, i, '%PDF-')) return true;
  return false;
}

/** The text after a BOM and white space, lower-cased. */
function leadingText(b: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false })
    .decode(b)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
}

const SIGN_IN =
  /sign[\s-]?in|log[\s-]?in|password|type=["']?password|authenticat|session (has )?expired|unauthori[sz]ed|single sign-on|\bsso\b/;

/**
 * Resolves with `blob` when its bytes are a `kind` file. Otherwise rejects with a
 * {@link ProviderError}: `unauthorized` for what looks like a sign-in page, `unknown` for any
 * other web page, JSON, text, an empty body or unrecognised bytes. Reads at most a few KB.
 */
export async function checkBlob(blob: unknown, kind: BlobKind): Promise<Blob> {
  const what = kind === 'pdf' ? 'a PDF document' : 'an audio file';
  if (!(blob instanceof Blob)) throw new ProviderError('unknown', `The provider returned no file (expected ${what}).`);
  if (blob.size === 0) throw new ProviderError('unknown', `The server sent an empty file instead of ${what}.`);
  const bytes = new Uint8Array(await blob.slice(0, Math.max(HEAD, kind === 'pdf' ? 1024 : HEAD)).arrayBuffer());
  if (kind === 'pdf' ? isPdf(bytes) : isAudio(bytes)) return blob;
  const text = leadingText(bytes);
  if (
    /^<(!doctype\s+html|html|head|body|meta|title|script|form|div|p\b|!--)/.test(text) ||
    /^<\?xml[^>]*>\s*<(!doctype\s+)?html/.test(text)
  ) {
    const page = leadingText(new Uint8Array(await blob.slice(0, PAGE_HEAD).arrayBuffer()));
    if (SIGN_IN.test(page)) {
      throw new ProviderError(
        'unauthorized',
        `The server sent a sign-in page instead of ${what}: your session may have ended. Sign in again.`,
      );
    }
    throw new ProviderError('unknown', `The server sent a web page instead of ${what}.`);
  }
  if (/^[{[]/.test(text)) throw new ProviderError('unknown', `The server sent JSON data instead of ${what}.`);
  throw new ProviderError('unknown', `The server sent a file that is not ${what}.`);
}
