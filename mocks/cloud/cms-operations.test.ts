import { buildersFor } from '@tests/builders';
import { describe, expect, it } from 'vitest';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';

function setup(now = () => 0) {
  const model = new CloudModel(seedTypicalSite(), now);
  const byName = (name: string) => {
    const controller = model.state.segmentControllers.find((c) => c.name === name);
    if (!controller) throw new Error(name);
    return controller;
  };
  const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
  if (!campus) throw new Error('seed');
  return { model, byName, campus };
}

function refusal(run: () => unknown): { status: number; code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof CloudError)
      return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('Expected the cloud to refuse');
}

describe('SS-1: only the Owner may call the Manage Licenses operations', () => {
  it('refuses every command to other CMS user types with 403, but lets them read', () => {
    const { model, byName } = setup();
    const [license] = model.listActivatedLicenses();
    if (!license) throw new Error('seed');
    for (const role of ['Admin', 'Supervisor', 'User'] as const) {
      model.signInAs(role);
      const commands = [
        () => model.updateNote(license.licenseId, 'x'),
        () => model.saveCustomerId(byName('Plant Room').id, null),
        () => model.listCloudLicenses(),
        () =>
          model.startActivation(
            [{ segmentControllerId: byName('Main Hall').id, licenseId: license.licenseId }],
            null,
          ),
        () => model.listActivationJobs(),
        () => model.transferToCloud([license.licenseId], null),
        () => model.provisionDevices(byName('Main Hall').id, null),
      ];
      for (const command of commands)
        expect(refusal(command)).toMatchObject({ status: 403, code: 'owner_only' });
      expect(model.listActivatedLicenses()).toHaveLength(9);
      expect(model.listSegmentControllers()).toHaveLength(3);
      expect(model.listDevices().length).toBeGreaterThan(0);
    }
  });
});

describe('SS-22: saving a Customer ID', () => {
  it('trims and lower-cases a known Customer ID, and clearing is allowed', () => {
    const { model, byName, campus } = setup();
    const plantRoom = byName('Plant Room').id;
    expect(model.saveCustomerId(plantRoom, `  ${campus.id.toUpperCase()} `).customerId).toBe(
      campus.id,
    );
    expect(model.saveCustomerId(plantRoom, null).customerId).toBeNull();
    expect(model.saveCustomerId(plantRoom, '').customerId).toBeNull();
  });

  it('refuses a malformed value, a License ID and an unknown Customer ID, each with its own message', () => {
    const { model, byName } = setup();
    const plantRoom = byName('Plant Room').id;
    const [license] = model.state.licenses;
    expect(refusal(() => model.saveCustomerId(plantRoom, 'P2022-0208'))).toMatchObject({
      status: 400,
      code: 'invalid_customer_id',
    });
    expect(refusal(() => model.saveCustomerId(plantRoom, license?.id ?? ''))).toMatchObject({
      status: 422,
      message:
        'This is a License ID, not a Customer ID. Find the Customer ID in the License Partner Portal.',
    });
    expect(
      refusal(() => model.saveCustomerId(plantRoom, '2133c667-af41-4518-94df-a2bb3b775330')),
    ).toMatchObject({
      status: 404,
      message: 'Customer ID not found. Check it in the License Partner Portal.',
    });
    expect(byName('Plant Room').customerId).toBeNull();
  });
});

describe('SS-30, SS-31, SS-13: licenses waiting in the cloud', () => {
  it('lists each license once, with every segment controller that saved its Customer ID, never superseded ones (SS-76)', () => {
    const { model, byName } = setup();
    const rows = model.listCloudLicenses();
    expect(rows.map((r) => [r.kind, r.deviceCount, r.termYears])).toEqual([
      ['capacity', 100, null],
      ['maintenance', 100, 1],
      ['maintenance', 50, 3],
    ]);
    for (const row of rows) {
      expect(row.segmentControllerIds).toEqual([
        byName('Main Hall').id,
        byName('Parking Garage').id,
      ]);
    }
    const superseded = model.state.licenses.find((l) => l.supersededBy !== null);
    expect(rows.some((r) => r.licenseId === superseded?.id)).toBe(false);
  });

  it('shows the expiry a maintenance license would have today: a returned one keeps its running clock', () => {
    const { model } = setup();
    const rows = model.listCloudLicenses();
    expect(rows.find((r) => r.termYears === 1)?.expiryDateIfActivatedToday).toBe('2027-11-22');
    // First activated 2026-03-01, returned 2026-09-30: still ends 2029-02-28.
    expect(rows.find((r) => r.termYears === 3)?.expiryDateIfActivatedToday).toBe('2029-02-28');
  });
});

