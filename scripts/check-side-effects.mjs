// Checks the cherry-pick model of the built package (run `npm run build` first), as an app's
// bundler sees it through package.json `exports` and `sideEffects` (esbuild, tree shaking on):
// - importing utilities from the root entry (`ProviderError`, `HttpProvider`, …) pulls in no
//   element module and registers nothing;
// - an app that imports one element (`pbx-account-widgets/<tag>`) and `ProviderError` from the
//   root bundles exactly the element modules that the element import alone bundles — no other
//   element comes along;
// - `pbx-account-widgets/all` registers every element.
// Prints the gzip size of a block-list-only app with and without the root import.
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();

// A throw-away app whose node_modules/pbx-account-widgets is this package.
const app = join(root, 'node_modules/.cache/pbx-side-effects');
rmSync(app, { recursive: true, force: true });
mkdirSync(join(app, 'node_modules'), { recursive: true });
symlinkSync(root, join(app, 'node_modules', pkg.name), 'dir');

/** Bundles `source` as the app's entry: the element folders it pulls in, its gzip size, its code. */
async function bundle(source) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: app, sourcefile: 'app.js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    metafile: true,
    absWorkingDir: app,
    logLevel: 'silent',
  });
  // Only modules that contribute code: esbuild's metafile also lists modules it parsed and dropped.
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([file]) => file);
  const elements = new Set(inputs.map((file) => /dist\/elements\/([^/]+)\//.exec(file)?.[1]).filter(Boolean));
  const code = result.outputFiles[0].text;
  return { elements, code, gzip: gzipSync(code).length };
}

const problems = [];
const list = (set) => [...set].sort().join(', ') || 'none';

// 1. The root entry alone: no element module, no registration.
const rootOnly = await bundle(`import { ProviderError, HttpProvider, isProviderError, formatMoney } from '${pkg.name}';\nconsole.log(ProviderError, HttpProvider, isProviderError, formatMoney);`);
if (rootOnly.elements.size) problems.push(`importing utilities from the root pulls in element modules: ${list(rootOnly.elements)}`);
if (/customElements\.define/.test(rootOnly.code)) problems.push('importing utilities from the root bundles a customElements.define call');

// 2. One element + ProviderError from the root: the same elements as the element alone.
for (const tag of tags) {
  const alone = await bundle(`import '${pkg.name}/${tag}';`);
  const withRoot = await bundle(`import '${pkg.name}/${tag}';\nimport { ProviderError } from '${pkg.name}';\nconsole.log(ProviderError);`);
  const extra = [...withRoot.elements].filter((el) => !alone.elements.has(el));
  if (!alone.elements.has(tag)) problems.push(`${pkg.name}/${tag} does not bundle its own element module`);
  if (extra.length) problems.push(`${pkg.name}/${tag} + ProviderError from the root also pulls in: ${extra.join(', ')}`);
  if (tag === 'block-list') {
    console.log(`block-list app: ${(alone.gzip / 1000).toFixed(1)} kB gz alone, ${(withRoot.gzip / 1000).toFixed(1)} kB gz with ProviderError from the root (elements: ${list(withRoot.elements)})`);

  }
}

// 3. `/all` registers every element.
const all = await bundle(`import '${pkg.name}/all';`);
const missing = tags.filter((tag) => !all.elements.has(tag));
if (missing.length) problems.push(`${pkg.name}/all does not bundle: ${missing.join(', ')}`);

rmSync(app, { recursive: true, force: true });
if (problems.length) {
  console.error(`Side effects of the package entries (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Side effects: the root registers nothing; each of ${tags.length} elements + ProviderError bundles no other element; /all bundles all.`);
