// Size budgets (gzip), checked by `npx size-limit` after `npm run build`. Every entry is derived
// at load time: one per element of custom-elements.json, one per provider export of package.json,
// the shared core and the CDN bundle — a new element is budgeted without editing this file.
//
// What each check measures (esbuild bundle, minified, gzip — size-limit's preset-small-lib):
// - `<tag>`: the element's OWN code — `dist/elements/<tag>/define.js` and every module of its
//   own folder it imports statically. Everything outside the folder (Lit and the other npm
//   dependencies, dist/core, dist/shared-ui, other elements that a composite renders) stays an
//   import — kept as written, so the size does not depend on the checkout path — and so do its
//   lazily loaded translations (`import('./i18n/de.js')`, fetched only for that locale). No
//   subtraction of gzip sizes: the bundle simply holds only the folder's code.
// - `shared core`: every module outside dist/elements/ that the elements import statically
//   (dist/core, dist/shared-ui), found by bundling all define modules, with all their exports
//   kept: what an app pays once, whatever elements it uses. npm dependencies stay external.
// - `provider: <name>`: a provider export (`pbx-account-widgets/http` …) with the core modules it
//   uses; npm dependencies external.
// - `bundle`: dist/pbx-account-widgets.bundle.js, Lit included (re-minified by esbuild, so a few
//   bytes off the file's own gzip size).
//
// Budgets sit about 15% above the sizes measured when they were set (`node scripts/size-table.mjs`
// prints the measured sizes and suggested budgets). An element without its own budget yet gets
// DEFAULT_ELEMENT_BUDGET until one is pinned here.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config: size-limit loads it synchronously */
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, resolve, sep } = require('node:path');
const esbuild = require('esbuild');

const root = __dirname;
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** gzip budgets, ~15% above the measured size. */
const BUDGETS = {
  'account-info-panel': '1.9 kB',
  // 3.42 kB until 2026-12-08; 3.67 kB with the dropdown as a popover placed under its button
  // (on scroll too), so a header that clips or stacks cannot hide it.
  'account-menu': '4.2 kB',
  'account-settings': '3.9 kB',
  'bill-table': '4.9 kB',
  'block-list': '5.8 kB',
  'call-log-table': '5.8 kB',
  'date-range-field': '2.3 kB',
  'media-library': '8.1 kB',
  // 8.18 kB until 2026-12-08; 8.43 kB with the phone layout (count × price) and the settled
  // lost-answer messages ("not confirmed", "the plan now shows …").
  'service-plan-panel': '8.7 kB',
  'transaction-table': '4.8 kB',
  'user-panel': '4.2 kB',
  // 34.85 kB at 2026-12-07's start; 36.01 kB at its end: forced-colour rules, row buttons' other
  // texts, the text-metrics sample that re-sizes columns, the text fields' edge token
  // (accessibility, each with its tests). 36.48 kB on 2026-12-08: a focused cell is scrolled into
  // sight sideways, and the first column sticks only while it leaves half the width (WCAG 2.4.11).
  // 37.08 kB on 2026-12-08 (stop 28): the page's inherited text styles stop at every element
  // (:host resets, two tokens), tables measure their columns only when laid out.
  'shared core': '37.6 kB',
  'provider: demo': '18.1 kB',
  'provider: http': '7.4 kB',
  'provider: kazoo': '20.3 kB',
  bundle: '127.0 kB',
};
const DEFAULT_ELEMENT_BUDGET = '8 kB';
const DEFAULT_PROVIDER_BUDGET = '10 kB';

if (!existsSync(join(dist, 'pbx-account-widgets.bundle.js'))) {
  throw new Error('dist/ is missing: run `npm run build` before size-limit.');
}

/** npm dependencies, kept external where the check is about this package's own code. */
const npmDependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})].flatMap((name) => [name, `${name}/*`]);

/** `dist/elements/<dir>/define.js` of every tagged element in the manifest. */
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName).map((d) => ({ tag: d.tagName, dir: dirname(mod.path).replace(/^(src|dist)\//, '') })))
  .map(({ tag, dir }) => {
    const define = join(dist, dir, 'define.js');
    if (!existsSync(define)) throw new Error(`${relative(root, define)} is missing: rebuild (npm run build).`);
    return { tag, folder: join(dist, dir), define };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));

const isInside = (file, folder) => file === folder || file.startsWith(folder + sep);

/** esbuild plugin: only modules inside `folder` are bundled; every other import stays as written. */
const onlyFolder = (folder) => ({
  name: 'only-own-folder',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.kind === 'dynamic-import') return { path: args.path, external: true };
      const isRelative = args.path.startsWith('.') || args.path.startsWith('/');
      if (!isRelative) return { path: args.path, external: true };
      const target = resolve(args.resolveDir, args.path);
      return isInside(target, folder) ? undefined : { path: args.path, external: true };
    });
  },
});

/**
 * The modules outside dist/elements/ that the elements import statically (npm packages and
 * lazily loaded chunks aside), written as one entry that re-exports all of them.
 */
function sharedCoreEntry() {
  const { metafile } = esbuild.buildSync({
    entryPoints: elements.map((el) => el.define),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: join(root, 'node_modules/.cache/pbx-size/out'),
    packages: 'external',
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const abs = (p) => resolve(root, p);
  const seen = new Set();
  const queue = elements.map((el) => relative(root, el.define).split(sep).join('/'));
  while (queue.length) {
    const input = queue.pop();
    if (seen.has(input) || !metafile.inputs[input]) continue;
    seen.add(input);
    for (const imp of metafile.inputs[input].imports) if (imp.kind === 'import-statement' && !imp.external) queue.push(imp.path);
  }
  const shared = [...seen].map(abs).filter((file) => !isInside(file, join(dist, 'elements'))).sort();
  const dir = join(root, 'node_modules/.cache/pbx-size');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'shared-core.js');
  writeFileSync(entry, shared.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join('\n') + '\n');
  return entry;
}

/** `./http` → dist/providers/http/index.js, from the exports map. */
const providers = Object.entries(pkg.exports ?? {})
  .map(([key, target]) => ({ name: key.replace(/^\.\//, ''), file: typeof target === 'string' ? target : target.default ?? target.import }))
  .filter(({ file }) => typeof file === 'string' && /^\.\/dist\/providers\/[^/]+\/index\.js$/.test(file))
  .sort((a, b) => a.name.localeCompare(b.name));

module.exports = [
  ...elements.map((el) => ({
    name: el.tag,
    path: relative(root, el.define),
    gzip: true,
    limit: BUDGETS[el.tag] ?? DEFAULT_ELEMENT_BUDGET,
    ignore: npmDependencies,
    modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), onlyFolder(el.folder)] }),
  })),
  {
    name: 'shared core',
    path: relative(root, sharedCoreEntry()),
    gzip: true,
    limit: BUDGETS['shared core'],
    ignore: npmDependencies,
  },
  ...providers.map((p) => ({
    name: `provider: ${p.name}`,
    path: p.file.replace(/^\.\//, ''),
    gzip: true,
    limit: BUDGETS[`provider: ${p.name}`] ?? DEFAULT_PROVIDER_BUDGET,
    ignore: npmDependencies,
  })),
  {
    name: 'bundle',
    path: 'dist/pbx-account-widgets.bundle.js',
    gzip: true,
    limit: BUDGETS.bundle,
  },
];
