import { buildersFor, found } from '@tests/builders';
import { asyncRefusal } from '@tests/cloud-refusal';
import { describe, expect, it } from 'vitest';
import type { BulkBody } from '@/api/contract/fleet-bulk';
import { fleetBulk } from './commands';
import { fleetOfSize } from './fleet-seed';
import { CloudModel } from './model';
import { SEED_TODAY, seedTypicalSite } from './seed';
import type { SensorRecord } from './state';

const KEY_24 = 'LK-3F9A-22C1';
const KEY_12 = 'LK-7B10-90DE';
const NO_FILTER = { search: '', status: null, location: null };

function setup() {
  return new CloudModel(seedTypicalSite());
}

function addSensor(model: CloudModel, sensor: Partial<SensorRecord> = {}): string {
  return buildersFor(model.state).a.sensor().with(sensor).add().serial;
}

/** A sensor with a running license of its own and Auto Renewal off, so the pool stays as it is. */
function licensedSensor(model: CloudModel): string {
  const running = { keyId: KEY_12, durationMonths: 12, startDate: '2026-06-01' };
  const serial = `R${model.state.fleet.sensors.length}`;
  const current = { ...running, licenseId: `running-${serial}`, endDate: '2027-05-31' };
  return addSensor(model, { serial, autoRenewal: false, current });
}

const sensor = (model: CloudModel, serial: string) => model.getSensor(serial);

const bulk = (model: CloudModel, body: BulkBody, key: string | null = null) =>
  Promise.resolve(model.run(fleetBulk.runBulkCommand, body, key));

const selected = (serials: string[]) => ({ kind: 'selected' as const, serials });

