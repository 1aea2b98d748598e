import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * Every module that `src/cdn/index.ts` loads before it runs (its static imports, transitively):
 * they go into one chunk, `chunks/core-[hash].js`, since a page on the CDN entry needs all of them
 * and one file compresses better than several (shared helpers and strings are compressed once).
 * The providers import what they share with the elements from that chunk; a module only a
 * provider uses stays in the provider's file, and translations stay per-locale chunks.
 */
function cdnCoreChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const core = new Set<string>();
  return {
    test: (id) => core.has(id),
    plugin: {
      name: 'paw-cdn-core-chunk',
      buildEnd() {
        const entry = [...this.getModuleIds()].find((id) => /[\\/]src[\\/]cdn[\\/]index\.ts$/.test(id));
        const queue = [...(entry ? (this.getModuleInfo(entry)?.importedIds ?? []) : [])];
        while (queue.length) {
          const id = queue.pop()!;
          if (core.has(id)) continue;
          core.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
  };
}

const core = cdnCoreChunk();

/**
 * `dist/cdn/`: the CDN build, code-split (ES modules, Lit included, minified). `index.js`
 * registers every element and exports the API; `http.js`, `demo.js`, `kazoo.js` are the providers,
 * loaded only by a page that imports them; each element's translations are chunks fetched only
 * for that locale. What the elements need is one chunk that `index.js` imports (see above).
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates(), core.plugin],
  // Production messages: src/core/dev.ts keeps only the facts of each console message.
  define: { __PAW_DEV__: 'false' },
  esbuild: { target: 'es2022' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    copyPublicDir: false,
    sourcemap: false,
    lib: {
      entry: { index: 'src/cdn/index.ts', http: 'src/cdn/http.ts', demo: 'src/cdn/demo.ts', kazoo: 'src/cdn/kazoo.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        // `/* @__PURE__ */` marks are for a bundler that reads this code again: nobody bundles the CDN files.
        comments: { annotation: false },
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'core', test: core.test }] },
      },
    },
  },
});
