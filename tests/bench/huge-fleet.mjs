// P10: 1,000,000 sensors on the simulated cloud over HTTP (`npm run mock-server -- --scenario
// huge-fleet`): the server's seed time and memory, and the License Manager of a build made with
// VITE_API_URL pointing at it (first rows, sort and search, extra heap).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { heapAfterGc } from './browser.mjs';
import { closeAutoOpenedDialog, measureTableWork, TABLES } from './tables.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ROOT = here('../../');
export const HUGE_FLEET = 1_000_000;
// Sensor 700,001 of the seed (fleetOfSize): far from the first window in every order.
const SERIAL = `S${(700_000).toString(16).toUpperCase().padStart(7, '0')}`;

/** The server and the app built against it; `close` stops both. */
export async function startHugeFleet(port, log) {
  log('building the simulated cloud server and the app against it (VITE_API_URL)');
  await build({ configFile: `${ROOT}vite.mock-server.config.ts`, logLevel: 'warn' });
  const api = `http://127.0.0.1:${port}/api`;
  const previous = process.env.VITE_API_URL;
  process.env.VITE_API_URL = api;
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: here('./dist/http-app'), emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = previous;
  }
  log(`seeding ${HUGE_FLEET.toLocaleString('en')} sensors`);
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [`${ROOT}.tmp/mock-server/server.js`, '--port', String(port), '--scenario', 'huge-fleet'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const seedMs = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Simulated licensing cloud on')) resolve(performance.now() - started);
    });
    server.once('exit', (code) => reject(new Error(`mock-server exited with ${code}: ${out}`)));
  });
  const app = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    build: { outDir: here('./dist/http-app') },
    preview: { host: '127.0.0.1', port: port + 1, strictPort: true },
    logLevel: 'warn',
  });
  return {
    api,
    appUrl: `http://127.0.0.1:${port + 1}`,
    seedMs,
    /** Resident memory now and at its peak, in MB (Linux). */
    async serverMemoryMb() {
      const status = await readFile(`/proc/${server.pid}/status`, 'utf8');
      const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
    },
    async close() {
      await app.close();
      server.kill('SIGTERM');
    },
  };
}

/** One run in a fresh browser context: signed in over the API, then the License Manager's tab. */
export async function measureHugeFleet(page, { api, appUrl }, timeout) {
  for (const [path, role] of [
    ['/session', 'Owner'],
    ['/fleet/session', 'Administrator'],
  ]) {
    const answer = await page.context().request.post(`${api}${path}`, { data: { role } });
    if (!answer.ok()) throw new Error(`sign-in ${path}: ${answer.status()}`);
  }
  await page.goto(appUrl);
  await closeAutoOpenedDialog(page, timeout);
  const heapBefore = await heapAfterGc(page);
  await page.evaluate(() => performance.mark('bench:open'));
  await page.getByRole('tab', { name: 'License Manager' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('fleet:rows').length > 0, null, {
    timeout,
  });
  const openMs = await page.evaluate(
    () =>
      performance.getEntriesByName('fleet:rows')[0].startTime -
      performance.getEntriesByName('bench:open')[0].startTime,
  );
  // The rows have settled when the table no longer says it is busy (no window still on its way).
  const table = page.getByRole('table', { name: 'Sensors', exact: true });
  await table.and(page.locator('[aria-busy="false"]')).waitFor({ timeout });
  const extraHeapMb = ((await heapAfterGc(page)) - heapBefore) / 2 ** 20;
  const work = await measureTableWork(page, TABLES.ours, { serial: SERIAL, timeout });
  return { openMs, extraHeapMb, ...work };
}
