import { buildersFor } from '@tests/builders';
import { describe, expect, it } from 'vitest';
import { CloudModel } from './model';
import { seedSoftwareUpgrades, seedTypicalSite } from './seed';
import { refusal } from '@tests/cloud-refusal';

function setup() {
  const model = new CloudModel(seedTypicalSite(), () => 0);
  const byName = (name: string) => {
    const controller = model.state.segmentControllers.find((c) => c.name === name);
    if (!controller) throw new Error(name);
    return controller;
  };
  const licensesOn = (name: string) =>
    model.listActivatedLicenses().filter((l) => l.segmentControllerId === byName(name).id);
  const devicesOn = (name: string) =>
    model.listDevices().filter((d) => d.segmentControllerId === byName(name).id);
  const { a } = buildersFor(model.state);
  return { model, byName, licensesOn, devicesOn, a };
}

describe('SS-70, SS-15: every license survives re-imaging, Reset Databases and Restore Factory Settings', () => {
  it('re-imaging keeps every license with its dates and note, and the device list', () => {
    const { model, byName, licensesOn, devicesOn } = setup();
    const licenses = licensesOn('Main Hall');
    const devices = devicesOn('Main Hall');
    expect(licenses.length).toBeGreaterThan(0);

    const result = model.reimage(byName('Main Hall').id, '4.3');

    expect(result.segmentController.softwareVersion).toBe('4.3');
    expect(result.usedUpgradeLicenseId).toBeNull();
    expect(licensesOn('Main Hall')).toEqual(licenses);
    expect(devicesOn('Main Hall')).toEqual(devices);
  });

  it.each([
    ['Reset Databases', (model: CloudModel, id: string) => model.resetDatabases(id)],
    [
      'Restore Factory Settings',
      (model: CloudModel, id: string) => model.restoreFactorySettings(id),
    ],
  ])(
    '%s keeps every license with its dates and note, and empties the device list',
    (_name, act) => {
      const { model, byName, licensesOn, devicesOn } = setup();
      const licenses = licensesOn('Main Hall');
      const otherDevices = devicesOn('Plant Room');
      const firstActivations = model.state.licenses.map((l) => [l.id, l.firstActivationDate]);

      const answer = act(model, byName('Main Hall').id);

      expect(answer.devices).toEqual({ provisioned: 0, unprovisioned: 0, unlicensed: 0 });
      expect(answer.softwareVersion).toBe('4.4');
      expect(devicesOn('Main Hall')).toEqual([]);
      expect(devicesOn('Plant Room')).toEqual(otherDevices);
      expect(licensesOn('Main Hall')).toEqual(licenses);
      expect(model.state.licenses.map((l) => [l.id, l.firstActivationDate])).toEqual(
        firstActivations,
      );
    },
  );
});

