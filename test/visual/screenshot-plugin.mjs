/**
 * The `visual-diff` command of @web/test-runner-visual-regression, with the screenshot taken of
 * the page as a window shows it.
 *
 * Puppeteer captures an element "beyond the viewport" by default. Chromium then lays the page out
 * again for the capture with scroll bars hidden: a scrolling box whose height includes its sideways
 * scroll bar (the bills table on a phone) is captured without its bar, and keeps no bar after.
 * Here the window is made tall enough for the element first, a resize the page lays out as it
 * would a user's, and the capture stays inside the window. The comparison is the plugin's own.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@web/test-runner-visual-regression/plugin'));
const { visualDiffCommand } = require(path.join(dist, 'visualDiffCommand.js'));
const { defaultOptions } = require(path.join(dist, 'config.js'));

/** @param {Record<string, any>} options the options of `visualRegressionPlugin` */
export function windowScreenshots(options) {
  const merged = { ...defaultOptions, ...options, diffOptions: { ...defaultOptions.diffOptions, ...options.diffOptions } };
  return {
    name: 'window-screenshots',
    async executeCommand({ command, session, payload }) {
      if (command !== 'visual-diff' || session.browser.type !== 'puppeteer') return undefined;
      const page = session.browser.getPage(session.id);
      const handle = await page.evaluateHandle((id) => window.__WTR_VISUAL_REGRESSION__?.[id], payload.id);
      const element = handle.asElement();
      if (!element) return { errorMessage: 'The element to screenshot is not on the page.', diffPercentage: -1, passed: false };
      const viewport = page.viewport();
      const bottom = Math.ceil(await element.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY));
      const grow = viewport && bottom > viewport.height;
      if (grow) {
        await page.setViewport({ ...viewport, height: bottom + 16 });
        // Two frames: the resize laid out, then anything measured in a frame after it.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      }
      try {
        const screenshot = await element.screenshot({ captureBeyondViewport: false });
        return await visualDiffCommand(merged, Buffer.from(screenshot), payload.name, {
          testFile: session.testFile,
          browser: session.browser.name,
        });
      } finally {
        if (grow) await page.setViewport(viewport);
      }
    },
  };
}
