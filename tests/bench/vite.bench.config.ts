import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The benchmark's own pages, built like the app (production, same plugins): a bare shell to
 * compare the app's first load with (P1), and the two baseline tables (P3–P8).
 */
export default defineConfig({
  root: here('./pages'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@mocks': here('../../mocks'),
      '@': here('../../src'),
    },
    // One copy of each: the DataGrid is installed here, React and MUI only in the app.
    dedupe: [
      'react',
      'react-dom',
      '@mui/material',
      '@mui/system',
      '@emotion/react',
      '@emotion/styled',
    ],
  },
  build: {
    outDir: here(`./dist/${process.env.BENCH_OUT ?? 'pages'}`),
    emptyOutDir: true,
    rollupOptions: {
      // The shell is built alone, so no chunk it loads is shared with the baselines.
      input: (process.env.BENCH_PAGES ?? 'shell,all-rows,data-grid')
        .split(',')
        .map((page) => here(`./pages/${page}.html`)),
    },
  },
  logLevel: 'warn',
});