describe('SS-33 … SS-35: activation jobs', () => {
  it('activates with today’s date, and the licenses leave the cloud list', () => {
    const { model, byName } = setup();
    const mainHall = byName('Main Hall').id;
    const targets = model.listCloudLicenses().slice(0, 2);
    const job = model.startActivation(
      targets.map((t) => ({ segmentControllerId: mainHall, licenseId: t.licenseId })),
      null,
    );
    expect(job.status).toBe('running');
    const [done] = model.listActivationJobs();
    expect(done?.status).toBe('finished');
    expect(done?.items.map((i) => i.state)).toEqual(['activated', 'activated']);
    const activated = model
      .listActivatedLicenses()
      .filter((l) => targets.some((t) => t.licenseId === l.licenseId));
    expect(activated.map((l) => l.activationDate)).toEqual(['2026-11-23', '2026-11-23']);
    expect(
      model.listCloudLicenses().some((r) => targets.some((t) => t.licenseId === r.licenseId)),
    ).toBe(false);
  });

  it('moves one license at a time at the cloud’s pace', () => {
    let now = 0;
    const { model, byName } = setup(() => now);
    buildersFor(model.state).the.cloud().activationTakes(1_000);
    const mainHall = byName('Main Hall').id;
    const targets = model.listCloudLicenses();
    model.startActivation(
      targets.map((t) => ({ segmentControllerId: mainHall, licenseId: t.licenseId })),
      null,
    );
    const states = () => model.listActivationJobs()[0]?.items.map((i) => i.state);
    now = 500;
    expect(states()).toEqual(['activating', 'pending', 'pending']);
    now = 1_500;
    expect(states()).toEqual(['activated', 'activating', 'pending']);
    now = 3_000;
    expect(states()).toEqual(['activated', 'activated', 'activated']);
    expect(model.listActivationJobs()[0]?.status).toBe('finished');
  });

  it('fails some licenses with their reasons while the others succeed (SS-34, SS-35)', () => {
    const { model, byName } = setup();
    const mainHall = byName('Main Hall').id;
    const garage = byName('Parking Garage').id;
    const [capacity, maintenance, threeYear] = model.listCloudLicenses();
    const superseded = model.state.licenses.find((l) => l.supersededBy !== null);
    const otherCustomers = model.state.licenses.find(
      (l) =>
        l.customerId !== null &&
        l.activation === null &&
        l.customerId !== byName('Main Hall').customerId,
    );
    if (!capacity || !maintenance || !threeYear || !superseded || !otherCustomers)
      throw new Error('seed');
    model.startActivation(
      [{ segmentControllerId: mainHall, licenseId: threeYear.licenseId }],
      null,
    );
    model.startActivation(
      [
        { segmentControllerId: mainHall, licenseId: capacity.licenseId },
        { segmentControllerId: garage, licenseId: maintenance.licenseId },
        { segmentControllerId: mainHall, licenseId: superseded.id },
        { segmentControllerId: mainHall, licenseId: otherCustomers.id },
        { segmentControllerId: garage, licenseId: threeYear.licenseId },
      ],
      null,
    );
    const items = model.listActivationJobs()[0]?.items ?? [];
    expect(items.map((i) => [i.state, i.error?.code ?? null])).toEqual([
      ['activated', null],
      ['failed', 'segment_offline'],
      ['failed', 'license_superseded'],
      ['failed', 'wrong_account'],
      ['failed', 'already_active'],
    ]);
    expect(items[4]?.error?.message).toBe('This license is already active on Main Hall.');
  });

  it('refuses a job that sends one license to two segment controllers (SS-76)', () => {
    const { model, byName } = setup();
    const [row] = model.listCloudLicenses();
    const licenseId = row?.licenseId ?? '';
    expect(
      refusal(() =>
        model.startActivation(
          [
            { segmentControllerId: byName('Main Hall').id, licenseId },
            { segmentControllerId: byName('Parking Garage').id, licenseId },
          ],
          null,
        ),
      ),
    ).toMatchObject({ status: 422, code: 'license_listed_twice' });
    expect(model.listActivationJobs()).toHaveLength(0);
  });

  it('refuses a second job for a license that is already being activated (409), and replays a key', () => {
    const { model, byName } = setup();
    buildersFor(model.state).the.cloud().activationTakes(60_000);
    const mainHall = byName('Main Hall').id;
    const [row] = model.listCloudLicenses();
    const items = [{ segmentControllerId: mainHall, licenseId: row?.licenseId ?? '' }];
    const first = model.startActivation(items, 'key-1');
    expect(model.startActivation(items, 'key-1').id).toBe(first.id);
    expect(refusal(() => model.startActivation(items, 'key-2'))).toMatchObject({
      status: 409,
      code: 'activation_in_progress',
    });
    expect(refusal(() => model.startActivation([], 'key-1'))).toMatchObject({
      status: 422,
      code: 'idempotency_key_reused',
    });
    expect(model.listActivationJobs()).toHaveLength(1);
  });
});

