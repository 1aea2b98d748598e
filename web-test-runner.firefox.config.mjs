/**
 * The element, shared-UI, core, i18n and fuzz tests in a second engine: Debian's Firefox ESR
 * (Gecko), driven by puppeteer-core over WebDriver BiDi (no geckodriver, nothing downloaded).
 * Same server, plugins and middleware as web-test-runner.config.mjs; only the browser and the
 * default files differ. The other suites (stories, faults, leaks, CSP, theming, examples) test
 * our code more than the engine and take four more minutes one page at a time; they can be run
 * here too (TEST_FILES naming every test file, see the README): all pass except theming, whose colour-scheme
 * emulation needs the DevTools protocol.
 *
 *   apt-get install -y firefox-esr
 *   npx wtr --config web-test-runner.firefox.config.mjs
 *   TEST_FILES=test/elements/user-panel.test.ts npx wtr --config web-test-runner.firefox.config.mjs
 *
 * FIREFOX_PATH overrides /usr/bin/firefox-esr.
 */
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: process.env.TEST_FILES
    ? process.env.TEST_FILES.split(',')
    : ['test/elements/**/*.test.ts', 'test/shared-ui/**/*.test.ts', 'test/core/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
  // One page at a time: Firefox delivers WebDriver BiDi key presses (sendKeys) only to the tab in
  // front, so parallel pages lose keyboard input, and background tabs are throttled.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      // A puppeteer instance makes the launcher honour `browser: 'firefox'` (and name it Firefox).
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        extraPrefsFirefox: {
          // Parallel pages are background tabs: keep their timers and frames running.
          'dom.min_background_timeout_value': 0,
          'dom.timeout.enable_budget_timer_throttling': false,
          'layout.throttled_frame_rate': 60,
          // Tests start playback with element.click() (no user activation); headless Chromium
          // allows that, Firefox blocks audible autoplay by default.
          'media.autoplay.default': 0,
          'media.autoplay.blocking_policy': 0,
          // No sound device on a CI machine: without a mock audio backend, playback fails with
          // MEDIA_ERR_DECODE "OnMediaSinkAudioError" (the player then says it cannot play).
          'media.cubeb.force_mock_context': true,
        },
      },
    }),
  ],
};
