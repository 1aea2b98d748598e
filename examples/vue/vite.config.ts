import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { packageAliases } from '../package-alias.js';

/** Builds the Vue example to examples/vue/dist (relative URLs: it is served from any path). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: {
    // The full build compiles the template string at runtime (no SFC, no Vue plugin).
    alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }, ...packageAliases()],
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  esbuild: { target: 'es2022' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
