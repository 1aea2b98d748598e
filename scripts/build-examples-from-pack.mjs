// Builds and type-checks the examples against the PACKED package, as an app installs it (run
// `npm run build` first): `npm pack`, the tarball unpacked into a throw-away app's
// node_modules/pbx-account-widgets, the examples copied next to it and built there (React and Vue
// with Vite, resolving the package through its package.json exports; the plain HTML page's script
// checked to ship), then `tsc` over the React and Vue apps and examples/typings with
// skipLibCheck off and exactOptionalPropertyTypes on. A file the package forgets to ship, or a
// declaration that only works from the sources, fails here.
//
// The app sits under node_modules/.cache/ so its other dependencies (lit, react, vue) resolve
// from this repository's node_modules, without a registry.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const app = join(root, 'node_modules/.cache/pbx-examples-from-pack');
const packDir = mkdtempSync(join(tmpdir(), 'pbx-pack-'));

try {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const tarball = join(packDir, report.filename);
  rmSync(app, { recursive: true, force: true });
  const installed = join(app, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'examples-from-pack', private: true, type: 'module', dependencies: { [pkg.name]: `file:${report.filename}` } }, null, 2));
  cpSync(join(root, 'examples'), join(app, 'examples'), { recursive: true, filter: (src) => !/[/\\](dist|node_modules)$/.test(src) });
  console.log(`packed ${report.filename} (${(report.size / 1000).toFixed(1)} kB, ${report.files.length} files) → ${pkg.name} installed in a throw-away app`);

  // Plain HTML: the page loads the CDN bundle, which must ship.
  if (!existsSync(join(installed, 'dist/pbx-account-widgets.bundle.js'))) throw new Error('the tarball has no dist/pbx-account-widgets.bundle.js (examples/html loads it)');

  // Server code: `import 'pbx-account-widgets/bundle'` in Node (the `node` export condition, Lit's
  // Node build) registers every element instead of throwing `HTMLElement is not defined`.
  const probe = "await import('pbx-account-widgets/bundle'); const { ELEMENTS } = await import('pbx-account-widgets'); const missing = Object.keys(ELEMENTS).filter((tag) => !customElements.get(tag)); if (missing.length) throw new Error('not registered: ' + missing.join(', ')); console.log(Object.keys(ELEMENTS).length);";
  const registered = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: app, encoding: 'utf8' }).trim();
  console.log(`import 'pbx-account-widgets/bundle' in Node from the tarball: ${registered} elements registered`);

  const env = { ...process.env, PBX_FROM_PACK: '1' };
  const { build } = await import('vite');
  for (const name of ['react', 'vue']) {
    const started = Date.now();
    process.env.PBX_FROM_PACK = '1';
    await build({ configFile: join(app, 'examples', name, 'vite.config.ts'), logLevel: 'warn' });
    console.log(`examples/${name}: built from the tarball in ${Date.now() - started} ms`);
  }
  const started = Date.now();
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(app, 'examples/tsconfig.json')], { stdio: 'inherit', cwd: app, env });
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(app, 'examples/typings/all-entry/tsconfig.json')], { stdio: 'inherit', cwd: app, env });
  console.log(`examples: types check against the tarball (react, vue, typings) in ${Date.now() - started} ms`);
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
}
