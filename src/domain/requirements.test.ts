import { describe, expect, it } from 'vitest';
import {
  featureUpgradeNotice,
  licensingNeedsAttention,
  missingCoreLicense,
  needsLicensing,
} from './requirements';

describe('SS-14 licensing requirements', () => {
  it('needs no license for SmartServer 3.2 and earlier', () => {
    expect(needsLicensing('3.2')).toBe(false);
    expect(needsLicensing('3.1')).toBe(false);
    expect(needsLicensing('2.9')).toBe(false);
    expect(needsLicensing('3.3')).toBe(true);
    expect(needsLicensing('4.4')).toBe(true);
    expect(needsLicensing('10.0')).toBe(true);
  });

  it('blocks a SmartServer Pi without a core license, and nothing else', () => {
    expect(missingCoreLicense('SmartServer Pi', '4.4', ['capacity', 'maintenance'])).toBe(true);
    expect(missingCoreLicense('SmartServer Pi', '4.4', ['core', 'capacity'])).toBe(false);
    expect(missingCoreLicense('SmartServer IoT', '4.4', [])).toBe(false);
    expect(missingCoreLicense('SmartServer Pi', '3.2', [])).toBe(false);
  });
});

describe('SS-2 when Manage Licenses opens by itself', () => {
  const fine = { softwareVersion: '4.4', devices: 20, capacity: 20 };
  it('opens when licensing was never activated', () => {
    expect(licensingNeedsAttention(0, [fine])).toBe(true);
  });
  it('opens when a segment has no capacity or fewer licensed devices than devices', () => {
    expect(licensingNeedsAttention(3, [fine, { ...fine, capacity: 0, devices: 0 }])).toBe(true);
    expect(licensingNeedsAttention(3, [fine, { ...fine, capacity: 25, devices: 30 }])).toBe(true);
  });
  it('stays shut when every segment is covered, or needs no licensing (3.2 and earlier)', () => {
    expect(licensingNeedsAttention(3, [fine, { ...fine, capacity: 30, devices: 25 }])).toBe(false);
    expect(
      licensingNeedsAttention(3, [fine, { softwareVersion: '3.2', capacity: 0, devices: 40 }]),
    ).toBe(false);
  });
});

describe('SS-14 feature upgrades (information only)', () => {
  const TODAY = '2026-11-23';
  const maintenance = (expiryDate: string) => ({
    kind: 'maintenance' as const,
    deviceCount: 10,
    termYears: 1,
    expiryDate,
    upgradeUse: null,
  });
  const upgrade = (usedOn: string | null) => ({
    kind: 'upgrade' as const,
    deviceCount: 0,
    termYears: null,
    expiryDate: null,
    upgradeUse: usedOn === null ? null : { date: usedOn, toVersion: '4.4' },
  });

  it('says nothing while maintenance is in force', () => {
    expect(featureUpgradeNotice([maintenance('2027-01-01')], TODAY)).toBeNull();
  });
  it('needs maintenance or a one-time upgrade once maintenance expired', () => {
    expect(featureUpgradeNotice([maintenance('2026-05-19')], TODAY)).toEqual({
      kind: 'needs-maintenance-or-upgrade',
    });
  });
  it('an unused one-time upgrade license allows the next release', () => {
    expect(featureUpgradeNotice([maintenance('2026-05-19'), upgrade(null)], TODAY)).toEqual({
      kind: 'upgrade-available',
    });
  });
  it('offers annual maintenance within 30 days of the upgrade that used the license, and not after (SS-72)', () => {
    expect(featureUpgradeNotice([upgrade('2026-10-24')], TODAY)).toEqual({
      kind: 'maintenance-after-upgrade',
      use: { date: '2026-10-24', toVersion: '4.4' },
      maintenanceUntil: '2026-11-23',
    });
    expect(featureUpgradeNotice([upgrade('2026-10-23')], TODAY)).toEqual({
      kind: 'needs-maintenance-or-upgrade',
    });
  });
});
