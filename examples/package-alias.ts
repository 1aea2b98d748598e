/**
 * Vite aliases that resolve `pbx-account-widgets` and every subpath of its package.json `exports`
 * map (`/react`, `/demo`, …) to this repository's build in dist/ — what an app's bundler does with
 * the published package, so the examples exercise the real entry points. Run `npm run build`
 * first; a missing export or file fails the example's build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Alias } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

type ExportTarget = string | { types?: string; import?: string; default?: string };

export function packageAliases(): Alias[] {
  // Built from the packed tarball (scripts/build-examples-from-pack.mjs): the package resolves
  // from node_modules like any app's dependency, through its own package.json exports.
  if (process.env.PBX_FROM_PACK === '1') return [];
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, ExportTarget> };
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return Object.entries(pkg.exports).flatMap(([key, target]) => {
    const file = typeof target === 'string' ? target : (target.import ?? target.default);
    if (!file || !/\.(m?js|json)$/.test(file)) return [];
    const path = resolve(repoRoot, file);
    if (!existsSync(path)) throw new Error(`${pkg.name}${key.slice(1)} → ${file} is missing: run \`npm run build\` first.`);
    return [{ find: new RegExp(`^${escape(pkg.name + key.slice(1))}$`), replacement: path }];
  });
}
