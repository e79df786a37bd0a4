import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Docs pages (autodocs and the apps' MDX pages) need @storybook/addon-docs; until it is in
 * package.json, Storybook runs without them instead of failing on the .mdx files.
 */
const hasDocs = (() => {
  try {
    createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
    return true;
  } catch {
    return false;
  }
})();

/**
 * Storybook for the app's views. The react-vite builder loads the project's vite.config.ts, so the
 * `@/` alias and the React plugin come from there.
 */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.@(ts|tsx)', ...(hasDocs ? ['../src/**/*.mdx'] : [])],
  // msw-storybook-addon 3 (CSF 3): listing it adds its fallback `beforeEach`, which only starts its own
  // worker when no loader did; the worker is ours, started by `mswLoader(setup)` in preview.tsx.
  addons: [
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
    ...(hasDocs ? ['@storybook/addon-docs'] : []),
  ],
  // public/mockServiceWorker.js must be served at the root for the worker to register.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
