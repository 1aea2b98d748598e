import { defineConfig } from 'vite';

/** The demo host page: `npm start`. */
export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  esbuild: { target: 'es2022' },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});
