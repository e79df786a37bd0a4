import { describe, expect, it } from 'vitest';
import {
  compareReleases,
  isSoftwareRelease,
  upgradeEntitlement,
  upgradeNeedsLicense,
} from './software-releases';

describe('SS-71 which re-images need maintenance', () => {
  it('knows the releases and orders them by feature release', () => {
    expect(isSoftwareRelease('4.4')).toBe(true);
    expect(isSoftwareRelease('4.5')).toBe(false);
    expect(isSoftwareRelease('')).toBe(false);
    expect(compareReleases('4.4', '4.2')).toBeGreaterThan(0);
    expect(compareReleases('3.4', '4.0')).toBeLessThan(0);
    expect(compareReleases('4.4', '4.4')).toBe(0);
  });

  it('needs a license only for a newer release of 3.3 or later', () => {
    expect(upgradeNeedsLicense('4.2', '4.4')).toBe(true);
    expect(upgradeNeedsLicense('3.2', '3.3')).toBe(true);
    expect(upgradeNeedsLicense('3.0', '3.2')).toBe(false);
    expect(upgradeNeedsLicense('4.4', '4.4')).toBe(false);
    expect(upgradeNeedsLicense('4.4', '4.0')).toBe(false);
  });
});

describe('SS-71, SS-72 what entitles a segment controller to a newer release', () => {
  const TODAY = '2026-12-05';
  const maintenance = (expiryDate: string) => ({
    id: `m-${expiryDate}`,
    kind: 'maintenance' as const,
    deviceCount: 10,
    termYears: 1,
    expiryDate,
    upgradeUse: null,
  });
  const upgrade = (usedOn: string | null) => ({
    id: `u-${usedOn}`,
    kind: 'upgrade' as const,
    deviceCount: 0,
    termYears: null,
    expiryDate: null,
    upgradeUse: usedOn === null ? null : { date: usedOn, toVersion: '4.4' },
  });

  it('prefers maintenance in force, which is not used up', () => {
    const licenses = [upgrade(null), maintenance('2026-12-05')];
    expect(upgradeEntitlement(licenses, TODAY)).toEqual({
      kind: 'maintenance',
      license: licenses[1],
    });
  });

  it('takes an unused one-time upgrade license when maintenance expired', () => {
    const licenses = [maintenance('2026-12-04'), upgrade('2026-11-01'), upgrade(null)];
    expect(upgradeEntitlement(licenses, TODAY)).toEqual({
      kind: 'upgrade-license',
      license: licenses[2],
    });
  });

  it('finds nothing in expired maintenance and used upgrade licenses', () => {
    expect(upgradeEntitlement([maintenance('2026-12-04'), upgrade('2026-11-01')], TODAY)).toEqual({
      kind: 'none',
    });
  });
});
