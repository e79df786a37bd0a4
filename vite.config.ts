import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { firstLoadChunk } from './scripts/first-load-chunk.ts';
import { precompiledCatalogs } from './scripts/catalogs.ts';
import { popperOnFirstOpen } from './scripts/popper-on-first-open.ts';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    firstLoadChunk(),
    precompiledCatalogs(),
    popperOnFirstOpen(),
  ],
  resolve: {
    alias: {
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
