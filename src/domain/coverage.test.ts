import { describe, expect, it } from 'vitest';
import { licensedDeviceCount, maintenanceCoverage, maintenanceStatus } from './coverage';
import type { LicenseTerms } from './licenses';

const TODAY = '2026-11-23';
const capacity = (deviceCount: number): LicenseTerms => ({
  kind: 'capacity',
  deviceCount,
  termYears: null,
  expiryDate: null,
});
const maintenance = (deviceCount: number, expiryDate: string): LicenseTerms => ({
  kind: 'maintenance',
  deviceCount,
  termYears: 1,
  expiryDate,
});

describe('SS-12 maintenance coverage', () => {
  it('two 10-device capacity licenses need 20 maintenance devices', () => {
    const licenses = [capacity(10), capacity(10), maintenance(10, '2027-06-30')];
    expect(maintenanceCoverage(licenses, TODAY)).toEqual({
      capacity: 20,
      maintained: 10,
      missing: 10,
    });
    const covered = [...licenses, maintenance(10, '2028-01-01')];
    expect(maintenanceCoverage(covered, TODAY).missing).toBe(0);
  });

  it('does not count expired maintenance, but counts one expiring today', () => {
    expect(maintenanceCoverage([capacity(20), maintenance(20, '2026-11-22')], TODAY).missing).toBe(
      20,
    );
    expect(maintenanceCoverage([capacity(20), maintenance(20, TODAY)], TODAY).missing).toBe(0);
  });
});

describe('SS-11 licensed devices', () => {
  it('never exceed the capacity', () => {
    expect(licensedDeviceCount(30, 25)).toBe(25);
    expect(licensedDeviceCount(12, 20)).toBe(12);
  });
});

describe('maintenance status of a segment controller', () => {
  it('is the soonest-ending license still in force', () => {
    const status = maintenanceStatus(
      [maintenance(10, '2028-01-01'), maintenance(10, '2026-12-14'), maintenance(5, '2026-01-01')],
      TODAY,
    );
    expect(status).toEqual({ state: 'expiring', expiryDate: '2026-12-14', daysLeft: 21 });
  });

  it('is the most recent expiry when all have expired, and null without maintenance', () => {
    expect(
      maintenanceStatus([maintenance(10, '2026-05-19'), maintenance(10, '2025-05-19')], TODAY),
    ).toEqual({
      state: 'expired',
      expiryDate: '2026-05-19',
    });
    expect(maintenanceStatus([capacity(10)], TODAY)).toBeNull();
  });
});
