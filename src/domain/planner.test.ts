import { describe, expect, it } from 'vitest';
import { maintenanceCoverage } from './coverage';
import { addDays, addMonths } from './dates';
import { maintenanceExpiry } from './licenses';
import {
  nothingToPlan,
  planCoverage,
  type PlannedCloudLicense,
  type PlannedLicense,
} from './planner';

const TODAY = '2026-11-23';
const hall = { id: 'hall', name: 'Main Hall' };
const room = { id: 'room', name: 'Plant Room' };

let next = 0;
const capacity = (controllerId: string, deviceCount: number): PlannedLicense => ({
  licenseId: `c${++next}`,
  segmentControllerId: controllerId,
  kind: 'capacity',
  deviceCount,
  termYears: null,
  expiryDate: null,
});
const maintenance = (
  controllerId: string,
  deviceCount: number,
  expiryDate: string,
  termYears = 1,
): PlannedLicense => ({
  licenseId: `m${++next}`,
  segmentControllerId: controllerId,
  kind: 'maintenance',
  deviceCount,
  termYears,
  expiryDate,
});
const inCloud = (
  deviceCount: number,
  expiryDateIfActivatedToday: string,
  segmentControllerIds = ['hall', 'room'],
): PlannedCloudLicense => ({
  licenseId: `w${++next}`,
  segmentControllerIds,
  kind: 'maintenance',
  deviceCount,
  termYears: 1,
  expiryDateIfActivatedToday,
});

describe('PL-1 planner: coverage (SS-12) over the next 12 months', () => {
  it('two 10-device capacity licenses need 20 maintenance devices', () => {
    const licenses = [
      capacity('hall', 10),
      capacity('hall', 10),
      maintenance('hall', 10, '2027-06-30'),
    ];
    const plan = planCoverage({ controllers: [hall], licenses, cloudLicenses: [], today: TODAY });
    const [controller] = plan.controllers;
    expect(controller?.steps[0]).toEqual({
      date: TODAY,
      capacity: 20,
      maintained: 10,
      missing: 10,
    });
    // 10 missing today, 20 once the only maintenance ends: two orders, each started when needed.
    const line = { segmentControllerId: 'hall', segmentControllerName: 'Main Hall' };
    expect(plan.order).toEqual([
      {
        ...line,
        kind: 'maintenance',
        deviceCount: 10,
        termYears: 1,
        activateBy: TODAY,
        coversUntil: '2027-11-22',
      },
      {
        ...line,
        kind: 'maintenance',
        deviceCount: 10,
        termYears: 1,
        activateBy: '2027-07-01',
        coversUntil: '2028-06-30',
      },
    ]);
    // 20 covered from today: nothing to order.
    const covered = planCoverage({
      controllers: [hall],
      licenses: [...licenses, maintenance('hall', 10, '2028-01-31')],
      cloudLicenses: [],
      today: TODAY,
    });
    expect(covered.controllers[0]?.steps.map((s) => s.missing)).toEqual([0, 10]);
    expect(covered.order[0]?.deviceCount).toBe(10);
  });

  it('steps at the day after each expiry within 12 months, not beyond', () => {
    const plan = planCoverage({
      controllers: [hall],
      licenses: [
        capacity('hall', 150),
        maintenance('hall', 100, '2028-02-09', 3),
        maintenance('hall', 50, '2027-04-19'),
      ],
      cloudLicenses: [],
      today: TODAY,
    });
    const [controller] = plan.controllers;
    expect(plan.end).toBe('2027-11-23');
    expect(controller?.steps).toEqual([
      { date: TODAY, capacity: 150, maintained: 150, missing: 0 },
      { date: '2027-04-20', capacity: 150, maintained: 100, missing: 50 },
    ]);
    expect(controller?.shortfalls.map((s) => [s.date, s.missing])).toEqual([['2027-04-20', 50]]);
    expect(controller?.bars.map((b) => [b.start, b.expiry])).toEqual([
      ['2026-04-20', '2027-04-19'],
      ['2025-02-10', '2028-02-09'],
    ]);
  });

  it('SS-13: a license back from the cloud keeps its clock: 12 − 3 − 4 = 5 months', () => {
    const firstActivation = addMonths(TODAY, -7);
    const waiting = inCloud(10, maintenanceExpiry(firstActivation, 1));
    const plan = planCoverage({
      controllers: [room],
      licenses: [capacity('room', 10)],
      cloudLicenses: [waiting],
      today: TODAY,
      whatIf: {
        activate: [{ licenseId: waiting.licenseId, segmentControllerId: 'room' }],
        transfer: [],
        letExpire: [],
      },
    });
    const [controller] = plan.controllers;
    const [bar] = controller?.bars ?? [];
    expect(bar?.expiry).toBe(addDays(addMonths(TODAY, 5), -1));
    expect(bar?.change).toBe('activated');
    expect(controller?.steps.map((s) => [s.date, s.missing])).toEqual([
      [TODAY, 0],
      [addMonths(TODAY, 5), 10],
    ]);
    expect(plan.order[0]).toMatchObject({ deviceCount: 10, activateBy: addMonths(TODAY, 5) });
  });

  it('an expired license leaves a shortfall from today, ordered for today', () => {
    const plan = planCoverage({
      controllers: [room],
      licenses: [capacity('room', 20), maintenance('room', 20, '2026-05-19')],
      cloudLicenses: [],
      today: TODAY,
    });
    expect(plan.controllers[0]?.bars).toEqual([]);
    expect(plan.order[0]).toMatchObject({
      deviceCount: 20,
      activateBy: TODAY,
      coversUntil: '2027-11-22',
    });
  });
});

