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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

const editor = process.env.CEM_EDITOR === '1';
const requestedOutdir = process.env.CEM_OUTDIR || (editor ? 'node_modules/.cache/pbx-account-widgets' : '.');
// The analyzer joins `outdir` onto the working directory, so an absolute path must be made relative.
const outdir = path.isAbsolute(requestedOutdir) ? path.relative(process.cwd(), requestedOutdir) || '.' : requestedOutdir;

/** Class name → module path of every element, recorded for the JSX typings' imports. */
const elementModules = new Map();

/**
 * Editor-only adjustments of the manifest copy the editor data is generated from (the committed
 * manifest is untouched): each event of a tagged element gets its detail type from
 * `HTMLElementEventMap` (where src/core/events.ts and element modules declare each event's
 * `CustomEvent<detail>`), so the JSX typings type `e.detail` (`unknown` for an event the map does
 * not know); read-only properties (getters such as `dataProvider`) are left out of the JSX props.
 */
const editorTypes = {
  name: 'pbx-editor-types',
  packageLinkPhase({ customElementsManifest }) {
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
    cssFileName: 'vscode.css-custom-data.json',
    hideMethodDocs: true,
    hideLogs: true,
  }),
  customElementJsxPlugin({
    outdir: 'dist',
    fileName: 'custom-elements-jsx.d.ts',
    // Attribute and property types come from the element classes' declarations in dist/.
    componentTypePath: (name) => `./${elementModules.get(name).replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
    hideMethodDocs: true,
    hideLogs: true,
  }),
];

export default {
  globs: ['src/elements/*/*.ts', 'src/core/base-element.ts'],
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
    ...(editor ? editorPlugins : []),
  ],
};
