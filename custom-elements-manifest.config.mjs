/**
 * Generates custom-elements.json from the sources (JSDoc on the element classes).
 *
 * `CEM_OUTDIR=<dir>` writes the manifest there instead of the root (scripts/check-manifest.mjs).
 * `CEM_EDITOR=1` (npm run build:editor) also writes the editor data derived from the manifest —
 * `dist/vscode.html-custom-data.json`, `dist/vscode.css-custom-data.json` and
 * `dist/custom-elements-jsx.d.ts` — and, so that a build never refreshes the committed manifest
 * (which would hide a stale one from the staleness check), writes its manifest copy to
 * `node_modules/.cache/pbx-account-widgets/` unless CEM_OUTDIR says otherwise.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

const editor = process.env.CEM_EDITOR === '1';
const requestedOutdir = process.env.CEM_OUTDIR || (editor ? 'node_modules/.cache/pbx-account-widgets' : '.');
// The analyzer joins `outdir` onto the working directory, so an absolute path must be made relative.
const outdir = path.isAbsolute(requestedOutdir) ? path.relative(process.cwd(), requestedOutdir) || '.' : requestedOutdir;

/** Every .ts file under src/. */
const sources = (dir = 'src') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []));

/**
 * Event types for the manifest: `CustomEvent<detail>` from `AccountWidgetEventDetails`
 * (src/core/events.ts), else from an `HTMLElementEventMap` augmentation in src/ (e.g. `range-change`).
 */
function eventTypes() {
  const types = new Map();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const [, body] of text.matchAll(/interface HTMLElementEventMap \{([\s\S]*?)\n\s*\}/g)) {
      for (const [, name, type] of body.matchAll(/^\s*'([a-z-]+)': (CustomEvent<.+>);\s*$/gm)) if (!types.has(name)) types.set(name, type);
    }
  }
  const core = readFileSync('src/core/events.ts', 'utf8');
  const details = /export interface AccountWidgetEventDetails \{([\s\S]*?)\n\}/.exec(core)?.[1] ?? '';
  for (const [, name, detail] of details.matchAll(/^\s*'([a-z-]+)': (.+);\s*$/gm)) types.set(name, `CustomEvent<${detail.trim()}>`);
  return types;
}

/** The global design tokens (`--paw-*`) with their defaults, from src/shared-ui/styles.ts. */
function designTokens() {
  const styles = readFileSync('src/shared-ui/styles.ts', 'utf8');
  const tokens = new Map();
  for (const [, name, fallback] of styles.matchAll(/var\((--paw-[a-z0-9-]+),\s*((?:[^()]|\([^()]*(?:\([^()]*\)[^()]*)*\))*)\)/g)) {
    if (!tokens.has(name)) tokens.set(name, fallback.trim());
  }
  return tokens;
}

/**
 * `<account-settings>` forwards each section's parts (`exportparts`), as they are and prefixed
 * with the section id (`user__title`): both are documented on it, from the sections' own parts
 * and the section list in src/elements/account-settings/sections.ts, so that the manifest and
 * the VS Code CSS data offer every part a host can style.
 */
function forwardedParts(manifest) {
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const shell = decls.find((d) => d.tagName === 'account-settings');
  if (!shell) return;
  const list = readFileSync('src/elements/account-settings/sections.ts', 'utf8');
  const sections = [...list.matchAll(/\{ id: '([a-z-]+)', tag: '([a-z-]+)'/g)].map(([, id, tag]) => ({ id, tag }));
  const own = new Set((shell.cssParts ?? []).map((p) => p.name));
  const plain = new Map();
  const prefixed = [];
  for (const { id, tag } of sections) {
    for (const part of decls.find((d) => d.tagName === tag)?.cssParts ?? []) {
      if (!own.has(part.name)) plain.set(part.name, [...(plain.get(part.name) ?? []), tag]);
      prefixed.push({ name: `${id}__${part.name}`, description: `${id}: ${part.description ?? part.name}` });
    }
  }
  const forwarded = [...plain].map(([name, tags]) => ({ name, description: `Forwarded from ${tags.join(', ')}.` }));
  shell.cssParts = [...(shell.cssParts ?? []), ...forwarded, ...prefixed];
}

/**
 * Every event gets its `CustomEvent<detail>` type; every element documents the global `--paw-*`
 * design tokens (inherited through shadow roots) besides its own custom properties.
 */
const manifestTypes = {
  name: 'pbx-manifest-types',
  packageLinkPhase({ customElementsManifest }) {
    const types = eventTypes();
    const tokens = designTokens();
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.tagName) continue;
        for (const event of decl.events ?? []) {
          if (!event.name) continue;
          event.type = { text: types.get(event.name) ?? (event.name === 'change' ? 'Event' : 'CustomEvent<unknown>') };
        }
        const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
        for (const [name, fallback] of tokens) {
          if (own.has(name)) continue;
          (decl.cssProperties ??= []).push({ name, default: fallback, description: 'Global design token (set anywhere above the element; inherited through shadow roots).' });
        }
      }
    }
    forwardedParts(customElementsManifest);
    // Module paths name what ships (dist/…/x.js), not the sources (src/ is not in the package).
    const toDist = (value) => value.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
          else walk(value);
        }
      }
    };
    walk(customElementsManifest.modules);
  },
};

