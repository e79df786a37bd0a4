import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook for the app's views. The react-vite builder loads the project's vite.config.ts, so the
 * `@/` alias and the React plugin come from there.
 */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  // msw-storybook-addon 3 (CSF 3): listing it adds its fallback `beforeEach`, which only starts its own
  // worker when no loader did; the worker is ours, started by `mswLoader(setup)` in preview.tsx.
  addons: [
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
    '@storybook/addon-docs',
  ],
  // public/mockServiceWorker.js must be served at the root for the worker to register.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The app's Content-Security-Policy (scripts/content-security-policy.ts) forbids inline scripts,
  // and a built Storybook's iframe.html is made of them.
  viteFinal: (viteConfig, { configType }) => ({
    ...viteConfig,
    plugins: viteConfig.plugins?.filter(
      (plugin) => !(plugin && 'name' in plugin && plugin.name === 'content-security-policy'),
    ),
    // A built Storybook loads its first story in a few large files rather than ~150 small ones:
    // served over HTTP/1.1 (vite preview, most static hosts) six at a time, the small ones queued.
    // Each story file stays its own chunk, loaded when its story is opened.
    ...(configType === 'PRODUCTION' && {
      build: {
        ...viteConfig.build,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          output: {
            codeSplitting: {
              groups: [
                { name: 'vendor', test: /node_modules/ },
                { name: 'app', test: /\/(src|mocks|tests)\/(?!.*\.(stories\.tsx?|mdx)$)/ },
              ],
            },
          },
        },
      },
    }),
  }),
};

export default config;
