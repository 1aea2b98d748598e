// Fails when custom-elements.json is not what the sources generate (run `npm run analyze`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit', env: { ...process.env, CEM_OUTDIR: out } });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  const manifest = JSON.parse(fresh);
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
  console.log(`custom-elements.json is up to date (${tags.length} elements: ${tags.join(', ')}).`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
