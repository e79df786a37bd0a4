import { describe, expect, it } from 'vitest';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { translatorFor } from '@/lib/i18n/translator';
import { joinWithAnd } from '@/features/manage-licenses/dialog/join-names';
import { describePlan, planTransfer, transferredMessage } from './transfer-plan';

const t = translatorFor('en');

const controller = (id: string, name: string): SegmentController => ({
  id,
  name,
  installCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
  platform: 'SmartServer IoT',
  softwareVersion: '4.4',
  online: true,
  customerId: null,
  devices: { provisioned: 0, unprovisioned: 0, unlicensed: 0 },
  licensesReturned: null,
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
  segmentControllerLimit: null,
  upgradeUse: null,
  activationDate: '2026-01-01',
  expiryDate: null,
  note: '',
});

const CONTROLLERS = [controller('a', 'Main Hall'), controller('b', 'Plant Room')];

describe('the Transfer to Cloud plan (SS-40)', () => {
  it('names the counts with the noun agreeing with the last one', () => {
    const plan = (licenses: ActivatedLicense[]) =>
      describePlan(planTransfer(licenses, CONTROLLERS, t), t);
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

  it('says the same in German, the noun agreeing there too (UX-1)', () => {
    const de = translatorFor('de');
    const plan = planTransfer(
      [
        license('1', 'a', 'capacity'),
        license('2', 'a', 'capacity'),
        license('3', 'b', 'maintenance'),
      ],
      CONTROLLERS,
      de,
    );
    expect(describePlan(plan, de)).toBe(
      '2 Kapazitäts- und 1 Wartungslizenz von Main Hall und Plant Room',
    );
  });

  it('joins names as a sentence would', () => {
    expect(joinWithAnd(['A'], t)).toBe('A');
    expect(joinWithAnd(['A', 'B'], t)).toBe('A and B');
    expect(joinWithAnd(['A', 'B', 'C'], t)).toBe('A, B and C');
  });

  it('says the devices turn unlicensed only when capacity went back (SS-42)', () => {
    const withCapacity = planTransfer([license('1', 'a', 'capacity')], CONTROLLERS, t);
    const maintenanceOnly = planTransfer([license('2', 'a', 'maintenance')], CONTROLLERS, t);
    expect(transferredMessage(withCapacity, 1, '2026-11-23', t)).toBe(
      '1 license transferred to the cloud on 2026-11-23. Their devices are now unlicensed.',
    );
    expect(transferredMessage(maintenanceOnly, 1, '2026-11-23', t)).toBe(
      '1 license transferred to the cloud on 2026-11-23.',
    );
  });
});
