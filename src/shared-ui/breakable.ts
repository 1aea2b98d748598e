import { html } from 'lit';

const wbr = html`<wbr />`;

/**
 * Text that may wrap only where people expect it: after each `@` and `.` of an e-mail address,
 * a domain or a dotted name (`lukas.martins@cedarridge.example` → `lukas.` `martins@`
 * `cedarridge.` `example`), after each `/` of a time zone (`America/` `Argentina/`
 * `Buenos_Aires`), and at its spaces; never in the middle of a word. Pair it with
 * `overflow-wrap: break-word` (not `anywhere`), which splits a word only when a single piece
 * is wider than the whole line.
 */
export function breakable(text: string): unknown[] {
  const pieces = text.split(/(?<=[@./])(?=.)/);
  return pieces.flatMap((piece, i) => (i < pieces.length - 1 ? [piece, wbr] : [piece]));
}
