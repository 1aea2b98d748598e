// Checks what `npm pack` would publish (after `npm run build`): only what a user needs, all of it,
// and no more bytes than the budget. Fails (exit 1) on
// - any file outside the allow-list: dist/ JavaScript and declarations, the editor data
//   (dist/vscode.*-custom-data.json, dist/custom-elements-jsx.d.ts), custom-elements.json,
//   README.md, LICENSE, openapi.yaml, docs/*.md, package.json — so no src/, test/, stories/,
//   mocks/, demo/, examples/, scripts/, configs or build caches;
// - any source map: they were most of the tarball (package.json files: "!dist/**/*.map"); the
//   shipped JavaScript is unminified tsc output, readable as is;
// - a missing file that package.json points to (main, module, types, customElements, every
//   target of the exports map), or a missing define module / React wrapper for an element of
//   custom-elements.json, or missing editor data, LICENSE, README.md, openapi.yaml;
// - a packed (gzip) or unpacked size over PACK_BUDGET;
// - a relative link or image in a shipped Markdown file (README.md, docs/*.md) to a file that does
//   not ship (it breaks on the registry's page), or an absolute one into another repository than
//   package.json `repository`; no `repository` field.
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

/**
 * Bytes, ~3% above the sizes measured when set: 795.3 kB packed, 3.22 MB unpacked on 2026-12-08
 * (755.5 kB / 2.97 MB with dist/cdn/ first; since then mostly documentation — the manifest lists
 * the 381 parts <account-settings> forwards, +55 kB unpacked — and the round's fixes).
 */
const PACK_BUDGET = { packed: 820_000, unpacked: 3_320_000 };

const ALLOWED = [
  /^dist\/.+\.(js|d\.ts)$/,
  /^docs\/[^/]+\.md$/,
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
    const dir = posix.dirname(mod.path).replace(/^(src|dist)\//, 'dist/');
    required.add(`${dir}/define.js`).add(`${dir}/define.d.ts`);
    required.add(`dist/react/${decl.tagName}.js`);
  }
}
for (const file of required) if (!files.has(file)) problems.push(`missing: ${file}`);

// Every module path in custom-elements.json names a shipped file (tools resolve them in the package).
const manifestPaths = new Set();
const collect = (node) => {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string' && !value.startsWith('/') && value.includes('/')) manifestPaths.add(normal(value));
      else collect(value);
    }
  }
};
collect(manifest.modules);
for (const file of manifestPaths) if (!files.has(file)) problems.push(`custom-elements.json names a module that does not ship: ${file}`);

const maps = [...files].filter((file) => file.endsWith('.map'));
if (maps.length) problems.unshift(`${maps.length} source map(s) in the package (e.g. ${maps[0]}): keep them out (package.json files: "!dist/**/*.map")`);

// Links in shipped Markdown: relative ones must ship; absolute GitHub ones must be this repository.
const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
const repoPath = /github\.com[/:]([^/]+\/[^/.#]+)/.exec(repo ?? '')?.[1];
if (!repoPath) problems.push('package.json has no GitHub `repository`: relative README links and images break on the registry');
for (const doc of [...files].filter((file) => file.endsWith('.md'))) {
  const text = readFileSync(join(root, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (target.startsWith('#') || target.startsWith('mailto:')) continue;
    if (/^[a-z]+:/i.test(target)) {
      const github = /^https:\/\/(?:github\.com|raw\.githubusercontent\.com)\/([^/]+\/[^/#]+)/.exec(target);
      if (github && repoPath && github[1] !== repoPath) problems.push(`${doc} links into another repository: ${target}`);
      continue;
    }
    const file = posix.normalize(posix.join(posix.dirname(doc), target.split('#')[0]));
    if (!files.has(file)) problems.push(`${doc} links to ${target}, which does not ship`);
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
if (report.size > PACK_BUDGET.packed) problems.unshift(`packed size ${kB(report.size)} is over the budget of ${kB(PACK_BUDGET.packed)}`);
if (report.unpackedSize > PACK_BUDGET.unpacked) problems.unshift(`unpacked size ${kB(report.unpackedSize)} is over the budget of ${kB(PACK_BUDGET.unpacked)}`);
if (problems.length) {
  const shown = problems.slice(0, 40);
  console.error(`npm pack would publish the wrong files (${problems.length} problem(s)):\n  ${shown.join('\n  ')}${problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''}`);
  process.exit(1);
}
console.log(`npm pack: ${files.size} files, ${kB(report.size)} packed, ${kB(report.unpackedSize)} unpacked — only what users need (budget ${kB(PACK_BUDGET.packed)} packed, ${kB(PACK_BUDGET.unpacked)} unpacked).`);
