import { addDays, daysBetween, type IsoDate } from './dates';
import { licenseStatus, type LicenseKind, type LicenseTerms } from './licenses';

export type Platform = 'SmartServer IoT' | 'SmartServer Pi';

/** "4.4" → [4, 4]; anything unreadable counts as a current release. */
function versionParts(version: string): [number, number] {
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

/** SS-14: an annual maintenance license can be bought within this many days of a one-time upgrade. */
const MAINTENANCE_AFTER_UPGRADE_DAYS = 30;

type DatedTerms = LicenseTerms & { activationDate: IsoDate };

/** SS-14: what a segment controller without maintenance in force may do for feature releases. */
export type FeatureUpgradeNotice =
  | { kind: 'needs-maintenance-or-upgrade' }
  /** `maintenanceUntil`: the last day annual maintenance can still be bought, null once it has passed. */
  | { kind: 'upgrade-allows-next-release'; maintenanceUntil: IsoDate | null };

/**
 * SS-14 (information only): feature releases need valid maintenance or a one-time upgrade license.
 * Null when maintenance is in force; otherwise what the segment controller may do.
 */
export function featureUpgradeNotice(
  licenses: readonly DatedTerms[],
  today: IsoDate,
): FeatureUpgradeNotice | null {
  const maintained = licenses.some(
    (l) => l.kind === 'maintenance' && licenseStatus(l, today).state !== 'expired',
  );
  if (maintained) return null;
  const upgrade = licenses.find((l) => l.kind === 'upgrade');
  if (!upgrade) return { kind: 'needs-maintenance-or-upgrade' };
  const deadline = addDays(upgrade.activationDate, MAINTENANCE_AFTER_UPGRADE_DAYS);
  return {
    kind: 'upgrade-allows-next-release',
    maintenanceUntil: daysBetween(today, deadline) >= 0 ? deadline : null,
  };
}
