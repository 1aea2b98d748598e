// Proves that the visual suite (npm run test:visual) fails on a deliberate layout change: runs it
// with a small style change on every test page (VISUAL_MUTATION_CSS, read by
// web-test-runner.visual.config.mjs) and fails unless every screenshot then differs from its
// baseline. Never updates the baselines.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const MUTATIONS = [
  // A 4 px shift of the whole page's content.
  'account-settings { padding-inline-start: 4px; }',
];

let ok = true;
for (const css of MUTATIONS) {
  const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.visual.config.mjs'], {
    env: { ...process.env, VISUAL_MUTATION_CSS: css },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${run.stdout}\n${run.stderr}`;
  const counts = [...out.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  const passed = counts ? Number(counts[1]) : NaN;
  const failed = counts ? Number(counts[2]) : NaN;
  const caught = run.status !== 0 && failed > 0 && passed === 0;
  console.log(`${caught ? 'caught' : 'MISSED'}: "${css}" → ${failed} screenshots differ, ${passed} still match (exit ${run.status})`);
  if (!caught) {
    ok = false;
    console.log(out.slice(-3000));
  }
}
// The failed screenshots of these runs are not failures of the product.
rmSync('test/visual/screenshots/Chrome/failed', { recursive: true, force: true });
if (!ok) {
  console.error('check:visual-fails: the visual suite did not fail on every deliberate layout change');
  process.exit(1);
}
console.log('check:visual-fails: the visual suite fails on a deliberate layout change');