/** Class name → module path of every element, recorded for the JSX typings' imports. */
const elementModules = new Map();

/**
 * Editor-only adjustments of the manifest copy the editor data is generated from (the committed
 * manifest is untouched): each event of a tagged element gets its detail type from
 * `HTMLElementEventMap` (where src/core/events.ts and element modules declare each event's
 * `CustomEvent<detail>`), so the JSX typings type `e.detail` (`unknown` for an event the map does
 * not know); read-only properties (getters such as `dataProvider`) are left out of the JSX props.
 */
/** `export type Name = 'a' | 'b' …;` string-literal unions declared in src/ (SectionId, CallOrder, …). */
function literalAliases() {
  const aliases = new Map();
  for (const file of sources()) {
    for (const [, name, body] of readFileSync(file, 'utf8').matchAll(/export type (\w+) =\s*((?:\s*\|?\s*'[^']*')+)\s*;/g)) {
      aliases.set(name, [...body.matchAll(/'[^']*'/g)].map((m) => m[0]));
    }
  }
  return aliases;
}

/**
 * The values the VS Code HTML data offers for an attribute (`vscodeValues`, read through the
 * plugin's `typesSrc`): string literals only, type aliases expanded to theirs; `string` (no
 * values) where the type has none — never a TypeScript type name such as `SectionId` or `string[]`.
 */
function vscodeValues(typeText, aliases) {
  const parts = typeText.split('|').map((p) => p.trim()).flatMap((p) => aliases.get(p) ?? [p]);
  const literals = parts.filter((p) => /^'[^']*'$|^"[^"]*"$/.test(p));
  return literals.length ? literals.join(' | ') : 'string';
}

const editorTypes = {
  name: 'pbx-editor-types',
  packageLinkPhase({ customElementsManifest }) {
    const aliases = literalAliases();
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        for (const attr of decl.attributes ?? []) if (attr.type?.text) attr.vscodeValues = { text: vscodeValues(attr.type.text, aliases) };
      }
    }
    // The shell renders the section elements (sections.ts); their events bubble and are composed,
    // so the shell's JSX typings and editor data carry them too (`<account-settings onusers-added>`).
    const byTag = new Map(customElementsManifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])));
    const shell = byTag.get('account-settings');
    if (shell) {
      const sections = [...readFileSync('src/elements/account-settings/sections.ts', 'utf8').matchAll(/\btag: '([a-z0-9-]+)'/g)].map((m) => m[1]);
      const names = new Set((shell.events ?? []).map((e) => e.name));
      for (const tag of sections) {
        for (const event of byTag.get(tag)?.events ?? []) {
          if (!event.name || names.has(event.name)) continue;
          names.add(event.name);
          shell.events = [...(shell.events ?? []), { ...event, description: `${event.description ?? ''} (Bubbles from \`<${tag}>\`.)`.trim() }];
        }
      }
    }
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.tagName) continue;
        elementModules.set(decl.name, mod.path);
        decl.members = decl.members?.filter((member) => !member.readonly);
        for (const event of decl.events ?? []) {
          if (!event.name) continue;
          const name = JSON.stringify(event.name);
          event.type = { text: `(HTMLElementEventMap & Record<${name}, unknown>)[${name}] extends CustomEvent<infer D> ? D : unknown` };
        }
      }
    }
  },
};

const editorPlugins = [
  editorTypes,
  customElementVsCodePlugin({
    outdir: 'dist',
    htmlFileName: 'vscode.html-custom-data.json',
    typesSrc: 'vscodeValues',
    cssFileName: 'vscode.css-custom-data.json',
    hideMethodDocs: true,
    hideLogs: true,
  }),
  {
    // The design tokens are documented on every element: list each CSS property once.
    name: 'pbx-dedupe-css-data',
    packageLinkPhase() {
      const file = 'dist/vscode.css-custom-data.json';
      if (!existsSync(file)) return;
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const seen = new Set();
      data.properties = data.properties.filter((p) => !seen.has(p.name) && seen.add(p.name));
      writeFileSync(file, JSON.stringify(data, null, 2));
    },
  },
  customElementJsxPlugin({
    outdir: 'dist',
    fileName: 'custom-elements-jsx.d.ts',
    // Attribute and property types come from the element classes' declarations in dist/.
    componentTypePath: (name) => `./${elementModules.get(name).replace(/^(src|dist)\//, '').replace(/\.ts$/, '.js')}`,
    hideMethodDocs: true,
    hideLogs: true,
  }),
];

export default {
  globs: ['src/elements/*/*.ts', 'src/core/base-element.ts', 'src/shared-ui/list-section/range-section.ts'],
  exclude: ['**/*.styles.ts', '**/*.strings.ts', '**/define.ts'],
  outdir,
  litelement: true,
  // The package.json `customElements` field is written by hand ("custom-elements.json"): the
  // analyzer would otherwise rewrite it to whatever outdir a run used (a temp dir in CI checks).
  packagejson: false,
  plugins: [
    {
      name: 'pbx-sort-and-clean',
      packageLinkPhase({ customElementsManifest }) {
        // Stable output: modules in path order, so the staleness check is deterministic.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    manifestTypes,
    ...(editor ? editorPlugins : []),
  ],
};
