import { buildersFor } from '@tests/builders';
import { describe, expect, it } from 'vitest';
import { SEED_TODAY, seedTypicalSite } from './seed';
import { fleet as fleetCommands } from './commands';
import { CloudModel } from './model';
import {
  fleetOfSize,
  UNKNOWN_ACTIVATION_CODE,
  USED_ACTIVATION_CODE,
  VALID_ACTIVATION_CODE,
} from './fleet-seed';
import type { SensorRecord } from './state';
import { refusal } from '@tests/cloud-refusal';

const KEY_24 = 'LK-3F9A-22C1';
const KEY_12 = 'LK-7B10-90DE';

function setup() {
  return new CloudModel(seedTypicalSite());
}

/** A sensor of our own, so each case controls its dates. */
function addSensor(model: CloudModel, sensor: Partial<SensorRecord> = {}): string {
  return buildersFor(model.state).a.sensor().with(sensor).add().serial;
}

function sensor(model: CloudModel, serial: string) {
  const found = model.listSensors().find((s) => s.serial === serial);
  if (!found) throw new Error(`No sensor ${serial}`);
  return found;
}

describe('seed', () => {
  it('has sensors in every state across 4 locations, 3 keys and a pool of 5', () => {
    const model = setup();
    const sensors = model.listSensors();
    expect(sensors).toHaveLength(40);
    expect(new Set(sensors.map((s) => s.location)).size).toBe(4);
    for (const status of ['active', 'expiring', 'expired', 'unlicensed'] as const)
      expect(sensors.some((s) => s.status === status)).toBe(true);
    expect(sensors.some((s) => s.queue.length > 0)).toBe(true);
    expect(sensors.some((s) => !s.autoRenewal)).toBe(true);
    expect(model.licensesLeft().licensesLeft).toBe(5);
    expect(model.licensesLeft().keys).toHaveLength(3);
    expect(setup().state.fleet).toEqual(model.state.fleet);
  });
});

describe('LM-1 access', () => {
  it('refuses an Analyst every call, with the reason', () => {
    const model = setup();
    const serial = model.state.fleet.sensors[0]?.serial ?? '';
    const session = model.signInFleetAs('Analyst');
    expect(session.canManage).toBe(false);
    expect(session.reason).toMatch(/Administrators and Managers/);
    const calls: (() => unknown)[] = [
      () => model.listSensors(),
      () => model.licensesLeft(),
      () => model.redeemActivationCode(VALID_ACTIVATION_CODE),
      () => model.assignLicense(serial, KEY_24),
      () => model.removeQueued(serial, 'x'),
      () => model.setAutoRenewal(serial, false),
      () => model.expiryRecipients(),
      () => model.setExpiryRecipients([]),
    ];
    for (const call of calls) {
      const error = refusal(call);
      expect(error.status).toBe(403);
      expect(error.code).toBe('fleet_role_forbidden');
      expect(error.message).toMatch(/Analyst/);
    }
    expect(model.state.fleet.pool).toHaveLength(5);
  });

  it('lets Administrators and Managers in', () => {
    const model = setup();
    expect(model.fleetSession()).toMatchObject({ canManage: true, reason: null });
    expect(model.signInFleetAs('Manager').canManage).toBe(true);
    expect(model.listSensors().length).toBeGreaterThan(0);
  });
});

