import { addDays, daysBetween, type IsoDate } from './dates';
import { licenseStatus, type LicenseKind, type LicenseTerms } from './licenses';

export type Platform = 'SmartServer IoT' | 'SmartServer Pi';

/** "4.4" → [4, 4]; anything unreadable counts as a current release. */
export function versionParts(version: string): [number, number] {
  const [major = Number.NaN, minor = 0] = version.split('.').map(Number);
  return Number.isNaN(major)
    ? [Number.POSITIVE_INFINITY, 0]
    : [major, Number.isNaN(minor) ? 0 : minor];
}

/** SS-14: SmartServer 3.2 and earlier needs no license at all. */
export function needsLicensing(softwareVersion: string): boolean {
  const [major, minor] = versionParts(softwareVersion);
  return major > 3 || (major === 3 && minor > 2);
}

/** SS-14: a SmartServer Pi needs a core license for anything to work. */
export function missingCoreLicense(
  platform: Platform,
  softwareVersion: string,
  kinds: readonly LicenseKind[],
): boolean {
  return (
    platform === 'SmartServer Pi' && needsLicensing(softwareVersion) && !kinds.includes('core')
  );
}

export interface SegmentLicensing {
  softwareVersion: string;
  devices: number;
  capacity: number;
}

/**
 * SS-2: Manage Licenses opens by itself when licensing was never activated, or when a segment
 * controller that needs licensing has no capacity or fewer licensed devices than devices.
 */
export function licensingNeedsAttention(
  activatedCount: number,
  segments: readonly SegmentLicensing[],
): boolean {
  if (activatedCount === 0) return true;
  return segments.some(
    (s) => needsLicensing(s.softwareVersion) && (s.capacity === 0 || s.capacity < s.devices),
  );
}

/** SS-72: an annual maintenance license can be bought within this many days of a one-time upgrade. */
const MAINTENANCE_AFTER_UPGRADE_DAYS = 30;

/** SS-72: the day a one-time upgrade license was used up, and the release it installed. */
export interface UpgradeUse {
  date: IsoDate;
  toVersion: string;
}

export type UpgradeTerms = LicenseTerms & { upgradeUse: UpgradeUse | null };

/** SS-14, SS-72: what a segment controller without maintenance in force may do for feature releases. */
export type FeatureUpgradeNotice =
  | { kind: 'needs-maintenance-or-upgrade' }
  | { kind: 'upgrade-available' }
  /** `maintenanceUntil`: the last day annual maintenance can still be bought after the upgrade. */
  | { kind: 'maintenance-after-upgrade'; use: UpgradeUse; maintenanceUntil: IsoDate };

/** SS-72: the last day an annual maintenance license can be bought after a one-time upgrade. */
export function maintenanceBuyableUntil(use: UpgradeUse): IsoDate {
  return addDays(use.date, MAINTENANCE_AFTER_UPGRADE_DAYS);
}

/**
 * SS-14 (information only): feature releases need valid maintenance or an unused one-time upgrade
 * license. Null when maintenance is in force; otherwise what the segment controller may do.
 */
export function featureUpgradeNotice(
  licenses: readonly UpgradeTerms[],
  today: IsoDate,
): FeatureUpgradeNotice | null {
  const maintained = licenses.some(
    (l) => l.kind === 'maintenance' && licenseStatus(l, today).state !== 'expired',
  );
  if (maintained) return null;
  if (licenses.some((l) => l.kind === 'upgrade' && l.upgradeUse === null)) {
    return { kind: 'upgrade-available' };
  }
  const lastUse = licenses
    .flatMap((l) => (l.upgradeUse ? [l.upgradeUse] : []))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (lastUse && daysBetween(today, maintenanceBuyableUntil(lastUse)) >= 0) {
    return {
      kind: 'maintenance-after-upgrade',
      use: lastUse,
      maintenanceUntil: maintenanceBuyableUntil(lastUse),
    };
  }
  return { kind: 'needs-maintenance-or-upgrade' };
}
