// Takes docs/screenshot.png of the demo host page (npm run screenshot): starts the demo's Vite
// server, opens it in Debian's Chromium and captures the account settings.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';

const section = process.argv[2] ?? 'user';
const out = process.argv[3] ?? 'docs/screenshot.png';
const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0 }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(process.env.WIDTH ?? 1280), height: Number(process.env.HEIGHT ?? 800), deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${url}?backend=${process.env.BACKEND ?? 'demo'}#/account/${section}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 1500));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
