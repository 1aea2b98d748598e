/**
 * Loads a BUILT example page (`npm run build && npm run build:examples`) in an iframe — the test
 * server serves the repository root — and drives it the way a user does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createDemoProvider } from '../../src/providers/demo/index.js';

/** The examples' demo data: `createDemoProvider({ seed: 'examples' })`. */
export const exampleData = createDemoProvider({ seed: 'examples', latency: 0 });

export interface LoadedExample {
  window: Window;
  document: Document;
  /** Uncaught errors and unhandled rejections inside the page since it loaded. */
  errors: string[];
  remove(): void;
}

export async function openExample(path: string): Promise<LoadedExample> {
  const page = await fetch(path);
  const text = page.ok ? await page.text() : '';
  if (!text.includes('<html')) throw new Error(`${path} is not there: run \`npm run build && npm run build:examples\` first.`);
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = 'inline-size: 1024px; block-size: 768px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { window: win, document: frame.contentDocument!, errors, remove: () => frame.remove() };
}

/** The text a user sees in `root`, shadow roots included (nodes of the iframe's realm: no instanceof). */
/** Elements inside a run of text (a line-break opportunity after "@" is not a space). */
const INLINE = new Set(['wbr', 'span', 'bdi', 'b', 'strong', 'em', 'i', 'a', 'abbr', 'small']);

export function visibleText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    let block = false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.hasAttribute('hidden')) return;
      block = !INLINE.has(el.localName);
      if (block) text += ' ';
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.localName === 'slot') (el as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
    }
    node.childNodes.forEach(walk);
    if (block) text += ' ';
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

async function find<T>(what: string, get: () => T | null | undefined): Promise<T> {
  let found: T | null | undefined;
  await waitUntil(() => (found = get()), `${what} did not appear`, { timeout: 8000 });
  return found!;
}

/** Opens the account menu in the page's header and chooses **Account**. */
export async function chooseAccountInMenu(page: LoadedExample): Promise<void> {
  const menu = await find('<account-menu>', () => page.document.querySelector('account-menu'));
  await page.window.customElements.whenDefined('account-menu');
  const account = await exampleData.getAccount();
  await waitUntil(() => visibleText(menu).includes(account.name), 'the menu button did not show the account name', { timeout: 8000 });
  const button = menu.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
  button.click();
  const item = await find('the Account menu item', () =>
    [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')].find(
      (el) => el.textContent?.trim() === 'Account' && el.offsetParent !== null,
    ),
  );
  item.click();
}

/** Waits for the page's <account-settings> to show `text`, and returns it. */
export async function settingsShowing(page: LoadedExample, text: string): Promise<HTMLElement> {
  const settings = await find('<account-settings>', () => page.document.querySelector<HTMLElement>('account-settings:not([hidden])'));
  await waitUntil(() => visibleText(settings).includes(text), `the settings did not show "${text}"`, { timeout: 8000 });
  return settings;
}

/** The flow every example supports: menu → Account → the user's name in the settings. */
export async function accountMenuOpensSettings(page: LoadedExample): Promise<HTMLElement> {
  const user = await exampleData.getCurrentUser();
  expect(page.document.querySelector('account-settings:not([hidden])'), 'settings shown before choosing Account').to.equal(null);
  await chooseAccountInMenu(page);
  return settingsShowing(page, user.username);
}
