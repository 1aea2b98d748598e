// Fails when custom-elements.json is not what the sources generate (run `npm run analyze`), or
// when it leaves something undocumented: an event without a `CustomEvent<detail>` type, or a
// global `--paw-*` design token (any used in src/) missing from an element's cssProperties, or an
// event of a section that <account-settings> renders (they bubble out of it) not on the shell.
// With dist/ built, also checks the editor data: every `--paw-*` token in the VS Code CSS data,
// and no TypeScript type name (`SectionId`, `string[]`) offered as an attribute value.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  const problems = [];
  const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const tokens = [...new Set(sources('src').flatMap((file) => readFileSync(file, 'utf8').match(/--paw-[a-z0-9-]+/g) ?? []))].sort();
  for (const decl of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    for (const event of decl.events ?? []) {
      const type = event.type?.text ?? '';
      if (!/^(CustomEvent<.+>|Event)$/.test(type) || type === 'CustomEvent<unknown>') problems.push(`<${decl.tagName}> event ${event.name} has no detail type (${type || 'none'})`);
    }
    const documented = new Set((decl.cssProperties ?? []).map((p) => p.name));
    const missing = tokens.filter((t) => !documented.has(t));
    if (missing.length) problems.push(`<${decl.tagName}> cssProperties lack ${missing.join(', ')}`);
  }
  // The shell renders the sections (sections.ts), whose events bubble out of it composed: it documents each.
  const byTag = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])));
  const shell = byTag.get('account-settings');
  if (shell) {
    const shellEvents = new Set((shell.events ?? []).map((e) => e.name));
    const sections = [...new Set([...readFileSync('src/elements/account-settings/sections.ts', 'utf8').matchAll(/\btag: '([a-z0-9-]+)'/g)].map((m) => m[1]))];
    for (const tag of sections) {
      const missing = (byTag.get(tag)?.events ?? []).map((e) => e.name).filter((name) => !shellEvents.has(name));
      if (missing.length) problems.push(`<account-settings> lacks @fires for ${missing.join(', ')}, which bubble from its section <${tag}>`);
    }
  }
  if (existsSync('dist/vscode.css-custom-data.json') && existsSync('dist/vscode.html-custom-data.json')) {
    const css = new Set(JSON.parse(readFileSync('dist/vscode.css-custom-data.json', 'utf8')).properties.map((p) => p.name));
    const missing = tokens.filter((t) => !css.has(t));
    if (missing.length) problems.push(`dist/vscode.css-custom-data.json lacks ${missing.join(', ')}`);
    for (const tag of JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags) {
      for (const attr of tag.attributes ?? []) {
        const typeNames = (attr.values ?? []).map((v) => v.name).filter((v) => /^[A-Z]\w*$|\[\]$|[<>{}]/.test(v));
        if (typeNames.length) problems.push(`dist/vscode.html-custom-data.json offers type names as values of <${tag.name} ${attr.name}>: ${typeNames.join(', ')}`);
      }
    }
  }
  if (problems.length) {
    console.error(`custom-elements.json / editor data leave things undocumented:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`custom-elements.json is up to date (${tags.length} elements: ${tags.join(', ')}).`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
