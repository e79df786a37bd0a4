// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { activatedLicenseListSchema } from '@/api/contract/licenses';
import { cloud, resetCloud } from '../cloud/instance';
import { SAVED_CLOUD_VERSION } from '../cloud/saved-cloud';
import { stateBeforeSessions } from '@tests/saved-cloud-before-sessions';
import { server as inProcessCloud } from '../node';
import { createCloudServer } from './cloud-server';
import { closeAndSave, loadDataFile, saveAfterRequests } from './data-file';
import { serverOptions } from './options';
import { inspect } from '@tests/builders';

/** A running `mock-server --data FILE`, as server.ts starts it, on a free port. */
async function startServer(file: string) {
  const dataFile = await loadDataFile(file, 'typical-site');
  const server = createCloudServer();
  saveAfterRequests(server, dataFile.saver);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the server has no port');
  const { port } = address;
  return {
    summary: dataFile.summary,
    api: (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}/api${path}`, init),
    /** What SIGINT and SIGTERM do. */
    stop: () => closeAndSave(server, dataFile.saver),
  };
}

const versionSchema = z.object({ version: z.number() });

let folder: string;

// tests/setup.ts answers every fetch of this process in-process (msw/node): these must reach the
// real server over HTTP instead.
beforeAll(() => inProcessCloud.close());
afterAll(() => inProcessCloud.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cloud-data-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('npm run mock-server -- --data FILE (R23)', () => {
  it('takes --data FILE over DATA_FILE; without either the cloud lives in memory', () => {
    expect(serverOptions([], {}).data).toBeUndefined();
    expect(serverOptions([], { DATA_FILE: 'a.json' }).data).toBe('a.json');
    expect(serverOptions(['--data', 'b.json'], { DATA_FILE: 'a.json' }).data).toBe('b.json');
    expect(() => serverOptions(['--data='], {})).toThrow(/--data needs a file name/);
  });

  it('shows what was done over HTTP after a restart with the same file', async () => {
    const file = join(folder, 'cloud.json');
    const first = await startServer(file);
    expect(first.summary).toBe(`scenario typical-site, new data file ${file}`);
    // Only the server answers its contract: this is HTTP, not the in-process handlers.
    expect((await first.api('/openapi.json')).status).toBe(200);
    const listed = activatedLicenseListSchema.parse(
      await (await first.api('/cms/licenses')).json(),
    );
    const licenseId = listed.items[0]?.licenseId ?? '';
    const saved = await first.api(`/cms/licenses/${licenseId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'Kept across restarts' }),
    });
    expect(saved.status).toBe(200);
    await first.stop();

    resetCloud('fresh-install'); // what a new process starts with
    const second = await startServer(file);
    expect(second.summary).toBe(`scenario typical-site, continued from ${file}`);
    const after = activatedLicenseListSchema.parse(
      await (await second.api('/cms/licenses')).json(),
    );
    expect(after.items.find((l) => l.licenseId === licenseId)?.note).toBe('Kept across restarts');
    await second.stop();
    // Written by rename from a temporary file in the same folder: nothing else is left there.
    expect(await readdir(folder)).toEqual(['cloud.json']);
  });

  it('refuses to start on a damaged file, says why, and leaves the file as it was', async () => {
    const file = join(folder, 'cloud.json');
    const first = await startServer(file);
    await first.stop();
    const whole = await readFile(file, 'utf8');
    const damaged = whole.slice(0, whole.length / 2);
    await writeFile(file, damaged);
    resetCloud('fresh-install');
    const before = cloud();

    await expect(loadDataFile(file, 'typical-site')).rejects.toThrow(
      /cannot be loaded, so the simulated cloud did not start: It is not valid JSON/,
    );
    expect(cloud()).toBe(before);
    expect(await readFile(file, 'utf8')).toBe(damaged);
  });

  it('refuses a file with a license of an unknown kind, naming where it is', async () => {
    const file = join(folder, 'cloud.json');
    await (await startServer(file)).stop();
    const saved = await readFile(file, 'utf8');
    await writeFile(file, saved.replace('"kind":"maintenance"', '"kind":"platinum"'));

    await expect(loadDataFile(file, 'typical-site')).rejects.toThrow(
      /state\.licenses\.\d+\.kind: Invalid option/,
    );
  });

  it('refuses a file written by a newer version, naming both versions', async () => {
    const file = join(folder, 'cloud.json');
    await (await startServer(file)).stop();
    const saved = await readFile(file, 'utf8');
    await writeFile(
      file,
      saved.replace(`"version":${SAVED_CLOUD_VERSION}`, `"version":${SAVED_CLOUD_VERSION + 1}`),
    );

    await expect(loadDataFile(file, 'typical-site')).rejects.toThrow(
      `format version ${SAVED_CLOUD_VERSION + 1} by a newer simulated cloud; this one reads versions 1 to ${SAVED_CLOUD_VERSION}`,
    );
  });

  it('continues a version 1 file and rewrites it in the current version', async () => {
    const file = join(folder, 'cloud.json');
    resetCloud('expiring-soon');
    const state = inspect();
    await writeFile(
      file,
      JSON.stringify({
        state: stateBeforeSessions(state),
        faults: { latencyMs: 0, errorRate: 0, unreachable: false },
        scenario: 'expiring-soon',
      }),
    );
    resetCloud('fresh-install');

    const server = await startServer(file);
    expect(server.summary).toBe(
      `scenario expiring-soon, continued from ${file}, migrated from version 1`,
    );
    expect(inspect()).toEqual(state);
    await server.stop();
    expect(versionSchema.parse(JSON.parse(await readFile(file, 'utf8'))).version).toBe(
      SAVED_CLOUD_VERSION,
    );
  });
});
