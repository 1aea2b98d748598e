// Opens EVERY story of the built Storybook (run `npm run build:storybook` first) in Chromium and
// checks that it renders: each of the package's elements in the story canvas is defined
// (`customElements.get(tag)`) and has content in its shadow root, and Storybook shows no error.
// A production build that drops the side-effect imports that register the elements (package.json
// `sideEffects`) passes `storybook build` but renders blank canvases: this is the check for it.
//
//   node scripts/check-storybook.mjs [storybook-static]     (STORYBOOK_CHECK_PAGES=3 pages at a time)
//
// storybook-static/ is served by a small static server on 127.0.0.1; Chromium is Debian's
// (CHROME_PATH, default /usr/bin/chromium), driven by puppeteer-core.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, process.argv[2] ?? 'storybook-static');
const TIMEOUT_MS = 15_000;

if (!existsSync(join(dir, 'index.json')) || !existsSync(join(dir, 'iframe.html'))) {
  console.error(`${dir} holds no built Storybook: run \`npm run build:storybook\` first.`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const TAGS = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => d.tagName).filter(Boolean));

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
// STORYBOOK_CHECK_ONLY=<regex> narrows the run to matching story ids (for local debugging).
const only = process.env.STORYBOOK_CHECK_ONLY ? new RegExp(process.env.STORYBOOK_CHECK_ONLY) : undefined;
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && (!only || only.test(entry.id)));
if (stories.length === 0) {
  console.error('index.json lists no stories.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(dir, path));
  if (file !== dir && !file.startsWith(dir + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Runs in the story iframe: the state of the canvas, or `null` while it is still rendering. */
function canvasState(tags) {
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    return { error: (document.querySelector('#error-message')?.textContent ?? 'Storybook error').trim() };
  }
  const canvas = document.querySelector('#storybook-root') ?? document.querySelector('#root');
  if (!canvas || !body.classList.contains('sb-show-main')) return null;
  const found = [...canvas.querySelectorAll('*')].filter((el) => tags.includes(el.localName));
  const elements = found.map((el) => {
    const shadow = el.shadowRoot;
    const content = shadow ? shadow.children.length > 0 || (shadow.textContent ?? '').trim() !== '' : false;
    return { tag: el.localName, defined: customElements.get(el.localName) !== undefined, content };
  });
  return { elements, undefinedTags: [...new Set(found.map((el) => el.localName))].filter((tag) => !customElements.get(tag)) };
}

const failures = [];
const started = Date.now();
const CONCURRENCY = Math.max(1, Number(process.env.STORYBOOK_CHECK_PAGES ?? 3));

/** Opens one story in its own page load (the preview bundle registers the elements each time). */
async function checkStory(page, pageErrors, story, failures) {
  pageErrors.length = 0;
  const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`;
  const label = `${story.title} › ${story.name} (${story.id})`;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    let state = null;
    const deadline = Date.now() + TIMEOUT_MS;
    // Rendered when Storybook shows the canvas, holds at least one of our elements, and every
    // one of them is defined with content in its shadow root (or Storybook shows an error).
    for (;;) {
      state = await page.evaluate(canvasState, TAGS).catch(() => null);
      const done = state && (state.error || (state.elements.length > 0 && state.elements.every((el) => el.defined && el.content)));
      if (done || Date.now() > deadline) break;
      await new Promise((ok) => setTimeout(ok, 50));
    }
    if (!state) failures.push(`${label}: the story never rendered`);
    else if (state.error) failures.push(`${label}: Storybook error: ${state.error.slice(0, 300)}`);
    else if (state.elements.length === 0) failures.push(`${label}: no element of the package in the canvas`);
    else {
      const empty = [...new Set(state.elements.filter((el) => el.defined && !el.content).map((el) => el.tag))];
      if (state.undefinedTags.length) failures.push(`${label}: not defined: ${state.undefinedTags.map((t) => `<${t}>`).join(', ')}`);
      if (empty.length) failures.push(`${label}: empty shadow root: ${empty.map((t) => `<${t}>`).join(', ')}`);
    }
    if (pageErrors.length) failures.push(`${label}: page error: ${pageErrors[0].slice(0, 300)}`);
  } catch (error) {
    failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const queue = [...stories];
await Promise.all(
  Array.from({ length: Math.min(CONCURRENCY, stories.length) }, async () => {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    for (let story = queue.shift(); story; story = queue.shift()) {
      // A second attempt for a story that fails once: a loaded CI machine can time out a page load.
      let found = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        found = [];
        await checkStory(page, pageErrors, story, found);
        if (found.length === 0) break;
      }
      failures.push(...found);
    }
    await page.close();
  }),
);

await browser.close();
server.close();

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`Built Storybook: ${failures.length} of ${stories.length} stories do not render (${seconds} s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Built Storybook: all ${stories.length} stories render their elements with content (${seconds} s).`);
