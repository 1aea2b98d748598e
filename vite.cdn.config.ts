import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * `dist/cdn/`: the CDN build, code-split (ES modules, Lit included, minified). `index.js`
 * registers every element and exports the API; `http.js`, `demo.js`, `kazoo.js` are the providers,
 * loaded only by a page that imports them; each element's translations are chunks fetched only
 * for that locale. Shared code is in chunks the entries import.
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
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
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
