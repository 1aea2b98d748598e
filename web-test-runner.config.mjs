import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { countReporter } from './scripts/count-reporter.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const ESM_BUNDLES = { '/__esm/ajv-2020.js': 'ajv/dist/2020.js' };
const bundled = {};
let serverRendered;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  // Pages of one browser in parallel (2 cores: more pages only queue).
  concurrency: 4,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      // Each test page in its own browser context, so its own window: headless Chromium gives
      // animation frames only to the visible page of a window, and fixtures wait for frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromium,
        headless: true,
        // Scroll bars as a desktop on Windows or Linux shows them (15 px of each scrolling box),
        // so layout tests see the room users have; puppeteer hides them by default.
        ignoreDefaultArgs: ['--hide-scrollbars'],
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  middleware: [
    // CommonJS-only test dependencies, bundled once as ES modules.
    async function esmBundles(context, next) {
      const entry = ESM_BUNDLES[context.path];
      if (!entry) return next();
      bundled[context.path] ??= build({
        stdin: { contents: `export { default } from '${entry}';`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
      }).then((result) => result.outputFiles[0].text);
      context.type = 'application/javascript';
      context.body = await bundled[context.path];
    },
    // msw's service worker must be served from the root scope.
    function mswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
    // test/ssr/hydrate.test.ts: every element server-rendered by the built package in Node
    // (scripts/render-ssr.mjs, a child process: Lit's Node build stays out of the runner).
    async function ssrElements(context, next) {
      if (context.path !== '/__ssr/elements.json') return next();
      serverRendered ??= new Promise((resolve, reject) =>
        execFile(process.execPath, ['scripts/render-ssr.mjs'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout))),
      );
      context.type = 'application/json';
      context.body = await serverRendered;
    },
    // test/csp/strict-csp.test.ts: the probe page (only) is sent with a strict CSP and Trusted Types.
    async function cspTestPage(context, next) {
      await next();
      if (context.path === '/test/csp/csp-page.html') {
        context.set('Content-Security-Policy', "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
      }
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};
