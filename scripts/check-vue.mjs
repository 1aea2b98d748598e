// Type-checks the Vue example's single-file component (examples/vue/App.vue) with vue-tsc and
// `strictTemplates`, against the PACKED package as an app installs it (run `npm run build`
// first): `npm pack`, the tarball unpacked into a throw-away app's node_modules (as
// build-examples-from-pack.mjs does), the example copied next to it. The template's props and
// events are typed by the package's `pbx-account-widgets/vue` (`GlobalComponents`).
//
// And proves the check can fail: two throw-away copies of App.vue, one binding
// `:section="'nope'"` (not a section id), one adding `:bogus="1"` (no such property) to
// <account-settings>, are type-checked in the same program; each must be reported for its own
// change, and the example itself must have no error.
//
// The app sits under node_modules/.cache/ so its other dependencies (lit, vue) resolve from this
// repository's node_modules, without a registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const app = join(root, 'node_modules/.cache/pbx-check-vue');
const packDir = mkdtempSync(join(tmpdir(), 'pbx-pack-'));

if (!existsSync(join(root, 'dist/vue.d.ts'))) {
  console.error('dist/vue.d.ts is missing: run `npm run build` first.');
  process.exit(1);
}

/** The throw-away copies of App.vue: the text replaced, and what vue-tsc must say about it. */
const MUST_FAIL = [
  { file: 'NotASection.vue', find: ':section="section"', replace: `:section="'nope'"`, expect: /'"nope"' is not assignable/ },
  { file: 'UnknownProp.vue', find: ':section="section"', replace: ':section="section"\n      :bogus="1"', expect: /'bogus' does not exist/ },
];

const problems = [];
try {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  rmSync(app, { recursive: true, force: true });
  const installed = join(app, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, report.filename), '-C', installed, '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'check-vue', private: true, type: 'module', dependencies: { [pkg.name]: `file:${report.filename}` } }, null, 2));
  cpSync(join(root, 'examples/vue'), join(app, 'vue'), { recursive: true, filter: (src) => !/[/\\](dist|node_modules)$/.test(src) });
  console.log(`packed ${report.filename} → ${pkg.name} installed in a throw-away app with examples/vue`);

  const example = readFileSync(join(app, 'vue/App.vue'), 'utf8');
  for (const { file, find, replace } of MUST_FAIL) {
    if (!example.includes(find)) throw new Error(`examples/vue/App.vue no longer contains ${find}: update MUST_FAIL in scripts/check-vue.mjs`);
    writeFileSync(join(app, 'vue', file), example.replace(find, replace));
  }
  // As examples/tsconfig.json, plus strictTemplates; the app's own files only (not env.d.ts,
  // the plain-tsc stand-in for .vue modules, nor vite.config.ts).
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          isolatedModules: true,
          verbatimModuleSyntax: true,
          types: [],
        },
        include: ['vue/main.ts', 'vue/*.vue'],
        vueCompilerOptions: { strictTemplates: true },
      },
      null,
      2,
    ),
  );

  const started = Date.now();
  const run = spawnSync(join(root, 'node_modules/.bin/vue-tsc'), ['-p', join(app, 'tsconfig.json'), '--pretty', 'false'], { cwd: app, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  // `vue/File.vue(12,7): error TS2322: …`, message lines indented below it.
  const errors = output.split(/\n(?=\S)/).filter((entry) => /: error TS\d+/.test(entry));
  const inFile = (file) => errors.filter((entry) => entry.startsWith(`vue/${file}(`));
  const expected = new Set(MUST_FAIL.map((m) => m.file));
  const unexpected = errors.filter((entry) => !expected.has(/^vue\/([^(]+)\(/.exec(entry)?.[1]));
  if (unexpected.length) problems.push(`examples/vue does not type-check with strictTemplates:\n    ${unexpected.join('\n    ')}`);
  else console.log(`examples/vue (App.vue, main.ts): vue-tsc with strictTemplates, no error`);
  for (const { file, replace, expect } of MUST_FAIL) {
    const found = inFile(file);
    const change = replace.trim().split('\n').at(-1).trim();
    if (!found.some((entry) => expect.test(entry))) problems.push(`${change} on <account-settings> was not reported (${expect}); vue-tsc said:\n    ${found.join('\n    ') || '(nothing for that file)'}`);
    else console.log(`${change} on <account-settings>: ${found.find((entry) => expect.test(entry)).split('\n')[0].replace(/^.*: error /, '').slice(0, 160)}`);
  }
  if (run.status === 0) problems.push('vue-tsc exited 0 although two copies have type errors');
  if (run.error) problems.push(`vue-tsc did not run: ${run.error.message}`);
  console.log(`vue-tsc: ${errors.length} error(s) (${unexpected.length} outside the throw-away copies) in ${Date.now() - started} ms`);
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`check:vue (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check:vue: the Vue example type-checks against the packed package, and a wrong section or unknown prop fails.');
