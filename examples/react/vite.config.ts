import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { packageAliases } from '../package-alias.js';

/** Builds the React example to examples/react/dist (relative URLs: it is served from any path). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: packageAliases() },
  esbuild: { jsx: 'automatic', target: 'es2022' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
