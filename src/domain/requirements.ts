import type { LicenseKind } from './licenses';

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
