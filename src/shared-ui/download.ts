import { plainText } from '../core/bidi.js';

/**
 * Saves a Blob as a file: an object URL on a temporary `<a download>`, clicked, then revoked.
 * Nothing is added to the page and no credential is ever part of the URL (it is a `blob:` URL
 * of data already in memory).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  try {
    link.click();
  } finally {
    // The click has started the download synchronously; revoking on the next task is safe in
    // every browser and frees the data right away.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/**
 * A file name made safe for every OS: characters that Windows, macOS or Linux refuse
 * (`\ / : * ? " < > |`, control characters) become `-`; bidi controls are removed, so
 * `invoice\u202Eexe.wav` cannot be saved looking like `invoicevaw.exe`.
 */
export function safeFileName(name: string): string {
  return (
    plainText(name)
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
      .trim() || 'download'
  );
}
