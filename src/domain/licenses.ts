import { addDays, addYears, daysBetween, type IsoDate } from './dates';

export type LicenseKind = 'capacity' | 'maintenance' | 'core' | 'upgrade' | 'remote-cms';

/** The facts about a license that every rule below needs; API records carry more. */
export interface LicenseTerms {
  kind: LicenseKind;
  deviceCount: number;
  termYears: number | null;
  expiryDate: IsoDate | null;
  /** SS-74: the segment controllers a Remote CMS license allows. */
  segmentControllerLimit?: number | null;
}

/** SS-6: a maintenance license is "Expiring" from this many days before its expiry day (decided). */
const EXPIRING_WINDOW_DAYS = 60;

export type LicenseStatus =
  | { state: 'active' }
  | { state: 'expiring'; expiryDate: IsoDate; daysLeft: number }
  | { state: 'expired'; expiryDate: IsoDate }
  /** SS-72: a one-time upgrade license an upgrade used up. */
  | { state: 'used'; date: IsoDate; toVersion: string };

/**
 * SS-6. Expiry is the end of the expiry day (requirements, Conventions): on the expiry day itself the license is still
 * valid ("Expiring", 0 days left); the next day it is "Expired".
 */
export function licenseStatus(
  license: Pick<LicenseTerms, 'expiryDate'> & {
    upgradeUse?: { date: IsoDate; toVersion: string } | null;
  },
  today: IsoDate,
): LicenseStatus {
  if (license.upgradeUse) return { state: 'used', ...license.upgradeUse };
  if (license.expiryDate === null) return { state: 'active' };
  const daysLeft = daysBetween(today, license.expiryDate);
  if (daysLeft < 0) return { state: 'expired', expiryDate: license.expiryDate };
  if (daysLeft <= EXPIRING_WINDOW_DAYS) {
    return { state: 'expiring', expiryDate: license.expiryDate, daysLeft };
  }
  return { state: 'active' };
}

/**
 * SS-13: the maintenance clock starts at the first activation and never restarts. A term of N years
 * covers N years to the day: activated 2026-01-15 for 1 year, it expires at the end of 2027-01-14.
 */
export function maintenanceExpiry(firstActivationDate: IsoDate, termYears: number): IsoDate {
  return addDays(addYears(firstActivationDate, termYears), -1);
}
