import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * `dist/pbx-account-widgets.bundle.js`: one self-contained ES module (Lit included) that defines
 * every element and exports the public API, for `<script type="module">` and CDN use.
 * The per-module build (`tsc -p tsconfig.build.json`) is what npm importers get.
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
  esbuild: { target: 'es2022' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'pbx-account-widgets.bundle.js',
    },
    rolldownOptions: {
      // One file: translations (dynamic imports elsewhere) are inlined.
      output: { minify: true, codeSplitting: false },
    },
  },
});
