import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { chromiumArgs, chromiumExecutable } from './tests/chromium.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
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
            isolate: false,
            restoreMocks: true,
            // MUI in jsdom is slow on a busy 2-core machine; waits inside tests stay event-driven.
            testTimeout: 15_000,
          },
        },
        {
          test: {
            name: 'build',
            environment: 'node',
            include: ['tests/build/**/*.test.ts'],
          },
        },
        {
          extends: true,
          plugins: [
            storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
          ],
          // Let Vite find every dependency before the first story runs: a dependency discovered
          // mid-run makes it re-optimise and reload, which breaks the running stories on a fresh clone.
          optimizeDeps: {
            entries: ['src/**/*.{ts,tsx}', '.storybook/preview.tsx', '!src/**/*.test.{ts,tsx}'],
          },
          test: {
            name: 'storybook',
            // Every story ends with an axe scan; on a loaded 2-CPU machine the 209-row ManyLicenses
            // story took up to 12 s of the 15 s browser-mode default.
            testTimeout: 30_000,
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
