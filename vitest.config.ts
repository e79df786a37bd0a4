import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { chromiumArgs, chromiumExecutable } from './tests/chromium.ts';
import { TIMEOUTS } from './tests/timeouts.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // One worker per Vitest process for every project (projects that run together must agree):
      // `npm test` runs the unit shards side by side, one per CPU (scripts/test-suites.mjs).
      maxWorkers: 1,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: [
              'src/**/*.test.{ts,tsx}',
              'mocks/**/*.test.ts',
              'tests/unit/**/*.test.{ts,tsx}',
              'tests/reliability/**/*.test.{ts,tsx}',
            ],
            setupFiles: ['tests/setup.ts'],
            // Files share one jsdom and module cache: importing MUI once instead of per file halves
            // the run. tests/setup.ts resets the cloud, handlers, DOM and session before every test.
            // Vitest hands a non-isolated project all its files at once only with one worker (with
            // more it builds a jsdom per file, ~3 s each): `npm test` runs shards side by side instead.
            isolate: false,
            restoreMocks: true,
            testTimeout: TIMEOUTS.unitTest,
          },
        },
        {
          test: {
            name: 'build',
            environment: 'node',
            // A group of its own: mixed into the unit files' group it would cost them their shared jsdom.
            sequence: { groupOrder: 1 },
            include: ['tests/build/**/*.test.ts'],
          },
        },
        {
          extends: true,
          plugins: [
            storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
            {
              // Shards run side by side (scripts/test-suites.mjs): each pre-bundles the dependencies
              // into a cache of its own (after Storybook's plugin, which sets one shared cache), so
              // neither finds the other's half-written one on a fresh clone.
              name: 'dependency-cache-per-shard',
              config: () =>
                process.env.TEST_SHARD
                  ? { cacheDir: `node_modules/.cache/stories-shard-${process.env.TEST_SHARD}` }
                  : undefined,
            },
          ],
          // Let Vite find every dependency before the first story runs: a dependency discovered
          // mid-run makes it re-optimize and reload, which breaks the running stories on a fresh clone.
          optimizeDeps: {
            entries: ['src/**/*.{ts,tsx}', '.storybook/preview.tsx', '!src/**/*.test.{ts,tsx}'],
          },
          test: {
            name: 'storybook',
            // One page for all story files: each story still gets a fresh cloud, QueryClient and URL
            // (.storybook/preview.tsx), without re-importing MUI and the app for every file.
            isolate: false,
            testTimeout: TIMEOUTS.storyTest,
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
);
