import { buildersFor } from '@tests/builders';
import { describe, expect, it } from 'vitest';
import { fleetBulk, history } from './commands';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';
import { asyncRefusal, refusal } from '@tests/cloud-refusal';

const KEY_12 = 'LK-7B10-90DE';

/** A sensor without a license, Auto Renewal off, so nothing happens to it by itself. */
function setup() {
  const model = new CloudModel(seedTypicalSite());
  const serial = buildersFor(model.state)
    .a.sensor()
    .with({ serial: 'TRAIL01', autoRenewal: false, current: null })
    .add().serial;
  return { model, serial };
}

const trail = async (model: CloudModel, serial: string) =>
  (await model.run(history.sensorTrail, serial)).items;

describe('AU-1: a sensor’s History', () => {
  it('says who did what to the sensor, in order, with before and after', async () => {
    const { model, serial } = setup();
    const manager = model.signInFleetAs('Manager').user;
    model.assignLicense(serial, KEY_12);
    model.setAutoRenewal(serial, true);

    const items = await trail(model, serial);
    expect(items.map((i) => i.kind)).toEqual(['licenseAssigned', 'autoRenewalChanged']);
    const [assigned, switched] = items;
    expect(assigned).toMatchObject({
      command: 'fleet.assignLicense',
      actor: { app: 'fleet', name: manager.name, role: 'Manager' },
      reference: KEY_12,
      refusal: null,
    });
    expect(assigned?.changes).toEqual([
      { field: 'licenseEnd', before: null, after: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    expect(switched?.changes).toEqual([{ field: 'autoRenewal', before: 'off', after: 'on' }]);
    expect(switched?.at).not.toBeNull();
  });

  it('names who ran a bulk command, which records one event for all its sensors', async () => {
    const { model, serial } = setup();
    const admin = model.signInFleetAs('Administrator').user;
    await model.run(fleetBulk.runBulkCommand, {
      action: { kind: 'autoRenewal', on: true },
      target: { kind: 'selected', serials: [serial, 'NOT-IN-FLEET'] },
    });
    const [switched] = await trail(model, serial);
    expect(switched).toMatchObject({
      kind: 'autoRenewalChanged',
      command: 'fleet.bulk',
      actor: { app: 'fleet', name: admin.name, role: 'Administrator' },
      changes: [{ field: 'autoRenewal', before: 'off', after: 'on' }],
    });
    // The bulk command's one audit event does not list its sensors one by one.
    expect(model.auditEvents().at(-1)?.ids).toEqual(['bulk:autoRenewal']);
  });

  it('shows a refused command with who tried it and why', async () => {
    const { model, serial } = setup();
    const manager = model.signInFleetAs('Manager').user;
    const error = refusal(() => model.removeQueued(serial, 'no-such-license'));
    const [refused] = await trail(model, serial);
    expect(refused).toMatchObject({
      kind: 'queuedRemoved',
      command: 'fleet.removeQueued',
      actor: { name: manager.name },
      refusal: { code: error.code, message: error.message },
    });
  });

  it('gives what the cloud did by itself to the cloud, not to the last person', async () => {
    const { model, serial } = setup();
    model.signInFleetAs('Manager');
    model.assignLicense(serial, KEY_12);
    model.advanceClock({ days: 400 });
    const items = await trail(model, serial);
    expect(items.map((i) => i.kind)).toEqual(['licenseAssigned', 'licenseExpired']);
    expect(items[1]?.actor).toBeNull();
  });

  it('refuses an Analyst, as the sensor itself (LM-1), and an unknown serial', async () => {
    const { model, serial } = setup();
    expect((await asyncRefusal(() => trail(model, 'NOT-IN-FLEET'))).code).toBe('sensor_not_found');
    model.signInFleetAs('Analyst');
    expect((await asyncRefusal(() => trail(model, serial))).status).toBe(403);
  });
});
