// Checks what `npm pack` would publish (after `npm run build`): only what a user needs, and all
// of it. Fails (exit 1) on
// - any file outside the allow-list: dist/ JavaScript, declarations and source maps, the editor
//   data (dist/vscode.*-custom-data.json, dist/custom-elements-jsx.d.ts), custom-elements.json,
//   README.md, LICENSE, openapi.yaml, package.json — so no src/, test/, stories/, mocks/, demo/,
//   examples/, scripts/, configs or build caches;
// - a missing file that package.json points to (main, module, types, customElements, every
//   target of the exports map), or a missing define module / React wrapper for an element of
//   custom-elements.json, or missing editor data, LICENSE, README.md, openapi.yaml;
// - a source map whose sources are neither inlined (`sourcesContent`) nor in the package: src/ is
//   not shipped (tsc writes `inlineSources`), so declaration maps — which cannot inline — would
//   dangle and must stay out of the package.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
const files = new Set(report.files.map((f) => f.path));
const problems = [];

const ALLOWED = [
  /^dist\/.+\.(js|d\.ts|js\.map|d\.ts\.map)$/,
  /^dist\/vscode\.(html|css)-custom-data\.json$/,
  /^(custom-elements\.json|README\.md|LICENSE|openapi\.yaml|package\.json)$/,
];
for (const file of files) {
  if (!ALLOWED.some((re) => re.test(file))) problems.push(`not for users: ${file}`);
}

const normal = (p) => posix.normalize(p.replace(/^\.\//, ''));
const required = new Set(['README.md', 'LICENSE', 'openapi.yaml', 'custom-elements.json', 'package.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/custom-elements-jsx.d.ts', 'dist/pbx-account-widgets.bundle.js', 'dist/react/index.js', 'dist/react/index.d.ts']);
for (const field of ['main', 'module', 'types', 'customElements']) if (typeof pkg[field] === 'string') required.add(normal(pkg[field]));
const targets = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : []);
for (const target of targets(pkg.exports)) {
  if (target.includes('*')) {
    const re = new RegExp(`^${normal(target).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);
    if (![...files].some((f) => re.test(f))) problems.push(`exports pattern matches nothing: ${target}`);
  } else required.add(normal(target));
}
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const dir = posix.dirname(mod.path).replace(/^src\//, 'dist/');
    required.add(`${dir}/define.js`).add(`${dir}/define.d.ts`);
    required.add(`dist/react/${decl.tagName}.js`);
  }
}
for (const file of required) if (!files.has(file)) problems.push(`missing: ${file}`);

const dangling = [];
for (const file of files) {
  if (!file.endsWith('.map')) continue;
  const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
  const base = posix.dirname(file);
  map.sources.forEach((source, i) => {
    const inlined = typeof map.sourcesContent?.[i] === 'string';
    const shipped = files.has(posix.normalize(posix.join(base, map.sourceRoot ?? '', source)));
    if (!inlined && !shipped) dangling.push(`${file} → ${source}`);
  });
}
if (dangling.length) {
  problems.push(`${dangling.length} source map source(s) neither inlined nor in the package (e.g. ${dangling[0]}): leave such maps out (package.json files: "!dist/**/*.d.ts.map") or ship their sources`);
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
if (problems.length) {
  const shown = problems.slice(0, 40);
  console.error(`npm pack would publish the wrong files (${problems.length} problem(s)):\n  ${shown.join('\n  ')}${problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''}`);
  process.exit(1);
}
console.log(`npm pack: ${files.size} files, ${kB(report.size)} packed, ${kB(report.unpackedSize)} unpacked — only what users need.`);