describe('LM-12 bulk actions', () => {
  it('switches Auto Renewal off for everything a filter matches, and says n of m', async () => {
    const model = setup();
    const filter = { ...NO_FILTER, location: 'Warehouse' };
    const inWarehouse = model.listSensors().filter((s) => s.location === 'Warehouse');
    const others = model.listSensors().filter((s) => s.location !== 'Warehouse');
    const result = await bulk(model, {
      action: { kind: 'autoRenewal', on: false },
      target: { kind: 'filtered', filter, expected: inWarehouse.length },
    });
    expect(result).toMatchObject({
      requested: inWarehouse.length,
      succeeded: inWarehouse.length,
      refusedCount: 0,
      refusals: [],
    });
    expect(inWarehouse.every((s) => !sensor(model, s.serial).autoRenewal)).toBe(true);
    // LM-14: each sensor that changed says so in its history; one already off records nothing.
    const changed = inWarehouse.filter((s) => s.autoRenewal);
    const offEvents = (serial: string) =>
      found(
        model.state.fleet.sensors.find((s) => s.serial === serial),
        serial,
      ).events.filter((e) => e.kind === 'autoRenewalOff' && e.day === SEED_TODAY);
    expect(changed.every((s) => offEvents(s.serial).length === 1)).toBe(true);
    expect(
      inWarehouse.filter((s) => !s.autoRenewal).every((s) => offEvents(s.serial).length === 0),
    ).toBe(true);
    expect(others.map((s) => sensor(model, s.serial).autoRenewal)).toEqual(
      others.map((s) => s.autoRenewal),
    );
  });

  it('refuses a filter that now matches another count than the one confirmed; nothing changes', async () => {
    const model = setup();
    const before = model.listSensors();
    const error = await asyncRefusal(() =>
      bulk(model, {
        action: { kind: 'autoRenewal', on: false },
        target: { kind: 'filtered', filter: NO_FILTER, expected: before.length - 1 },
      }),
    );
    expect(error.code).toBe('bulk_count_changed');
    expect(error.message).toContain(`now match ${before.length} sensors`);
    expect(model.listSensors()).toEqual(before);
  });

  it('refuses a command on no sensors', async () => {
    const model = setup();
    const none = { ...NO_FILTER, search: 'no sensor is called this' };
    for (const target of [selected([]), { kind: 'filtered' as const, filter: none, expected: 0 }]) {
      const error = await asyncRefusal(() =>
        bulk(model, { action: { kind: 'removeQueued' }, target }),
      );
      expect(error.code).toBe('bulk_empty');
    }
  });

  it('assigns one license of the key to each sensor: current when it has none, queued otherwise', async () => {
    const model = setup();
    const bare = addSensor(model, { current: null, autoRenewal: false });
    const licensed = licensedSensor(model);
    const left = model.licensesLeft().keys.find((k) => k.id === KEY_12)?.available ?? 0;
    const result = await bulk(model, {
      action: { kind: 'assign', keyId: KEY_12 },
      target: selected([bare, licensed]),
    });
    expect(result).toMatchObject({ requested: 2, succeeded: 2, refusedCount: 0 });
    expect(sensor(model, bare).current).toMatchObject({ keyId: KEY_12, startDate: SEED_TODAY });
    expect(sensor(model, licensed).queue.at(-1)?.keyId).toBe(KEY_12);
    expect(model.licensesLeft().keys.find((k) => k.id === KEY_12)?.available).toBe(left - 2);
  });

  it('refuses more sensors than the key has licenses left, and assigns none', async () => {
    const model = setup();
    const left = model.licensesLeft();
    const available = left.keys.find((k) => k.id === KEY_24)?.available ?? 0;
    const serials = Array.from({ length: available + 1 }, () =>
      addSensor(model, { current: null, autoRenewal: false }),
    );
    const error = await asyncRefusal(() =>
      bulk(model, { action: { kind: 'assign', keyId: KEY_24 }, target: selected(serials) }),
    );
    expect(error.code).toBe('pool_short');
    expect(error.details).toEqual({ keyId: KEY_24, available, requested: available + 1 });
    expect(model.licensesLeft()).toEqual(left);
    expect(serials.every((serial) => sensor(model, serial).current === null)).toBe(true);
  });

  it('refuses an unknown key', async () => {
    const model = setup();
    const error = await asyncRefusal(() =>
      bulk(model, {
        action: { kind: 'assign', keyId: 'LK-0000-0000' },
        target: selected([addSensor(model)]),
      }),
    );
    expect(error.code).toBe('key_not_found');
  });

  it('removes queued licenses where there are some and refuses each sensor with none', async () => {
    const model = setup();
    const queued = licensedSensor(model);
    model.assignLicense(queued, KEY_24);
    model.assignLicense(queued, KEY_24);
    const empty = licensedSensor(model);
    const left = model.licensesLeft().licensesLeft;
    const result = await bulk(model, {
      action: { kind: 'removeQueued' },
      target: selected([queued, empty, 'FFFFFFFF0000']),
    });
    expect(result.requested).toBe(3);
    expect(result.succeeded).toBe(1);
    expect(result.refusedCount).toBe(2);
    expect(result.refusals.map((r) => [r.serial, r.code])).toEqual([
      ['FFFFFFFF0000', 'sensor_not_found'],
      [empty, 'nothing_queued'],
    ]);
    expect(sensor(model, queued).queue).toEqual([]);
    expect(model.licensesLeft().licensesLeft).toBe(left + 2);
  });

  it('renews waiting sensors with the licenses a removal gives back (LM-11)', async () => {
    const model = setup();
    const holder = addSensor(model);
    model.assignLicense(holder, KEY_24);
    for (let left = model.licensesLeft().licensesLeft; left > 0; left -= 1)
      model.assignLicense(holder, model.licensesLeft().keys.find((k) => k.available > 0)?.id ?? '');
    const waiting = addSensor(model, { current: null, autoRenewal: true });
    const result = await bulk(model, {
      action: { kind: 'removeQueued' },
      target: selected([holder]),
    });
    expect(result.renewedSensors).toBeGreaterThanOrEqual(1);
    expect(sensor(model, waiting).status).toBe('active');
  });

  it('switching Auto Renewal on renews the expired sensors among them at once (LM-11)', async () => {
    const model = setup();
    const expired = addSensor(model, {
      autoRenewal: false,
      current: {
        licenseId: 'ended',
        keyId: KEY_12,
        durationMonths: 12,
        startDate: '2025-10-01',
        endDate: '2026-10-01',
      },
    });
    const result = await bulk(model, {
      action: { kind: 'autoRenewal', on: true },
      target: selected([expired]),
    });
    expect(result.renewedSensors).toBe(1);
    expect(sensor(model, expired).renewedFromPoolOn).toBe(SEED_TODAY);
  });

  it('answers a retried command (same Idempotency-Key) without acting twice', async () => {
    const model = setup();
    const serial = addSensor(model, { current: null, autoRenewal: false });
    const body: BulkBody = {
      action: { kind: 'assign', keyId: KEY_12 },
      target: selected([serial]),
    };
    const first = await bulk(model, body, 'bulk-1');
    const left = model.licensesLeft();
    expect(await bulk(model, body, 'bulk-1')).toEqual(first);
    expect(model.licensesLeft()).toEqual(left);
    expect(sensor(model, serial).queue).toEqual([]);
  });

  it('refuses an Analyst', async () => {
    const model = setup();
    model.signInFleetAs('Analyst');
    const error = await asyncRefusal(() =>
      bulk(model, { action: { kind: 'removeQueued' }, target: selected([addSensor(model)]) }),
    );
    expect(error.code).toBe('fleet_role_forbidden');
  });

  it('acts on 100,000 sensors, lists the first 100 refusals and counts them all', async () => {
    const state = seedTypicalSite();
    const model = new CloudModel({ ...state, fleet: fleetOfSize(100_000, state.today) });
    const withQueue = model.querySensors({ ...NO_FILTER, sort: 'sensor', direction: 'asc' }, 0, 1);
    const result = await bulk(model, {
      action: { kind: 'removeQueued' },
      target: { kind: 'filtered', filter: NO_FILTER, expected: 100_000 },
    });
    expect(withQueue.total).toBe(100_000);
    expect(result.requested).toBe(100_000);
    expect(result.succeeded + result.refusedCount).toBe(100_000);
    expect(result.refusals).toHaveLength(Math.min(100, result.refusedCount));
    expect(model.auditEvents().at(-1)?.ids).toEqual(['bulk:removeQueued']);
  });
});
