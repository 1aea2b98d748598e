import { nextFrame, waitUntil } from '@open-wc/testing';
import { PATIENCE_MS } from './patience.js';

/** Elements inside an element's shadow root (one level). */
export function $<E extends Element = HTMLElement>(host: Element, selector: string): E | null {
  return host.shadowRoot!.querySelector<E>(selector);
}

export function $$<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...host.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function textOf(host: Element): string {
  return (host.shadowRoot?.textContent ?? host.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Every text `host` shows from now on, one entry per change of its shadow DOM (a message shown
 * for a moment is caught, which polling can miss); `stop()` ends the recording.
 */
export function recordTexts(host: Element): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(textOf(host)));
  observer.observe(host.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

/** Waits until the shadow root's text contains `text`. */
export async function waitForText(host: Element, text: string, timeout = PATIENCE_MS): Promise<void> {
  await waitUntil(() => textOf(host).includes(text), `"${text}" never appeared in: ${textOf(host).slice(0, 300)}`, { timeout });
}

/** Waits until a selector matches inside the shadow root. */
export async function waitFor<E extends Element = HTMLElement>(host: Element, selector: string, timeout = PATIENCE_MS): Promise<E> {
  await waitUntil(() => $(host, selector), `${selector} never appeared`, { timeout });
  return $<E>(host, selector)!;
}

/** Button in the shadow root whose text is exactly `label`. */
export function button(host: Element, label: string): HTMLButtonElement | undefined {
  return $$<HTMLButtonElement>(host, 'button').find((b) => b.textContent?.trim() === label);
}

/** Types into an input the way a user does (sets value, fires input and change). */
export function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Lets what just happened reach the screen: the element's pending update, one animation frame
 * (virtual tables render rows in a frame), and the update that frame may have asked for.
 */
export async function afterRender(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}
