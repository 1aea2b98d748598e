/** Generates custom-elements.json from the sources (JSDoc on the element classes). */
export default {
  globs: ['src/elements/*/*.ts', 'src/core/base-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.strings.ts', '**/define.ts'],
  outdir: process.env.CEM_OUTDIR || '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      name: 'pbx-sort-and-clean',
      packageLinkPhase({ customElementsManifest }) {
        // Stable output: modules in path order, so the staleness check is deterministic.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
