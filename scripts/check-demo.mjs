// Opens the BUILT demo host page (what `npm start` shows; build it first with
// `npx vite build --config demo/vite.config.ts`) in Chromium, as a person would look at it:
// - on the demo backend at portal, tablet and phone widths (1280, 820, 390 px), at 320 px (a 1280 px
//   window zoomed to 400%: WCAG's reflow width) and at 1280 px in the system's dark scheme, every
//   section settles with content (no loading, error or "no provider" state) and the page does
//   not scroll sideways (a header or a section wider than the screen);
// - the account menu opens inside the screen and each of its items is legible on the dropdown
//   (contrast at least 4.5:1: white-on-white items once shipped here unnoticed);
// - on the HTTP and Kazoo backends (the mock servers in a service worker) every section settles
//   without an error state;
// - no page error and no console error anywhere.
//
//   node scripts/check-demo.mjs
//
// Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium), driven by puppeteer-core; the
// build is served by Vite's preview server on 127.0.0.1.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['user', 'account', 'service-plan', 'per-minute', 'transactions', 'bills', 'media', 'block-list'];
const WIDTHS = [
  { name: 'portal', width: 1280, height: 900 },
  { name: 'tablet', width: 820, height: 1100 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'zoomed to 400%', width: 320, height: 900 },
];
const TIMEOUT_MS = 20_000;

if (!existsSync(join(root, 'demo-dist', 'index.html'))) {
  console.error('demo-dist/ is missing: run `npx vite build --config demo/vite.config.ts` first.');
  process.exit(1);
}

const server = await preview({ configFile: join(root, 'demo/vite.config.ts'), preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
  // Scroll bars as a desktop on Windows or Linux shows them, taking their 15 px of the page's
  // and each table's width (puppeteer hides them by default).
  ignoreDefaultArgs: ['--hide-scrollbars'],
});

/** Settled: the shell shows `section`, whose shadow root has a title and nothing loading or busy. Returns what is wrong, or ''. */
function sectionState(section) {
  const shell = document.querySelector('account-settings');
  const el = shell?.sectionElement;
  const r = el?.shadowRoot;
  if (!shell || shell.section !== section || !r) return 'pending';
  if (r.querySelector('[part~="error"]')) return `error: ${r.querySelector('[part~="error"]').textContent.trim().replace(/\s+/g, ' ')}`;
  if (r.querySelector('[part~="no-provider"]')) return 'shows "no provider"';
  if (r.querySelector('[part~="loading"], .placeholder, [aria-busy="true"]') || !r.querySelector('[part="title"], h2')) return 'pending';
  return '';
}

/** The account menu, opened: where its dropdown is, and each item's contrast on it. */
async function menuReport() {
  const menu = document.querySelector('account-menu');
  menu.shadowRoot.querySelector('button[aria-haspopup]').click();
  await menu.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const popup = menu.shadowRoot.querySelector('[part~="menu"]');
  const rgb = (color) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const opaque = (color) => rgb(color).length === 3 || rgb(color)[3] > 0;
  const popupBackground = getComputedStyle(popup).backgroundColor;
  const items = [...menu.shadowRoot.querySelectorAll('[role="menuitem"]'), ...menu.querySelectorAll('[role="menuitem"]')].map((item) => {
    const style = getComputedStyle(item);
    const background = opaque(style.backgroundColor) ? style.backgroundColor : popupBackground;
    const [a, b] = [luminance(rgb(style.color)), luminance(rgb(background))].sort((x, y) => y - x);
    return { text: item.textContent.trim(), contrast: (a + 0.05) / (b + 0.05) };
  });
  const box = popup.getBoundingClientRect();
  const scrollWidth = document.documentElement.scrollWidth;
  menu.shadowRoot.querySelector('button[aria-haspopup]').click();
  return { left: box.left, right: box.right, visible: box.width > 0, items, viewport: document.documentElement.clientWidth, scrollWidth };
}

const problems = [];
let checked = 0;

async function visit({ backend, width, height, name, menu, dark = false }) {
  const page = await browser.newPage();
  const where = `${backend} backend, ${name} (${width} px${dark ? ', dark' : ''})`;
  page.on('pageerror', (error) => problems.push(`${where}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where}: console error: ${message.text()}`);
  });
  try {
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(`${base}?backend=${backend}#/account/user`, { waitUntil: 'load' });
    for (const section of SECTIONS) {
      // The demo routes on the hash, as a host portal would.
      await page.evaluate((s) => (location.hash = `#/account/${s}`), section);
      let state = 'pending';
      const until = Date.now() + TIMEOUT_MS;
      while (Date.now() < until) {
        state = await page.evaluate(sectionState, section);
        if (state !== 'pending') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      checked += 1;
      if (state) {
        problems.push(`${where}, ${section}: ${state === 'pending' ? `not settled in ${TIMEOUT_MS / 1000} s` : state}`);
        continue;
      }
      // The room inside the page's scroll bar (a window's innerWidth counts the bar too).
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth)
        problems.push(`${where}, ${section}: the page scrolls sideways (${scrollWidth} px wide in ${clientWidth} px of window)`);
    }
    if (menu) {
      const report = await page.evaluate(menuReport);
      if (!report.visible) problems.push(`${where}: the account menu did not open`);
      if (report.scrollWidth > report.viewport)
        problems.push(`${where}: with the account menu open, the page scrolls sideways (${report.scrollWidth} px wide)`);
      if (report.left < 0 || report.right > report.viewport)
        problems.push(
          `${where}: the account menu's dropdown leaves the screen (${Math.round(report.left)}–${Math.round(report.right)} px)`,
        );
      for (const item of report.items) {
        if (!(item.contrast >= 4.5))
          problems.push(
            `${where}: account menu item "${item.text}" has contrast ${item.contrast.toFixed(2)}:1 on the dropdown (at least 4.5:1)`,
          );
      }
      if (report.items.length < 3)
        problems.push(`${where}: the account menu shows ${report.items.length} items (Account and the page's two)`);
    }
  } finally {
    await page.close();
  }
}

try {
  await Promise.all(WIDTHS.map((w) => visit({ backend: 'demo', ...w, menu: true })));
  await Promise.all([
    // The page and the elements follow the system's dark scheme: the menu must stay legible there too.
    visit({ backend: 'demo', ...WIDTHS[0], menu: true, dark: true }),
    ...['http', 'kazoo'].map((backend) => visit({ backend, ...WIDTHS[0], menu: false })),
  ]);
} finally {
  await browser.close();
  await server.close();
}

if (problems.length) {
  console.error(`Demo host page: ${problems.length} problem(s) in ${checked} section views:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Demo host page: ${checked} section views settled (demo backend at ${WIDTHS.map((w) => w.width).join(', ')} px, and dark at ${WIDTHS[0].width} px; HTTP and Kazoo at ${WIDTHS[0].width} px), no sideways scroll, account menu legible and on screen`,
);