describe('LM-2 activation codes', () => {
  it('adds a good code’s licenses to the pool under a new key, once', () => {
    const model = setup();
    const result = model.redeemActivationCode(` ${VALID_ACTIVATION_CODE.toLowerCase()} `);
    expect(result.added).toBe(5);
    expect(result.key).toMatchObject({ durationMonths: 24, total: 5, available: 5 });
    expect(result.key.id).toMatch(/^LK-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(model.licensesLeft().licensesLeft).toBe(10);
    expect(refusal(() => model.redeemActivationCode(VALID_ACTIVATION_CODE)).code).toBe('code_used');
  });

  it('answers malformed, unknown and used codes each with its own error', () => {
    const model = setup();
    expect(refusal(() => model.redeemActivationCode('12-34'))).toMatchObject({
      status: 400,
      code: 'code_malformed',
    });
    expect(refusal(() => model.redeemActivationCode(UNKNOWN_ACTIVATION_CODE))).toMatchObject({
      status: 404,
      code: 'code_unknown',
    });
    expect(refusal(() => model.redeemActivationCode(USED_ACTIVATION_CODE))).toMatchObject({
      status: 409,
      code: 'code_used',
    });
    expect(model.licensesLeft().licensesLeft).toBe(5);
  });
});

describe('LM-5 assigning licenses', () => {
  it('makes the first license current from today and queues the next', () => {
    const model = setup();
    const serial = addSensor(model);
    const first = model.assignLicense(serial, KEY_12);
    expect(first.current).toMatchObject({ startDate: SEED_TODAY, endDate: '2027-11-22' });
    expect(first.status).toBe('active');
    const second = model.assignLicense(serial, KEY_24);
    expect(second.current?.licenseId).toBe(first.current?.licenseId);
    expect(second.queue).toHaveLength(1);
    expect(second.queue[0]).toMatchObject({ startDate: '2027-11-23', endDate: '2029-11-22' });
    expect(model.licensesLeft().licensesLeft).toBe(3);
  });

  it('counts the key’s licenses on the sensor (LM-3 "Key (n)")', () => {
    const model = setup();
    const serial = addSensor(model);
    model.assignLicense(serial, KEY_24);
    expect(model.assignLicense(serial, KEY_24).keyLicenseCount).toBe(2);
  });

  it('refuses when the pool has no license of that key', () => {
    const model = setup();
    const serial = addSensor(model);
    model.assignLicense(serial, KEY_12);
    model.assignLicense(serial, KEY_12);
    expect(refusal(() => model.assignLicense(serial, KEY_12))).toMatchObject({
      status: 409,
      code: 'pool_empty',
    });
  });

  it('puts a removed queued license back in the pool and moves the later ones up', () => {
    const model = setup();
    const serial = addSensor(model);
    model.assignLicense(serial, KEY_12);
    const queued = model.assignLicense(serial, KEY_12).queue[0];
    const after = model.assignLicense(serial, KEY_24);
    expect(after.queue).toHaveLength(2);
    const removed = model.removeQueued(serial, queued?.licenseId ?? '');
    expect(removed.queue).toHaveLength(1);
    expect(removed.queue[0]).toMatchObject({ keyId: KEY_24, startDate: '2027-11-23' });
    expect(model.licensesLeft().keys.find((k) => k.id === KEY_12)?.available).toBe(1);
    expect(refusal(() => model.removeQueued(serial, 'nope')).code).toBe('license_not_queued');
  });

  it('replaces an expired license instead of queueing behind it', () => {
    const model = setup();
    const serial = addSensor(model, {
      current: {
        licenseId: 'old',
        keyId: KEY_12,
        durationMonths: 12,
        startDate: '2025-01-01',
        endDate: '2025-12-31',
      },
    });
    expect(model.assignLicense(serial, KEY_12).current?.startDate).toBe(SEED_TODAY);
  });
});

describe('LM-4, LM-6 succession across days', () => {
  const endingToday = {
    licenseId: 'ending',
    keyId: KEY_12,
    durationMonths: 12,
    startDate: '2025-11-24',
    endDate: SEED_TODAY,
  };

  it('starts the queued license the day after the current one ends, before the pool', () => {
    const model = setup();
    const serial = addSensor(model, { current: { ...endingToday } });
    const queued = model.assignLicense(serial, KEY_24).queue[0];
    model.advanceClock({ days: 1 });
    const after = sensor(model, serial);
    expect(after.current).toEqual(queued);
    expect(after.current?.startDate).toBe('2026-11-24');
    expect(after.status).toBe('active');
    expect(model.licensesLeft().licensesLeft).toBe(4);
  });

  it('takes the oldest pool license with Auto Renewal on and nothing queued', () => {
    const model = setup();
    const oldest = model.state.fleet.pool[0];
    const serial = addSensor(model, { current: { ...endingToday } });
    model.advanceClock({ days: 1 });
    const after = sensor(model, serial);
    expect(after.current).toMatchObject({ licenseId: oldest?.id, startDate: '2026-11-24' });
    expect(model.licensesLeft().licensesLeft).toBe(4);
  });

  it('expires with Auto Renewal off, keeping history and freezing measurements', () => {
    const model = setup();
    const serial = addSensor(model, {
      current: { ...endingToday },
      autoRenewal: false,
      lastMeasurementAt: SEED_TODAY,
    });
    model.advanceClock({ days: 3 });
    const after = sensor(model, serial);
    expect(after.status).toBe('expired');
    expect(after.current?.licenseId).toBe('ending');
    expect(after.daysLeft).toBe(-3);
    expect(after.lastMeasurementAt).toBe(SEED_TODAY);
    expect(model.licensesLeft().licensesLeft).toBe(5);
  });

  it('expires with Auto Renewal on but the pool empty', () => {
    const model = setup();
    buildersFor(model.state).the.fleet().withEmptyPool();
    const serial = addSensor(model, { current: { ...endingToday } });
    model.advanceClock({ days: 1 });
    expect(sensor(model, serial).status).toBe('expired');
  });

  it('keeps saving measurements of licensed sensors', () => {
    const model = setup();
    const serial = addSensor(model);
    model.assignLicense(serial, KEY_12);
    model.advanceClock({ days: 2 });
    expect(sensor(model, serial).lastMeasurementAt).toBe('2026-11-25');
  });
});

describe('LM-7 expiry e-mails', () => {
  it('e-mails the selected users exactly once a month before and once on the day', () => {
    const model = setup();
    buildersFor(model.state).the.fleet().withoutSensors();
    const [admin, manager] = model.state.fleet.users;
    model.setExpiryRecipients([admin?.id ?? '', manager?.id ?? '']);
    const serial = addSensor(model, {
      autoRenewal: false,
      current: {
        licenseId: 'x',
        keyId: KEY_12,
        durationMonths: 12,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
    });
    model.advanceClock({ to: '2027-02-01' });
    const mails = model.state.outbox.filter((m) => m.id.includes(`fleet-expiry:${serial}`));
    expect(mails.map((m) => m.sentOn)).toEqual(['2026-11-30', '2026-12-31']);
    expect(mails[0]?.recipients).toEqual([admin?.email, manager?.email]);
    expect(mails[1]?.subject).toMatch(/expires today/);
  });

  it('sends nothing without recipients and refuses unknown users', () => {
    const model = setup();
    model.setExpiryRecipients([]);
    model.advanceClock({ days: 60 });
    expect(model.state.outbox.filter((m) => m.id.includes('fleet-expiry'))).toEqual([]);
    expect(refusal(() => model.setExpiryRecipients(['nobody'])).code).toBe('validation_failed');
  });
});

describe('LM-8 large fleets', () => {
  // How fast is the benchmark's question (npm run bench), not a test's: this one checks what comes out.
  it('generates 100,000 sensors with unique serials, the same every time, and lists them', () => {
    const fleet = fleetOfSize(100_000, SEED_TODAY);
    expect(fleet.sensors).toHaveLength(100_000);
    expect(new Set(fleet.sensors.map((s) => s.serial)).size).toBe(100_000);
    expect(fleetOfSize(100_000, SEED_TODAY).sensors[99_999]).toEqual(fleet.sensors[99_999]);
    const model = setup();
    buildersFor(model.state).the.fleet().replacedBy(fleet);
    const sensors = model.listSensors();
    expect(sensors).toHaveLength(100_000);
    for (const status of ['active', 'expiring', 'expired', 'unlicensed'] as const)
      expect(sensors.some((s) => s.status === status)).toBe(true);
  });
});

describe('LM-11 renewal that catches up', () => {
  const expiredOn = (endDate: string) => ({
    current: {
      licenseId: `ended-${endDate}`,
      keyId: KEY_12,
      durationMonths: 12,
      startDate: '2025-01-01',
      endDate,
    },
  });

  it('a code added renews expired sensors at once, the longest expired first, from today', () => {
    const model = setup();
    const days = Array.from({ length: 12 }, (_, i) => `2026-10-${String(10 + i).padStart(2, '0')}`);
    // Added in a shuffled order, so the order of the fleet is not the order of renewal.
    const serials = [...days].reverse().map((day) => [day, addSensor(model, expiredOn(day))]);
    const result = model.redeemActivationCode(VALID_ACTIVATION_CODE);
    expect(result.renewedSensors).toBe(10);
    expect(model.licensesLeft().licensesLeft).toBe(0);
    const renewed = serials.filter(([, serial]) => sensor(model, serial ?? '').status === 'active');
    expect(renewed.map(([day]) => day).sort()).toEqual(days.slice(0, 10));
    const first = sensor(model, serials.find(([day]) => day === days[0])?.[1] ?? '');
    expect(first.current?.startDate).toBe(SEED_TODAY);
    expect(first.renewedFromPoolOn).toBe(SEED_TODAY);
    expect(first.lastMeasurementAt).toBe(SEED_TODAY);
    const newest = sensor(model, serials.find(([day]) => day === days[11])?.[1] ?? '');
    expect(newest.status).toBe('expired');
    expect(newest.renewedFromPoolOn).toBeNull();
  });

  it('the next simulated day renews an expired sensor the pool can serve', () => {
    const model = setup();
    const serial = addSensor(model, expiredOn('2026-11-01'));
    model.advanceClock({ days: 1 });
    const after = sensor(model, serial);
    expect(after.current?.startDate).toBe('2026-11-24');
    expect(after.renewedFromPoolOn).toBe('2026-11-24');
  });

  it('a queued license removed goes to the expired sensor waiting for one', () => {
    const model = setup();
    const holder = addSensor(model);
    model.assignLicense(holder, KEY_24);
    const queued = model.assignLicense(holder, KEY_24).queue[0];
    for (let left = model.licensesLeft().licensesLeft; left > 0; left -= 1)
      model.assignLicense(holder, model.licensesLeft().keys.find((k) => k.available > 0)?.id ?? '');
    const waiting = addSensor(model, expiredOn('2026-11-01'));
    model.removeQueued(holder, queued?.licenseId ?? '');
    expect(sensor(model, waiting).current?.licenseId).toBe(queued?.licenseId);
    expect(model.licensesLeft().licensesLeft).toBe(0);
  });

  it('leaves a sensor with Auto Renewal off expired, and renews it when it is switched on', () => {
    const model = setup();
    const serial = addSensor(model, { ...expiredOn('2026-11-01'), autoRenewal: false });
    model.advanceClock({ days: 1 });
    expect(sensor(model, serial).status).toBe('expired');
    const after = model.setAutoRenewal(serial, true);
    expect(after.status).toBe('active');
    expect(after.renewedFromPoolOn).toBe('2026-11-24');
  });
});

describe('LM-10 onboarding', () => {
  const body = (serials: string[]) => ({
    sensors: serials.map((serial) => ({ serial, name: '' })),
    location: 'Warehouse',
  });

  it('adds sensors with Auto Renewal on and a pool license each while any is left', async () => {
    const model = setup();
    const serials = Array.from({ length: 7 }, (_, i) => `A0000${i}`);
    const result = await model.run(fleetCommands.addNewSensors, body(serials));
    expect(result).toEqual({ added: 7, licensed: 5, waiting: 2, refused: [] });
    const added = serials.map((serial) => sensor(model, serial));
    expect(added.every((s) => s.autoRenewal)).toBe(true);
    expect(added.filter((s) => s.status === 'active')).toHaveLength(5);
    expect(added[0]?.current?.startDate).toBe(SEED_TODAY);
    expect(added[6]?.status).toBe('unlicensed');
  });

  it('refuses each bad line with its reason and adds the rest; a retry adds nothing twice', async () => {
    const model = setup();
    const existing = model.listSensors()[0]?.serial ?? '';
    const input = body(['a00001', 'NOT-HEX', existing, 'A00001']);
    const result = await model.run(fleetCommands.addNewSensors, input, 'paste-1');
    expect(result.added).toBe(1);
    expect(result.refused.map((r) => r.code)).toEqual([
      'serial_format',
      'serial_duplicate',
      'serial_duplicate',
    ]);
    expect(result.refused[0]?.message).toContain('6 to 12 hexadecimal digits');
    expect(await model.run(fleetCommands.addNewSensors, input, 'paste-1')).toEqual(result);
    expect(model.listSensors().filter((s) => s.serial === 'A00001')).toHaveLength(1);
  });

  it('sensors waiting for a license take the next code’s licenses at once (LM-11)', async () => {
    const model = setup();
    const serials = Array.from({ length: 8 }, (_, i) => `B0000${i}`);
    await model.run(fleetCommands.addNewSensors, body(serials));
    expect(model.licensesLeft().licensesLeft).toBe(0);
    const redeemed = model.redeemActivationCode(VALID_ACTIVATION_CODE);
    expect(redeemed.renewedSensors).toBe(3);
    expect(serials.map((serial) => sensor(model, serial).status)).toEqual(
      Array<string>(8).fill('active'),
    );
    expect(sensor(model, 'B00007').renewedFromPoolOn).toBe(SEED_TODAY);
  });
});
