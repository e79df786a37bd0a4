import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';
import { CLOUD_API, CLOUD_PORT } from './tests/e2e-http/cloud-address';
import settings from './tests/test-builds.json' with { type: 'json' };
import { TIMEOUTS } from './tests/timeouts';

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } };
const demoUrl = `http://127.0.0.1:${settings.ports.demo}`;
const httpUrl = `http://127.0.0.1:${settings.ports.http}`;

/**
 * Serves one of the shared test builds (scripts/test-builds.mjs), making it first only when it is
 * missing or older than the sources: `npm test` has made them all before Vitest's bundle checks.
 */
const serve = (build: 'demo' | 'http', port: number) =>
  `node scripts/test-builds.mjs ${build} && npx vite preview --outDir .tmp/test-builds/${build} --port ${port} --strictPort`;

/** End-to-end journeys against production builds, in Debian's Chromium. */
export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One browser per core: each test's simulated cloud answers without artificial delay, so two
  // browsers on two cores wait only for work, not for the machine.
  workers: Math.max(1, Math.min(4, availableParallelism())),
  timeout: TIMEOUTS.e2eTest,
  expect: { timeout: TIMEOUTS.e2eExpect },
  reporter: [
    ['list'],
    // Read by `npm test` and `npm run test:soak` for the summary (scripts/test-suites.mjs).
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? '.tmp/test-reports/e2e.json' },
    ],
    ['html', { open: 'never', outputFolder: '.tmp/test-reports/e2e-html' }],
  ],
  outputDir: '.tmp/test-results',
  use: {
    // Kept for a failed test: every step's DOM before and after, network, console and sources
    // (`npx playwright show-trace`), plus the screenshot below. Without the trace's filmstrip: its
    // screencast frames made every test ~60 % slower (15 journeys: 106 s with, 70 s without).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    actionTimeout: TIMEOUTS.e2eExpect,
    navigationTimeout: TIMEOUTS.e2eExpect,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    {
      // The build on the simulated cloud in the page (MSW's service worker).
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...desktop, baseURL: demoUrl },
    },
    {
      // UX-1: the main journeys again in a German browser (the app starts in the browser's language).
      name: 'chromium-de',
      testDir: 'tests/e2e',
      testMatch: 'journeys-in-each-language.spec.ts',
      use: { ...desktop, baseURL: demoUrl, locale: 'de-DE', timezoneId: 'Europe/Berlin' },
    },
    {
      // A build with VITE_API_URL, no mock code, talking to the simulated cloud over HTTP. The
      // server holds one model for every test, so they run one at a time.
      name: 'http-cloud',
      testDir: 'tests/e2e-http',
      fullyParallel: false,
      workers: 1,
      use: { ...desktop, baseURL: httpUrl },
    },
  ],
  webServer: [
    {
      name: 'demo',
      command: serve('demo', settings.ports.demo),
      url: demoUrl,
      reuseExistingServer: false,
      timeout: TIMEOUTS.e2eServerStart,
    },
    {
      name: 'cloud',
      // Jobs finish at once unless a test holds one running (PUT /api/dev/activation-pace).
      command: `node scripts/test-builds.mjs mock-server && node --enable-source-maps .tmp/mock-server/server.js --port ${CLOUD_PORT} --activation-ms 0`,
      url: `${CLOUD_API}/openapi.json`,
      reuseExistingServer: false,
      timeout: TIMEOUTS.e2eServerStart,
    },
    {
      name: 'http-app',
      command: serve('http', settings.ports.http),
      url: httpUrl,
      reuseExistingServer: false,
      timeout: TIMEOUTS.e2eServerStart,
    },
  ],
});
