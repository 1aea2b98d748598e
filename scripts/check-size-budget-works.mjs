// Proves that the size budgets of .size-limit.cjs catch bloat (after `npm run build`):
// on a copy of the built package, size-limit must pass as is, then fail once 50 KB of random
// (incompressible) data is appended to
//   1. an element's define module  → that element's check fails, and no other element's;
//   2. a shared core module         → "shared core" fails, and no element's check (their budgets
//                                      count only their own code);
//   3. the CDN bundle               → "bundle" fails.
// Exits 1 when any of that does not hold.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repo so that the copied config resolves esbuild and the size-limit plugins.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const copy = mkdtempSync(join(root, 'node_modules/.cache/size-budget-check-'));

function sizeLimit() {
  const run = spawnSync(join(root, 'node_modules/.bin/size-limit'), ['--json'], { cwd: copy, encoding: 'utf8' });
  let results;
  try {
    results = JSON.parse(run.stdout);
  } catch {
    throw new Error(`size-limit gave no JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  return { status: run.status, failed: results.filter((r) => !r.passed).map((r) => r.name), names: results.map((r) => r.name) };
}

/** 50 KB of base64 from random bytes, kept by any bundler: a write to a global. */
const bloat = () => `\nglobalThis.__pawSizeBloat = ${JSON.stringify(randomBytes(37_500).toString('base64'))};\n`;

const problems = [];
function expect(condition, message) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) problems.push(message);
}

function fresh() {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const name of ['dist', 'custom-elements.json', 'package.json', '.size-limit.cjs']) cpSync(join(root, name), join(copy, name), { recursive: true });
}

try {
  fresh();
  const baseline = sizeLimit();
  expect(baseline.status === 0 && baseline.failed.length === 0, `the built package is within every budget${baseline.failed.length ? ` (over: ${baseline.failed.join(', ')})` : ''}`);
  const elementNames = baseline.names.filter((n) => n !== 'shared core' && n !== 'bundle' && !n.startsWith('provider: '));
  const tag = elementNames[0];

  const cases = [
    { file: `dist/elements/${tag}/define.js`, check: tag, alsoNot: elementNames.filter((n) => n !== tag) },
    { file: 'dist/core/base-element.js', check: 'shared core', alsoNot: elementNames },
    { file: 'dist/pbx-account-widgets.bundle.js', check: 'bundle', alsoNot: [] },
  ];
  for (const c of cases) {
    fresh();
    appendFileSync(join(copy, c.file), bloat());
    const result = sizeLimit();
    expect(result.status !== 0 && result.failed.includes(c.check), `50 KB appended to ${c.file} fails "${c.check}" (failed: ${result.failed.join(', ') || 'none'})`);
    const wrong = c.alsoNot.filter((n) => result.failed.includes(n));
    if (c.alsoNot.length) expect(wrong.length === 0, `…and no other element's own-code check${wrong.length ? ` (also failed: ${wrong.join(', ')})` : ''}`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\nThe size budgets do not catch bloat as they should (${problems.length} problem(s)).`);
  process.exit(1);
}
console.log('\nThe size budgets catch a deliberate 50 KB bloat.');
