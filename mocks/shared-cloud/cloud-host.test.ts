// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activatedLicenseListSchema } from '@/api/contract/licenses';
import { activationJobListSchema } from '@/api/contract/activations';
import { segmentControllerListSchema } from '@/api/contract/segment-controllers';
import { simulationSchema } from '@/api/contract/simulation';
import { StorageFullError } from '../cloud/cloud-saver';
import { cloud, resetCloud } from '../cloud/instance';
import { readSavedCloud, SAVED_CLOUD_VERSION, serializeCloud } from '../cloud/saved-cloud';
import { stateBeforeSessions } from '@tests/saved-cloud-before-sessions';
import { CloudConnection } from './cloud-connection';
import { createCloudHost, type HostStore } from './cloud-host';
import type { CloudEvent } from './protocol';
import { inspect, the } from '@tests/builders';

const ORIGIN = 'http://127.0.0.1:4173';
const OPTIONS = { latencyMs: 0, activationMsPerLicense: 0, maxSavedSensors: 20_000 };
const NO_ADDRESS = { scenario: null, latencyMs: null, activationMsPerLicense: null, legacy: null };

/** The browser's storage: IndexedDB keeps the old text whole when a write does not fit. */
function memoryStore(initial: string | null = null) {
  const held: { current: string | null; unusable: string | null; quota: number } = {
    current: initial,
    unusable: null,
    quota: Infinity,
  };
  const store: HostStore = {
    read: async () => held.current,
    write: async (text) => {
      if (text.length > held.quota) throw new StorageFullError();
      held.current = text;
    },
    keepUnusable: async (text) => {
      held.unusable = text;
    },
  };
  return { held, store };
}

const opened: MessagePort[] = [];
afterEach(() => {
  for (const port of opened.splice(0)) port.close();
});

