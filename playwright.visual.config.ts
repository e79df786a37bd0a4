import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';
import settings from './tests/test-builds.json' with { type: 'json' };
import { TIMEOUTS } from './tests/timeouts';

const storybookUrl = `http://127.0.0.1:${settings.ports.storybook}`;

/**
 * Visual comparison: every story of the built Storybook at a phone's and a desktop's size against
 * the screenshots committed in tests/visual/baselines (`npm run test:visual:update` remakes them).
 * A config of its own, not a project of playwright.config.ts: Playwright starts every web server
 * of a config for any project, and this run needs only the Storybook, the journeys only the app.
 */
export default defineConfig({
  testDir: 'tests/visual',
  // tests/visual/baselines/<viewport>/<story id>.png. Made with Debian's Chromium and its fonts on
  // Linux: another system renders text differently and needs baselines of its own.
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One browser per core, each one page that shows story after story (tests/visual/storybook.ts).
  workers: Math.max(1, Math.min(4, availableParallelism())),
  timeout: TIMEOUTS.e2eTest,
  expect: {
    timeout: TIMEOUTS.e2eExpect,
    toHaveScreenshot: {
      // A story renders the same pixels every time here (seeded cloud, fixed simulated date, no
      // animation, software rendering), so the limit can be tight. `threshold` is Playwright's
      // default per-pixel color tolerance, which absorbs anti-aliasing; beyond it, at most 0.01 %
      // of a screenshot's pixels may differ: about 130 at 1440 × 900 and 33 on a phone, less than
      // one word of a label or the border of one button changing color.
      threshold: 0.2,
      maxDiffPixelRatio: 0.0001,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      stylePath: 'tests/visual/settled.css',
    },
  },
  reporter: [
    ['list'],
    // Read by `npm test` for the summary (scripts/test-suites.mjs).
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? '.tmp/test-reports/visual.json' },
    ],
    // Each failed comparison shows the baseline, the new screenshot and their diff image.
    ['html', { open: 'never', outputFolder: '.tmp/test-reports/visual-html' }],
  ],
  outputDir: '.tmp/test-results-visual',
  use: {
    baseURL: storybookUrl,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: {
    name: 'storybook',
    command: `node scripts/test-builds.mjs storybook && npx vite preview --outDir .tmp/test-builds/storybook --port ${settings.ports.storybook} --strictPort`,
    url: `${storybookUrl}/index.json`,
    reuseExistingServer: false,
    timeout: TIMEOUTS.e2eServerStart,
  },
});
