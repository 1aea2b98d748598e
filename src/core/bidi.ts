/**
 * Server strings (file names, numbers, descriptions) shown among the page's own text must not
 * reorder it: a name holding U+202E RIGHT-TO-LEFT OVERRIDE shows `invoice‮exe.wav` as
 * "invoicevaw.exe". Names pass through {@link plainText} where they are formatted (lists,
 * status lines, dialogs, download names), and the places that show them isolate them
 * (`unicode-bidi: isolate`), so the characters of a name stay inside it.
 */

/** Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks LRM, RLM, ALM. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidi control characters (a server string, before it is shown or saved). */
export function plainText(text: string): string {
  return typeof text === 'string' ? text.replace(BIDI_CONTROLS, '') : text;
}

/** True when `text` holds a bidi control character. */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  const found = BIDI_CONTROLS.test(text);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
}
