/**
 * Vite build of the dashboard: `npx vite build --config src/web/vite.config.ts` → src/web/dist,
 * which the server serves at `/`. No inline scripts or styles (the CSP is `script-src 'self'`,
 * `style-src 'self'`), no data: URIs, no external assets.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    fs: { allow: [resolve(here, '..', '..')] },
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
