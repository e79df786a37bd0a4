import { defineConfig } from 'vite';
import app from './vite.config.ts';

/**
 * `npm run mock-server` bundles the simulated cloud for Node with the app's own path aliases
 * (Node 20 cannot run TypeScript); packages stay external and load from node_modules.
 */
export default defineConfig({
  resolve: app.resolve,
  publicDir: false,
  // R20: over HTTP the cloud has many clients, so one that never signed in is nobody (401);
  // the page's own cloud, tests and stories take it for their single client (mocks/cloud/instance.ts).
  define: { 'import.meta.env.CLOUD_SIGN_IN_REQUIRED': JSON.stringify('true') },
  logLevel: 'warn',
  build: {
    ssr: 'mocks/http/server.ts',
    outDir: '.tmp/mock-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
  },
});
