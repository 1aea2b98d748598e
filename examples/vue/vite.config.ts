import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { ELEMENTS } from 'pbx-account-widgets';
import { packageAliases } from '../package-alias.js';

/** Builds the Vue example (a single-file component) to examples/vue/dist (relative URLs: it is served from any path). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // The library's tags are custom elements, not Vue components (the root entry registers nothing).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => Object.hasOwn(ELEMENTS, tag) } } })],
  resolve: { alias: packageAliases() },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  esbuild: { target: 'es2022' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
