// Builds the examples against this repository's built package (run `npm run build` first):
//   examples/html   — needs no build: loads ../../dist/pbx-account-widgets.bundle.js by a script
//                     tag; checked here that every local file it loads exists;
//   examples/react  — Vite → examples/react/dist (React 19 app on pbx-account-widgets/react);
//   examples/vue    — Vite → examples/vue/dist (Vue 3, a single-file component; its template is
//                     type-checked by check-vue.mjs with vue-tsc).
// Then type-checks the React and Vue apps and examples/typings (examples/tsconfig.json) (wrapper props, event details and
// the JSX typings as an app sees them through package.json exports).
//
//   node scripts/build-examples.mjs [--skip-typecheck]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');

for (const file of ['dist/pbx-account-widgets.bundle.js', 'dist/react/index.js', 'dist/custom-elements-jsx.d.ts']) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run \`npm run build\` before building the examples.`);
    process.exit(1);
  }
}

// Plain HTML: every relative src/href/import of the page must exist.
const htmlPage = join(examples, 'html/index.html');
const html = readFileSync(htmlPage, 'utf8');
const refs = [...html.matchAll(/(?:src|href)="([^"]+)"|from '([^']+)'/g)].map((m) => m[1] ?? m[2]).filter((ref) => ref.startsWith('.'));
for (const ref of refs) {
  const target = resolve(dirname(htmlPage), ref);
  if (!existsSync(target)) {
    console.error(`examples/html/index.html loads ${ref}, which does not exist (${relative(root, target)}).`);
    process.exit(1);
  }
}
console.log(`examples/html: no build needed (loads ${refs.filter((r) => r.endsWith('.js')).join(', ')})`);

for (const name of ['react', 'vue']) {
  const started = Date.now();
  await build({ configFile: join(examples, name, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`examples/${name}: built to examples/${name}/dist in ${Date.now() - started} ms`);
}

if (!process.argv.includes('--skip-typecheck')) {
  const started = Date.now();
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(examples, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(examples, 'typings/all-entry/tsconfig.json')], { stdio: 'inherit', cwd: root });
  console.log(`examples: types check (react, vue, typings) in ${Date.now() - started} ms`);
}