describe('SS-40 … SS-42: transfer to cloud and device states', () => {
  it('sends licenses back with today’s transfer date; devices go purple, then blue, then green', () => {
    const { model, byName } = setup();
    const mainHall = byName('Main Hall').id;
    const onMainHall = model
      .listActivatedLicenses()
      .filter((l) => l.segmentControllerId === mainHall)
      .map((l) => l.licenseId);
    expect(model.transferToCloud(onMainHall, null)).toEqual({
      transferredLicenseIds: onMainHall,
      transferDate: '2026-11-23',
    });
    const devices = () => model.listSegmentControllers().find((c) => c.id === mainHall)?.devices;
    expect(devices()).toEqual({ provisioned: 0, unprovisioned: 0, unlicensed: 128 });
    const back = model
      .listCloudLicenses()
      .filter((r) => onMainHall.includes(r.licenseId) && r.segmentControllerIds.includes(mainHall));
    expect(back.map((r) => r.transferDate)).toEqual([
      '2026-11-23',
      '2026-11-23',
      '2026-11-23',
      '2026-11-23',
    ]);
    // SS-13: the 3-year license first activated 2025-02-10 keeps its end date.
    expect(back.find((r) => r.termYears === 3)?.expiryDateIfActivatedToday).toBe('2028-02-09');

    const capacity100 = back.find((r) => r.kind === 'capacity' && r.deviceCount === 100);
    model.startActivation(
      [{ segmentControllerId: mainHall, licenseId: capacity100?.licenseId ?? '' }],
      null,
    );
    model.listActivationJobs();
    expect(devices()).toEqual({ provisioned: 0, unprovisioned: 100, unlicensed: 28 });

    const [firstBlue] = model
      .listDevices()
      .filter((d) => d.segmentControllerId === mainHall && d.state === 'unprovisioned');
    expect(model.provisionDevices(mainHall, [firstBlue?.id ?? ''])).toEqual({ provisioned: 1 });
    expect(model.provisionDevices(mainHall, null)).toEqual({ provisioned: 99 });
    expect(devices()).toEqual({ provisioned: 100, unprovisioned: 0, unlicensed: 28 });
    const [purple] = model
      .listDevices()
      .filter((d) => d.segmentControllerId === mainHall && d.state === 'unlicensed');
    expect(refusal(() => model.provisionDevices(mainHall, [purple?.id ?? '']))).toMatchObject({
      status: 409,
      code: 'device_unlicensed',
    });
  });

  it('refuses an offline segment controller with the offline path, and changes nothing', () => {
    const { model, byName } = setup();
    const garage = byName('Parking Garage');
    const ids = model
      .listActivatedLicenses()
      .filter((l) => l.segmentControllerId === garage.id)
      .map((l) => l.licenseId);
    const answer = refusal(() => model.transferToCloud(ids, null));
    expect(answer).toMatchObject({ status: 503, code: 'segment_offline' });
    expect(answer.message).toContain(garage.installCode);
    expect(answer.message).toContain('Customer Success');
    expect(model.listActivatedLicenses()).toHaveLength(9);
  });

  it('refuses core licenses (they stay on their segment controller)', () => {
    const { model } = setup();
    const core = model.listActivatedLicenses().find((l) => l.kind === 'core');
    expect(refusal(() => model.transferToCloud([core?.licenseId ?? ''], null))).toMatchObject({
      status: 422,
      code: 'not_transferable',
    });
  });
});

describe('SS-7: notes', () => {
  it('stores trimmed text on an activated license', () => {
    const { model } = setup();
    const [license] = model.listActivatedLicenses();
    expect(model.updateNote(license?.licenseId ?? '', '  Panel 3 ').note).toBe('Panel 3');
  });
});
