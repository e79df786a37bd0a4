import type { IsoDate } from './dates';
import { licenseStatus } from './licenses';
import { needsLicensing, versionParts, type UpgradeTerms } from './requirements';

/** SS-70: the SmartServer releases a segment controller can be re-imaged to, oldest first. */
export const SOFTWARE_RELEASES = [
  '3.0',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.0',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
] as const;

export function isSoftwareRelease(version: string): boolean {
  return SOFTWARE_RELEASES.some((release) => release === version);
}

/** Negative when `a` is older than `b`, 0 for the same feature release, positive when newer. */
export function compareReleases(a: string, b: string): number {
  const [aMajor, aMinor] = versionParts(a);
  const [bMajor, bMinor] = versionParts(b);
  return aMajor - bMajor || aMinor - bMinor;
}

/** SS-71: only a newer feature release of 3.3 or later needs maintenance or an upgrade license. */
export function upgradeNeedsLicense(fromVersion: string, toVersion: string): boolean {
  return needsLicensing(toVersion) && compareReleases(toVersion, fromVersion) > 0;
}

/** SS-71: what entitles a segment controller to a newer feature release on a given day. */
export type UpgradeEntitlement<L> =
  { kind: 'maintenance'; license: L } | { kind: 'upgrade-license'; license: L } | { kind: 'none' };

/**
 * SS-71: maintenance in force first (it is not used up); otherwise an unused one-time upgrade
 * license, which the upgrade uses up (SS-72).
 */
export function upgradeEntitlement<L extends UpgradeTerms>(
  licenses: readonly L[],
  today: IsoDate,
): UpgradeEntitlement<L> {
  const maintenance = licenses.find(
    (l) => l.kind === 'maintenance' && licenseStatus(l, today).state !== 'expired',
  );
  if (maintenance) return { kind: 'maintenance', license: maintenance };
  const upgrade = licenses.find((l) => l.kind === 'upgrade' && l.upgradeUse === null);
  if (upgrade) return { kind: 'upgrade-license', license: upgrade };
  return { kind: 'none' };
}
