import { describe, expect, it } from 'vitest';
import { planCoverage } from '@/domain/planner';
import { cms } from './commands';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedLargeSite, seedTypicalSite } from './seed';

function setup() {
  const model = new CloudModel(seedTypicalSite(), () => 0);
  model.signInAs('Owner');
  const byName = (name: string) => {
    const controller = model.listSegmentControllers().find((c) => c.name === name);
    if (!controller) throw new Error(name);
    return controller;
  };
  const plan = () =>
    planCoverage({
      controllers: model.listSegmentControllers(),
      licenses: model.listActivatedLicenses(),
      cloudLicenses: model.listCloudLicenses(),
      today: model.clock().today,
    });
  return { model, byName, plan };
}

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof CloudError)
      return { status: error.status, code: error.code, details: error.details };
    throw error;
  }
  throw new Error('Expected the cloud to refuse');
}

describe('PL-1: carrying out a plan', () => {
  it('activates a waiting 3-year license on Main Hall and its coming shortfall is gone', () => {
    const { model, byName, plan } = setup();
    const hall = byName('Main Hall');
    const shortfall = plan().controllers.find((c) => c.id === hall.id)?.shortfalls;
    expect(shortfall?.map((s) => [s.date, s.missing])).toEqual([['2027-04-20', 50]]);
    // SS-13: returned to the cloud after seven months; its clock kept running.
    const waiting = model.listCloudLicenses().find((l) => l.termYears === 3);
    if (!waiting) throw new Error('seed');
    const result = model.run(cms.carryOutCoveragePlan, {
      activate: [{ licenseId: waiting.licenseId, segmentControllerId: hall.id }],
      transfer: [],
      letExpire: [],
    });
    expect(result).toMatchObject({ activatedLicenseIds: [waiting.licenseId], date: '2026-11-23' });
    const activated = model.listActivatedLicenses().find((l) => l.licenseId === waiting.licenseId);
    expect(activated?.expiryDate).toBe(waiting.expiryDateIfActivatedToday);
    expect(activated?.expiryDate).toBe('2029-02-28');
    expect(plan().controllers.find((c) => c.id === hall.id)?.shortfalls).toEqual([]);
    expect(model.auditEvents().at(-1)).toMatchObject({ command: 'cms.carryOutPlan' });
  });

  it('is all or nothing: an offline segment controller in the plan stops every step', () => {
    const { model, byName } = setup();
    const hall = byName('Main Hall');
    const garage = byName('Parking Garage');
    const waiting = model.listCloudLicenses().find((l) => l.kind === 'maintenance');
    const [hallLicense] = model
      .listActivatedLicenses()
      .filter((l) => l.segmentControllerId === hall.id);
    if (!waiting || !hallLicense) throw new Error('seed');
    const before = structuredClone(model.state.licenses);
    expect(
      refusal(() =>
        model.run(cms.carryOutCoveragePlan, {
          activate: [{ licenseId: waiting.licenseId, segmentControllerId: hall.id }],
          transfer: [
            hallLicense.licenseId,
            ...model
              .listActivatedLicenses()
              .filter((l) => l.segmentControllerId === garage.id)
              .map((l) => l.licenseId),
          ],
          letExpire: [],
        }),
      ),
    ).toMatchObject({
      status: 503,
      code: 'segment_offline',
      details: { segmentControllerId: garage.id },
    });
    expect(model.state.licenses).toEqual(before);
  });

  it('names the license and segment controller an activation is refused for', () => {
    const { model, byName } = setup();
    const plantRoom = byName('Plant Room');
    const waiting = model.listCloudLicenses()[0];
    if (!waiting) throw new Error('seed');
    expect(
      refusal(() =>
        model.run(cms.carryOutCoveragePlan, {
          activate: [{ licenseId: waiting.licenseId, segmentControllerId: plantRoom.id }],
          transfer: [],
          letExpire: [],
        }),
      ),
    ).toEqual({
      status: 422,
      code: 'wrong_account',
      details: { licenseId: waiting.licenseId, segmentControllerId: plantRoom.id },
    });
  });

  it('refuses a license listed in two steps, and a let-expire license not activated here', () => {
    const { model } = setup();
    const [license] = model.listActivatedLicenses();
    const waiting = model.listCloudLicenses()[0];
    if (!license || !waiting) throw new Error('seed');
    expect(
      refusal(() =>
        model.run(cms.carryOutCoveragePlan, {
          activate: [],
          transfer: [license.licenseId],
          letExpire: [license.licenseId],
        }),
      ),
    ).toMatchObject({ status: 409, code: 'license_listed_twice' });
    expect(
      refusal(() =>
        model.run(cms.carryOutCoveragePlan, {
          activate: [],
          transfer: [license.licenseId],
          letExpire: [waiting.licenseId],
        }),
      ),
    ).toMatchObject({ status: 404, code: 'license_not_activated' });
  });

  it('SS-1: is the Owner’s alone', () => {
    const { model } = setup();
    const [license] = model.listActivatedLicenses();
    if (!license) throw new Error('seed');
    model.signInAs('Admin');
    expect(
      refusal(() =>
        model.run(cms.carryOutCoveragePlan, {
          activate: [],
          transfer: [license.licenseId],
          letExpire: [],
        }),
      ),
    ).toMatchObject({ status: 403, code: 'owner_only' });
  });
});

describe('PL-1: the large-site scenario, on which the planner’s render budget is measured', () => {
  it('has 200 segment controllers and 2,000 more maintenance licenses, all planned', () => {
    const model = new CloudModel(seedLargeSite(), () => 0);
    const licenses = model.listActivatedLicenses();
    expect(model.listSegmentControllers()).toHaveLength(200);
    expect(licenses.filter((l) => l.kind === 'maintenance').length).toBeGreaterThanOrEqual(2_000);
    const plan = planCoverage({
      controllers: model.listSegmentControllers(),
      licenses,
      cloudLicenses: [],
      today: model.clock().today,
    });
    expect(plan.controllers).toHaveLength(200);
    expect(plan.order.length).toBeGreaterThan(0);
  });
});
