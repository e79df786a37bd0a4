import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';
import { CLOUD_API, CLOUD_PORT } from './tests/e2e-http/cloud-address';

const PORT = 4173;
/** The build with an API URL, against `npm run mock-server` (MC-5). */
const HTTP_PORT = 4174;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } };

/** End-to-end journeys against production builds, in Debian's Chromium. */
export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    {
      // The build on the simulated cloud in the page (MSW's service worker).
      name: 'chromium',
      testDir: 'tests/e2e',
      testIgnore: 'alone/**',
      use: { ...desktop, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      // A build with VITE_API_URL, no mock code, talking to the simulated cloud over HTTP. The
      // server holds one model for every test, so they run one at a time.
      name: 'http-cloud',
      testDir: 'tests/e2e-http',
      fullyParallel: false,
      workers: 1,
      use: { ...desktop, baseURL: `http://127.0.0.1:${HTTP_PORT}` },
    },
    {
      // Timing promises (R16: the tab never freezes over 1 s) run after everything else, alone,
      // so no other browser competes for the CPU.
      name: 'chromium-alone',
      testDir: 'tests/e2e/alone',
      dependencies: ['chromium', 'http-cloud'],
      workers: 1,
      use: { ...desktop, baseURL: `http://127.0.0.1:${PORT}` },
    },
  ],
  webServer: [
    {
      command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      name: 'cloud',
      // Jobs take a while, so two tabs can meet one that is still running (R7).
      command: `npm run mock-server -- --port ${CLOUD_PORT} --activation-ms 1500`,
      url: `${CLOUD_API}/openapi.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'http-app',
      command: `npx vite build --outDir .tmp/dist-http && npx vite preview --outDir .tmp/dist-http --port ${HTTP_PORT} --strictPort`,
      env: { VITE_API_URL: CLOUD_API },
      url: `http://127.0.0.1:${HTTP_PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
