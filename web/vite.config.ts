/**
 * Builds the dashboard (web/) into dist/web, which `brink serve` serves.
 * Kept free of inline code so the page runs under `script-src 'self'`:
 * no module-preload polyfill (it would be injected inline) and no assets
 * inlined as data: URLs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: {
    // `npx vite web` during development, with `brink serve` running beside it.
    proxy: { '/api': 'http://127.0.0.1:8787', '/openapi.json': 'http://127.0.0.1:8787' },
  },
});
