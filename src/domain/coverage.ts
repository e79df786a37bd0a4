import type { IsoDate } from './dates';
import { licenseStatus, type LicenseStatus, type LicenseTerms } from './licenses';

export interface Coverage {
  /** Devices the capacity licenses allow (SS-11). */
  capacity: number;
  /** Devices covered by maintenance that has not expired (SS-12). */
  maintained: number;
  /** Capacity devices without maintenance; 0 when coverage is complete. */
  missing: number;
}

/** SS-12: non-expired maintenance must cover the device count of all capacity licenses. */
export function maintenanceCoverage(licenses: readonly LicenseTerms[], today: IsoDate): Coverage {
  let capacity = 0;
  let maintained = 0;
  for (const license of licenses) {
    if (license.kind === 'capacity') capacity += license.deviceCount;
    if (license.kind === 'maintenance' && licenseStatus(license, today).state !== 'expired') {
      maintained += license.deviceCount;
    }
  }
  return { capacity, maintained, missing: Math.max(0, capacity - maintained) };
}

/** SS-11: devices beyond the capacity licenses are unlicensed. */
export function licensedDeviceCount(deviceCount: number, capacity: number): number {
  return Math.min(deviceCount, capacity);
}

const byExpiry = (a: LicenseTerms, b: LicenseTerms) =>
  (a.expiryDate ?? '').localeCompare(b.expiryDate ?? '');

/**
 * One maintenance status for a segment controller (SS-3): the soonest-ending license still in force,
 * else the most recently expired one; null when it has no maintenance license.
 */
export function maintenanceStatus(
  licenses: readonly LicenseTerms[],
  today: IsoDate,
): LicenseStatus | null {
  const maintenance = licenses.filter((l) => l.kind === 'maintenance').sort(byExpiry);
  const soonestInForce = maintenance.find((l) => licenseStatus(l, today).state !== 'expired');
  const chosen = soonestInForce ?? maintenance.at(-1);
  return chosen ? licenseStatus(chosen, today) : null;
}
