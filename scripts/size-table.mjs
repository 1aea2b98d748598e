// Prints the README's size table (markdown): every size-limit check of .size-limit.cjs with its
// measured gzip size and budget, after `npm run build`. `--budgets` also prints budgets ~15% above
// the measured sizes, in the shape of BUDGETS in .size-limit.cjs, for pinning new entries.
//
//   node scripts/size-table.mjs [--budgets]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(join(root, 'node_modules/.bin/size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  console.error('size-limit gave no JSON: is dist/ built (npm run build)?');
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const what = (name) => {
  if (name === 'shared core') return 'dist/core + dist/shared-ui modules the elements import (paid once)';
  if (name === 'bundle') return '`dist/pbx-account-widgets.bundle.js`, Lit included';
  if (name.startsWith('provider: ')) return `\`pbx-account-widgets/${name.slice('provider: '.length)}\` with the core modules it uses`;
  return `\`<${name}>\`'s own code (its folder, beyond Lit and the shared core)`;
};

const rows = results.map((r) => `| ${r.name} | ${kB(r.size)} | ${r.sizeLimit ? kB(r.sizeLimit) : '—'} | ${r.passed ? '' : '**over** '}${what(r.name)} |`);
console.log('| entry | gzip | budget | what is counted |');
console.log('| --- | ---: | ---: | --- |');
console.log(rows.join('\n'));

if (process.argv.includes('--budgets')) {
  const suggest = (bytes) => `${(Math.ceil((bytes * 1.15) / 100) / 10).toFixed(1)} kB`;
  console.log('\nconst BUDGETS = {');
  for (const r of results) console.log(`  ${/^[a-z]\w*$/i.test(r.name) ? r.name : `'${r.name}'`}: '${suggest(r.size)}',`);
  console.log('};');
}
