import { describe, expect, it } from 'vitest';
import { asyncRefusal, refusal } from '@tests/cloud-refusal';
import { CloudModel } from './model';
import { seedFreshInstall } from './seed';

/** A fresh install: Plant Room is a SmartServer Pi with no license at all. */
function setup() {
  const model = new CloudModel(seedFreshInstall(), () => 0);
  const plantRoom = model.listSegmentControllers().find((c) => c.name === 'Plant Room');
  const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
  if (!plantRoom || !campus) throw new Error('seed');
  model.saveCustomerId(plantRoom.id, campus.id);
  const waiting = (kind: string) =>
    model.listCloudLicenses().find((l) => l.kind === kind && l.deviceCount === 100);
  return { model, plantRoom, campus, waiting };
}

/** The partner sends Northwind's core license to the campus; answers its new License ID. */
function partnerSendsCore(model: CloudModel, customerId: string): string {
  const northwind = model.listPartners().find((p) => p.name === 'Northwind Controls');
  model.signInPartner(northwind?.id ?? '');
  const core = model.partnerInventory().myInventory.find((l) => l.kind === 'core');
  const { transfers } = model.transferToCustomer({
    licenseIds: [core?.licenseId ?? ''],
    customerId,
  });
  return transfers[0]?.toLicenseId ?? '';
}

describe('SS-73: a SmartServer Pi needs an active core license', () => {
  it('refuses a capacity license on a Pi without a core license, naming the way to get one', () => {
    const { model, plantRoom, waiting } = setup();
    const capacity = waiting('capacity');
    const job = model.startActivation(
      [{ segmentControllerId: plantRoom.id, licenseId: capacity?.licenseId ?? '' }],
      null,
    );
    const [item] = model.listActivationJobs().find((j) => j.id === job.id)?.items ?? [];
    expect(item?.state).toBe('failed');
    expect(item?.error).toMatchObject({
      code: 'core_license_required',
      message: expect.stringContaining('Activate a SmartServer Core license on Plant Room first'),
    });
    expect(model.listActivatedLicenses()).toEqual([]);
  });

  it('refuses provisioning on a Pi without a core license', () => {
    const { model, plantRoom } = setup();
    expect(refusal(() => model.provisionDevices(plantRoom.id, null))).toMatchObject({
      status: 409,
      code: 'core_license_required',
    });
  });

  it('activates the core license first when one job brings both, and then capacity works', () => {
    const { model, plantRoom, campus, waiting } = setup();
    const coreId = partnerSendsCore(model, campus.id);
    const capacityId = waiting('capacity')?.licenseId ?? '';
    // The capacity license comes first in the request: the cloud activates the core first.
    const job = model.startActivation(
      [
        { segmentControllerId: plantRoom.id, licenseId: capacityId },
        { segmentControllerId: plantRoom.id, licenseId: coreId },
      ],
      null,
    );
    const items = model.listActivationJobs().find((j) => j.id === job.id)?.items ?? [];
    expect(items.map((i) => [i.licenseId, i.state])).toEqual([
      [coreId, 'activated'],
      [capacityId, 'activated'],
    ]);
    // 12 devices, 100-device capacity: every device now waits to be provisioned.
    expect(model.provisionDevices(plantRoom.id, null)).toEqual({ provisioned: 12 });
  });
});

describe('SS-73 for offline license files', () => {
  it('refuses a file with capacity only on a Pi without a core license; one that brings the core works', async () => {
    const { model, plantRoom, campus, waiting } = setup();
    const capacityId = waiting('capacity')?.licenseId ?? '';
    const capacityOnly = await model.issueOfflineFile({
      installCode: plantRoom.installCode,
      licenseIds: [capacityId],
    });
    const refused = await asyncRefusal(() =>
      model.activateOfflineFile({ text: capacityOnly, segmentControllerId: plantRoom.id }, null),
    );
    expect(refused).toMatchObject({ status: 409, code: 'core_license_required' });

    const coreId = partnerSendsCore(model, campus.id);
    const withCore = await model.issueOfflineFile({
      installCode: plantRoom.installCode,
      licenseIds: [capacityId, coreId],
    });
    const activated = await model.activateOfflineFile(
      { text: withCore, segmentControllerId: plantRoom.id },
      null,
    );
    expect(activated.licenses.map((l) => l.kind).sort()).toEqual(['capacity', 'core']);
  });
});
