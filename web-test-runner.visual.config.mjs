// Visual baselines (npm run test:visual): screenshots of every section in Debian's Chromium,
// compared with the PNGs committed under test/visual/screenshots/baseline. Threshold and how to
// update the baselines: CONTRIBUTING.md.
import { windowScreenshots } from './test/visual/screenshot-plugin.mjs';
import base from './web-test-runner.config.mjs';

// scripts/check-visual-fails.mjs proves the suite fails on a layout change: it sets
// VISUAL_MUTATION_CSS, which this config adds to every test page as a style sheet.
const mutation = process.env.VISUAL_MUTATION_CSS;

export default {
  ...base,
  ...(mutation
    ? {
        testRunnerHtml: (testFramework) =>
          `<!DOCTYPE html><html><head><style>${mutation}</style></head><body><script type="module" src="${testFramework}"></script></body></html>`,
      }
    : {}),
  files: ['test/visual/**/*.visual.ts'],
  concurrency: 1,
  plugins: [
    ...base.plugins,
    // The plugin's visual-diff command, capturing what a window shows (see screenshot-plugin.mjs).
    windowScreenshots({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      // A pixel counts as changed past pixelmatch's colour distance 0.1 (anti-aliasing ignored)…
      diffOptions: { threshold: 0.1, includeAA: false },
      // …and a screenshot fails when more than 0.1 % of its pixels changed.
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
};