describe('SS-71: a newer feature release needs maintenance in force or an unused upgrade license', () => {
  it('refuses the Parking Garage (maintenance expired) a newer release, naming what to buy, and changes nothing', () => {
    const { model, byName } = setup();
    const garage = byName('Parking Garage');
    const before = JSON.stringify(model.state.licenses);

    const error = refusal(() => model.reimage(garage.id, '4.4'));

    expect(error.status).toBe(409);
    expect(error.code).toBe('maintenance_required');
    expect(error.message).toContain('from 4.2 to 4.4');
    expect(error.message).toContain(
      'Buy a 1- or 3-year maintenance license or a one-time upgrade license',
    );
    expect(error.details).toMatchObject({ fromVersion: '4.2', toVersion: '4.4' });
    expect(byName('Parking Garage').softwareVersion).toBe('4.2');
    expect(JSON.stringify(model.state.licenses)).toBe(before);
  });

  it('always allows the same or an older release', () => {
    const { model, byName } = setup();
    const garage = byName('Parking Garage');
    expect(model.reimage(garage.id, '4.2').segmentController.softwareVersion).toBe('4.2');
    expect(model.reimage(garage.id, '3.1').segmentController.softwareVersion).toBe('3.1');
    // Back to 3.2 is no feature release that needs a license either.
    expect(model.reimage(garage.id, '3.2').segmentController.softwareVersion).toBe('3.2');
  });

  it('lets maintenance in force allow a newer release without using anything up', () => {
    const { model, byName } = setup();
    const mainHall = byName('Main Hall');
    model.reimage(mainHall.id, '4.0');
    const result = model.reimage(mainHall.id, '4.4');
    expect(result).toMatchObject({
      segmentController: { softwareVersion: '4.4' },
      usedUpgradeLicenseId: null,
    });
  });

  it('uses up an unused one-time upgrade license, once (SS-72)', () => {
    const { model, byName, a } = setup();
    const garage = byName('Parking Garage');
    const upgrade = a.license().upgrade().activatedOn(garage, '2026-11-20').add();

    const result = model.reimage(garage.id, '4.4');

    expect(result.usedUpgradeLicenseId).toBe(upgrade.id);
    const listed = model.listActivatedLicenses().find((l) => l.licenseId === upgrade.id);
    expect(listed?.upgradeUse).toEqual({ date: model.state.today, toVersion: '4.4' });
    expect(listed?.activationDate).toBe('2026-11-20');

    model.reimage(garage.id, '4.3');
    expect(refusal(() => model.reimage(garage.id, '4.4')).code).toBe('maintenance_required');
  });

  it('refuses a release that does not exist, at the field', () => {
    const { model, byName } = setup();
    const error = refusal(() => model.reimage(byName('Main Hall').id, '4.5'));
    expect(error.status).toBe(422);
    expect(error.code).toBe('unknown_software_version');
    expect(error.details).toMatchObject({
      version: '4.5',
      fields: { softwareVersion: expect.stringContaining('There is no SmartServer release 4.5') },
    });
    expect(byName('Main Hall').softwareVersion).toBe('4.4');
  });

  it('licenses every device on 3.2 and earlier, and only the capacity again after upgrading', () => {
    const { model, byName, devicesOn } = setup();
    const plantRoom = byName('Plant Room');
    const unlicensed = () => devicesOn('Plant Room').filter((d) => d.state === 'unlicensed');
    // 30 devices, 25-device capacity (SS-11).
    expect(unlicensed()).toHaveLength(5);

    model.reimage(plantRoom.id, '3.2');
    expect(unlicensed()).toEqual([]);

    // Its maintenance is still in force, so 4.4 is allowed again.
    model.reimage(plantRoom.id, '4.4');
    expect(unlicensed()).toHaveLength(5);
  });

  it('lets only the Owner re-image, reset or restore', () => {
    const { model, byName } = setup();
    const id = byName('Main Hall').id;
    model.signInAs('Admin');
    for (const act of [
      () => model.reimage(id, '4.3'),
      () => model.resetDatabases(id),
      () => model.restoreFactorySettings(id),
    ]) {
      expect(refusal(act)).toMatchObject({ status: 403, code: 'owner_only' });
    }
    expect(byName('Main Hall').softwareVersion).toBe('4.4');
  });
});

describe('the software-upgrades scenario: a 3.2 controller upgraded with a one-time upgrade license', () => {
  it('refuses 4.4, then allows it once the partner’s upgrade license is activated there, and uses it up', () => {
    const model = new CloudModel(seedSoftwareUpgrades(), () => 0);
    const boilerHouse = model.listSegmentControllers().find((c) => c.name === 'Boiler House');
    if (!boilerHouse) throw new Error('The scenario has no Boiler House');
    expect(boilerHouse).toMatchObject({
      softwareVersion: '3.2',
      devices: { provisioned: 18, unprovisioned: 0, unlicensed: 0 },
    });
    expect(refusal(() => model.reimage(boilerHouse.id, '4.4')).code).toBe('maintenance_required');

    const northwind = model.listPartners().find((p) => p.name === 'Northwind Controls');
    model.signInPartner(northwind?.id ?? '');
    const upgrade = model.partnerInventory().myInventory.find((l) => l.kind === 'upgrade');
    const { transfers } = model.transferToCustomer({
      licenseIds: [upgrade?.licenseId ?? ''],
      customerId: boilerHouse.customerId ?? '',
    });
    const licenseId = transfers[0]?.toLicenseId ?? '';
    const waiting = model.listCloudLicenses().find((l) => l.licenseId === licenseId);
    expect(waiting?.segmentControllerIds).toContain(boilerHouse.id);
    model.startActivation([{ segmentControllerId: boilerHouse.id, licenseId }], null);
    expect(model.listActivatedLicenses().map((l) => l.licenseId)).toContain(licenseId);

    const result = model.reimage(boilerHouse.id, '4.4');

    expect(result.usedUpgradeLicenseId).toBe(licenseId);
    // On 4.4 the devices need capacity licenses, which Boiler House does not have yet (SS-11).
    expect(result.segmentController.devices).toEqual({
      provisioned: 0,
      unprovisioned: 0,
      unlicensed: 18,
    });
  });
});
