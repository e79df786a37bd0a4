import { describe, expect, it } from 'vitest';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { describePlan, joinNames, planTransfer, transferredMessage } from './transfer-plan';

const controller = (id: string, name: string): SegmentController => ({
  id,
  name,
  installCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
  platform: 'SmartServer IoT',
  softwareVersion: '4.4',
  online: true,
  customerId: null,
  devices: { provisioned: 0, unprovisioned: 0, unlicensed: 0 },
});

const license = (
  licenseId: string,
  segmentControllerId: string,
  kind: 'capacity' | 'maintenance',
): ActivatedLicense => ({
  licenseId,
  segmentControllerId,
  kind,
  deviceCount: 10,
  termYears: kind === 'maintenance' ? 1 : null,
  activationDate: '2026-01-01',
  expiryDate: null,
  note: '',
});

const CONTROLLERS = [controller('a', 'Main Hall'), controller('b', 'Plant Room')];

describe('the Transfer to Cloud plan (SS-40)', () => {
  it('names the counts with the noun agreeing with the last one', () => {
    const plan = (licenses: ActivatedLicense[]) =>
      describePlan(planTransfer(licenses, CONTROLLERS));
    expect(plan([license('1', 'a', 'capacity'), license('2', 'a', 'maintenance')])).toBe(
      '1 capacity and 1 maintenance license from Main Hall',
    );
    expect(
      plan([
        license('1', 'a', 'capacity'),
        license('2', 'a', 'capacity'),
        license('3', 'b', 'maintenance'),
      ]),
    ).toBe('2 capacity and 1 maintenance license from Main Hall and Plant Room');
    expect(plan([license('1', 'b', 'maintenance'), license('2', 'b', 'maintenance')])).toBe(
      '2 maintenance licenses from Plant Room',
    );
  });

  it('joins names as a sentence would', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('says the devices turn unlicensed only when capacity went back (SS-42)', () => {
    const withCapacity = planTransfer([license('1', 'a', 'capacity')], CONTROLLERS);
    const maintenanceOnly = planTransfer([license('2', 'a', 'maintenance')], CONTROLLERS);
    expect(transferredMessage(withCapacity, 1, '2026-11-23')).toBe(
      '1 license transferred to the cloud on 2026-11-23. Their devices are now unlicensed.',
    );
    expect(transferredMessage(maintenanceOnly, 1, '2026-11-23')).toBe(
      '1 license transferred to the cloud on 2026-11-23.',
    );
  });
});