/** A tab of the demo build: its line to the host, and what the host told it. */
function openTab(host: ReturnType<typeof createCloudHost>) {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  host.connect(port2);
  const connection = new CloudConnection(port1);
  const events: CloudEvent[] = [];
  connection.onEvent((event) => events.push(event));
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await connection.forward(
      new Request(`${ORIGIN}/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    const json: unknown = await response.json();
    return { status: response.status, json };
  };
  return { connection, events, call };
}

/** What the host tells a tab arrives on its own port, after the answer to the call that caused it. */
const told = (events: CloudEvent[], event: CloudEvent) =>
  vi.waitFor(() => expect(events).toContainEqual(event));

function plantRoomActivation(): { segmentControllerId: string; licenseId: string }[] {
  const model = cloud();
  const campus = inspect().customers.find((c) => c.name === 'P2022-0208');
  const plantRoom = inspect().segmentControllers.find((c) => c.name === 'Plant Room');
  if (!campus || !plantRoom) throw new Error('seed');
  model.saveCustomerId(plantRoom.id, campus.id);
  const [license] = model.listCloudLicenses();
  if (!license) throw new Error('seed');
  return [{ segmentControllerId: plantRoom.id, licenseId: license.licenseId }];
}

describe('one simulated cloud per browser (R24)', () => {
  it('two tabs activating the same license at once start one job; the other gets a 409', async () => {
    const host = createCloudHost(memoryStore().store, OPTIONS);
    const [first, second] = [openTab(host), openTab(host)];
    expect(await first.connection.hello(NO_ADDRESS)).toEqual({
      status: 'ready',
      storageFull: false,
    });
    await second.connection.hello(NO_ADDRESS);
    the.cloud().activationTakes(600_000); // the job is still running
    const items = plantRoomActivation();

    const answers = await Promise.all([
      first.call('POST', '/cms/activation-jobs', { items }),
      second.call('POST', '/cms/activation-jobs', { items }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409]);
    expect(answers.find((a) => a.status === 409)?.json).toMatchObject({
      code: 'activation_in_progress',
    });
    const jobs = activationJobListSchema.parse(
      (await second.call('GET', '/cms/activation-jobs')).json,
    );
    expect(jobs.items).toHaveLength(1);
  });

  it('a note is stored before its tab hears back, and only the other tab is told', async () => {
    const { held, store } = memoryStore();
    const host = createCloudHost(store, OPTIONS);
    const [writer, reader] = [openTab(host), openTab(host)];
    await writer.connection.hello(NO_ADDRESS);
    await reader.connection.hello(NO_ADDRESS);
    const listed = activatedLicenseListSchema.parse(
      (await reader.call('GET', '/cms/licenses')).json,
    );
    const licenseId = listed.items[0]?.licenseId ?? '';

    const saved = await writer.call('PATCH', `/cms/licenses/${licenseId}`, { note: 'Rack 3' });
    expect(saved.status).toBe(200);
    expect(held.current).toContain('"note":"Rack 3"');
    await told(reader.events, { type: 'changed' });
    expect(writer.events).toEqual([]);
    const seen = activatedLicenseListSchema.parse((await reader.call('GET', '/cms/licenses')).json);
    expect(seen.items.find((l) => l.licenseId === licenseId)?.note).toBe('Rack 3');
  });

  it('after every tab closed, the next tab continues with everything that was acknowledged', async () => {
    const { store } = memoryStore();
    const before = openTab(createCloudHost(store, OPTIONS));
    await before.connection.hello(NO_ADDRESS);
    const controllers = segmentControllerListSchema.parse(
      (await before.call('GET', '/cms/segment-controllers')).json,
    );
    const mainHall = controllers.items.find((c) => c.name === 'Main Hall')?.id ?? '';
    expect(
      (
        await before.call('PUT', `/cms/segment-controllers/${mainHall}/customer-id`, {
          customerId: null,
        })
      ).status,
    ).toBe(200);

    resetCloud('fresh-install'); // the SharedWorker ended with the last tab
    const after = openTab(createCloudHost(store, OPTIONS));
    await after.connection.hello(NO_ADDRESS);
    const again = segmentControllerListSchema.parse(
      (await after.call('GET', '/cms/segment-controllers')).json,
    );
    expect(again.items.find((c) => c.name === 'Main Hall')?.customerId).toBeNull();
  });

  it('storage full: every tab is warned, the last good state is kept, and the warning ends when it fits', async () => {
    const { held, store } = memoryStore();
    const host = createCloudHost(store, OPTIONS);
    const [writer, other] = [openTab(host), openTab(host)];
    await writer.connection.hello(NO_ADDRESS);
    await other.connection.hello(NO_ADDRESS);
    const lastGood = held.current;
    held.quota = lastGood?.length ?? 0;
    const [license] = cloud().listActivatedLicenses();

    const saved = await writer.call('PATCH', `/cms/licenses/${license?.licenseId}`, {
      note: 'Too big',
    });
    expect(saved.status).toBe(200); // the cloud runs on; only keeping it failed
    expect(held.current).toBe(lastGood);
    await told(writer.events, { type: 'storage', full: true });
    await told(other.events, { type: 'storage', full: true });
    const late = openTab(host);
    expect(await late.connection.hello(NO_ADDRESS)).toEqual({ status: 'ready', storageFull: true });

    held.quota = Infinity;
    await writer.call('PATCH', `/cms/licenses/${license?.licenseId}`, { note: 'Fits again' });
    await told(other.events, { type: 'storage', full: false });
    expect(held.current).toContain('"note":"Fits again"');
  });

  it('a saved cloud that cannot be used is put aside, runs nothing, and is replaced only on a fresh start', async () => {
    resetCloud();
    const damaged = serializeCloud().replace('"today":"2026-11-23"', '"today":"someday"');
    const { held, store } = memoryStore(damaged);
    const tab = openTab(createCloudHost(store, OPTIONS));

    const status = await tab.connection.hello(NO_ADDRESS);
    expect(status).toEqual({
      status: 'unusable',
      message: expect.stringMatching(/state\.today: Expected a date as YYYY-MM-DD/),
      copy: damaged,
    });
    expect(held.unusable).toBe(damaged);
    const refused = await tab.call('GET', '/cms/licenses');
    expect(refused).toMatchObject({ status: 503, json: { code: 'cloud_unusable' } });
    expect(held.current).toBe(damaged);

    expect(await tab.connection.reset('typical-site')).toEqual({
      status: 'ready',
      storageFull: false,
    });
    const fresh = readSavedCloud(held.current ?? '');
    expect(fresh.ok && fresh.saved.scenario).toBe('typical-site');
    expect(held.unusable).toBe(damaged);
    expect((await tab.call('GET', '/cms/licenses')).status).toBe(200);
  });

  it('the copy a tab kept in localStorage before (version 1) is migrated when nothing newer is stored', async () => {
    resetCloud('expiring-soon');
    const state = inspect();
    const legacy = JSON.stringify({
      state: stateBeforeSessions(state),
      faults: { latencyMs: 0, errorRate: 0, unreachable: false },
      scenario: 'expiring-soon',
    });
    resetCloud();
    const { held, store } = memoryStore();
    const tab = openTab(createCloudHost(store, OPTIONS));

    expect(await tab.connection.hello({ ...NO_ADDRESS, legacy })).toMatchObject({
      status: 'ready',
    });
    const kept = readSavedCloud(held.current ?? '');
    expect(kept.ok && kept.saved).toMatchObject({
      version: SAVED_CLOUD_VERSION,
      scenario: 'expiring-soon',
    });
    expect(inspect()).toEqual(state);
  });

  it('?scenario= starts that seed afresh for every tab, and the others are told', async () => {
    const host = createCloudHost(memoryStore().store, OPTIONS);
    const [open, opening] = [openTab(host), openTab(host)];
    await open.connection.hello(NO_ADDRESS);
    await opening.connection.hello({
      ...NO_ADDRESS,
      scenario: 'fresh-install',
      activationMsPerLicense: 600_000,
    });
    await told(open.events, { type: 'changed' });
    const simulation = simulationSchema.parse((await open.call('GET', '/dev/simulation')).json);
    expect(simulation).toMatchObject({
      scenario: 'fresh-install',
      activationMsPerLicense: 600_000,
    });
  });
});