describe('PL-1 what-if', () => {
  it('activating a waiting license fixes the shortfall and empties the order', () => {
    const licenses = [capacity('hall', 150), maintenance('hall', 100, '2028-01-31', 3)];
    const waiting = inCloud(50, '2029-02-28');
    const before = planCoverage({
      controllers: [hall],
      licenses,
      cloudLicenses: [waiting],
      today: TODAY,
    });
    expect(before.controllers[0]?.steps[0]?.missing).toBe(50);
    expect(before.order[0]).toMatchObject({ deviceCount: 50, activateBy: TODAY });
    const after = planCoverage({
      controllers: [hall],
      licenses,
      cloudLicenses: [waiting],
      today: TODAY,
      whatIf: {
        activate: [{ licenseId: waiting.licenseId, segmentControllerId: 'hall' }],
        transfer: [],
        letExpire: [],
      },
    });
    expect(after.controllers[0]?.shortfalls).toEqual([]);
    expect(after.order).toEqual([]);
  });

  it('transferring a license to the cloud takes its devices off the controller', () => {
    const moving = capacity('hall', 50);
    const plan = planCoverage({
      controllers: [hall],
      licenses: [capacity('hall', 100), moving, maintenance('hall', 100, '2028-01-31')],
      cloudLicenses: [],
      today: TODAY,
      whatIf: { activate: [], transfer: [moving.licenseId], letExpire: [] },
    });
    expect(plan.controllers[0]?.steps).toEqual([
      { date: TODAY, capacity: 100, maintained: 100, missing: 0 },
    ]);
  });

  it('letting a license expire keeps the shortfall on the timeline but out of the order', () => {
    const ending = maintenance('room', 25, '2026-12-14');
    const plan = planCoverage({
      controllers: [room],
      licenses: [capacity('room', 25), ending],
      cloudLicenses: [],
      today: TODAY,
      whatIf: { activate: [], transfer: [], letExpire: [ending.licenseId] },
    });
    expect(plan.controllers[0]?.shortfalls.map((s) => s.missing)).toEqual([25]);
    expect(plan.controllers[0]?.bars[0]?.change).toBe('letExpire');
    expect(plan.order).toEqual([]);
  });
});

describe('PL-1 coverage on a day, as SS-12 counts it', () => {
  it('agrees with maintenanceCoverage on every step, the expiry day itself still in force', () => {
    const licenses = [
      capacity('hall', 30),
      maintenance('hall', 10, '2026-11-23'),
      maintenance('hall', 10, '2027-02-01'),
      maintenance('hall', 10, '2026-01-01'),
    ];
    const plan = planCoverage({ controllers: [hall], licenses, cloudLicenses: [], today: TODAY });
    for (const step of plan.controllers[0]?.steps ?? []) {
      const { date, ...coverage } = step;
      expect(coverage).toEqual(maintenanceCoverage(licenses, date));
    }
    expect(plan.controllers[0]?.steps.map((s) => [s.date, s.maintained])).toEqual([
      [TODAY, 20],
      ['2026-11-24', 10],
      ['2027-02-02', 0],
    ]);
  });
});

describe('PL-1 empty state', () => {
  it('has nothing to plan without capacity or maintenance, activated or waiting', () => {
    expect(nothingToPlan({ licenses: [], cloudLicenses: [] })).toBe(true);
    expect(nothingToPlan({ licenses: [capacity('hall', 10)], cloudLicenses: [] })).toBe(false);
    expect(nothingToPlan({ licenses: [], cloudLicenses: [inCloud(5, '2027-11-22')] })).toBe(false);
  });
});
