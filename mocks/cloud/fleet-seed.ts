import { addDays, addMonths, type IsoDate } from '@/domain/dates';
import { licenseEndDate } from '@/domain/fleet';
import { seededRandom, uuid, type Random } from './random';
import type {
  FleetState,
  SensorEventRecord,
  FleetUser,
  LicenseKeyRecord,
  PoolLicenseRecord,
  SensorLicenseRecord,
  SensorRecord,
} from './state';

/** LM-2: a good code of the seed, worth 5 licenses × 24 months. */
export const VALID_ACTIVATION_CODE = 'EF7Q-2K9M-XR4D-81NB';
/** LM-2: a code of the seed that was already redeemed. */
export const USED_ACTIVATION_CODE = 'QX3P-7H2C-MB8W-4TZA';
/** LM-10, LM-11: two more good codes of the seed, 10 licenses × 12 months each. */
export const TEN_LICENSE_CODES = ['K7RM-4QZ2-9DXH-P3TW', 'V8NC-2LJF-6YQB-H5SE'] as const;
/** LM-11: a good code of the seed for a year's renewals, 100 licenses × 12 months. */
export const HUNDRED_LICENSE_CODE = 'W3GT-8PKD-5MZA-Q6RC';
/** LM-2: well formed, but the cloud never issued it (not in the seed), for tests. */
export const UNKNOWN_ACTIVATION_CODE = 'ZZZZ-0000-ZZZZ-0000';

const FLEET_LOCATIONS = ['Cold Store A', 'Cold Store B', 'Warehouse', 'Office'] as const;

const KEY_24 = 'LK-3F9A-22C1';
const KEY_12 = 'LK-7B10-90DE';
const KEY_6 = 'LK-C4E2-5A07';

function users(random: Random): FleetUser[] {
  return [
    {
      id: uuid(random),
      name: 'Anna Kowalska',
      email: 'anna.kowalska@coldchain.example',
      role: 'Administrator',
    },
    {
      id: uuid(random),
      name: 'Jonas Weber',
      email: 'jonas.weber@coldchain.example',
      role: 'Manager',
    },
    {
      id: uuid(random),
      name: 'Lena Fischer',
      email: 'lena.fischer@coldchain.example',
      role: 'Analyst',
    },
    {
      id: uuid(random),
      name: 'Mateo Silva',
      email: 'mateo.silva@coldchain.example',
      role: 'Manager',
    },
  ];
}

/** A license that started `start`; its end follows LM-4. */
function onSensor(id: string, keyId: string, months: number, start: IsoDate): SensorLicenseRecord {
  return {
    licenseId: id,
    keyId,
    durationMonths: months,
    startDate: start,
    endDate: licenseEndDate(start, months),
  };
}

/** LM-14: a seeded sensor's plausible past: its license started, its queue, and its expiry. */
function seededEvents(
  current: SensorLicenseRecord | null,
  queue: readonly SensorLicenseRecord[],
  today: IsoDate,
): SensorEventRecord[] {
  if (!current) return [];
  const about = (license: SensorLicenseRecord) => ({
    licenseId: license.licenseId,
    keyId: license.keyId,
    startDate: license.startDate,
    endDate: license.endDate,
  });
  const events: SensorEventRecord[] = [
    { day: current.startDate, kind: 'started', ...about(current) },
    ...queue.map((q) => ({ day: current.startDate, kind: 'queued' as const, ...about(q) })),
  ];
  const expiredOn = addDays(current.endDate, 1);
  if (expiredOn <= today) events.push({ day: expiredOn, kind: 'expired', ...about(current) });
  return events;
}

/**
 * The License Manager's organization (LM-1 … LM-7): 40 sensors in 4 locations, with licenses in
 * every state relative to `today`: active, expiring within 30 days, expired, unlicensed, some with
 * queued licenses and some with Auto Renewal off; 3 keys, 5 licenses in the pool, and one good and
 * one used activation code.
 */
export function seedFleet(today: IsoDate): FleetState {
  const random = seededRandom(2_026_0515);
  const fleetUsers = users(random);
  const keys: LicenseKeyRecord[] = [
    { id: KEY_24, durationMonths: 24, licenseIds: [] },
    { id: KEY_12, durationMonths: 12, licenseIds: [] },
    { id: KEY_6, durationMonths: 6, licenseIds: [] },
  ];
  const issue = (key: LicenseKeyRecord): string => {
    const id = uuid(random);
    key.licenseIds.push(id);
    return id;
  };
  const [k24, k12, k6] = keys as [LicenseKeyRecord, LicenseKeyRecord, LicenseKeyRecord];
  const license = (key: LicenseKeyRecord, start: IsoDate) =>
    onSensor(issue(key), key.id, key.durationMonths, start);
  /** A start date so that the license ends `daysFromToday` days from today. */
  const endingIn = (key: LicenseKeyRecord, daysFromToday: number): IsoDate =>
    addMonths(addDays(today, daysFromToday + 1), -key.durationMonths);

  const sensors: SensorRecord[] = [];
  for (let i = 0; i < 40; i += 1) {
    const pattern = i % 8;
    const key = [k24, k12, k6][i % 3] ?? k12;
    let current: SensorLicenseRecord | null = null;
    const queue: SensorLicenseRecord[] = [];
    if (pattern === 0 || pattern === 1 || pattern === 2) {
      // Active: 60 … 300 days left.
      current = license(key, endingIn(key, Math.min(60 + i * 7, key.durationMonths * 28)));
    } else if (pattern === 3) {
      // Expiring: 1 … 29 days left.
      current = license(key, endingIn(key, 1 + (i % 29)));
    } else if (pattern === 4) {
      // Expired 5 … 45 days ago.
      current = license(key, endingIn(key, -5 - i));
    } else if (pattern === 6 || pattern === 7) {
      // Expiring (pattern 7) or active (pattern 6), with one or two licenses queued after it.
      current = license(key, endingIn(key, pattern === 7 ? 10 + (i % 15) : 120));
      let start = addDays(current.endDate, 1);
      for (let q = 0; q < (i % 2) + 1; q += 1) {
        const next = license(k12, start);
        queue.push(next);
        start = addDays(next.endDate, 1);
      }
    }
    const licensed = current !== null && current.endDate >= today;
    sensors.push({
      serial: `28${(0x2c00 + i * 37).toString(16).toUpperCase().padStart(4, '0')}`,
      name: `${['Freezer', 'Chiller', 'Dock', 'Room'][i % 4]} ${String(Math.floor(i / 4) + 1).padStart(2, '0')}`,
      location: FLEET_LOCATIONS[i % FLEET_LOCATIONS.length] ?? 'Office',
      // Every fifth sensor has Auto Renewal switched off (on by default, LM-3); so has every one
      // without a running license, which the pool would otherwise have licensed (LM-11).
      autoRenewal: i % 5 !== 4 && licensed,
      current,
      queue,
      lastMeasurementAt: licensed ? today : (current?.endDate ?? null),
      renewedFromPool: null,
      events: seededEvents(current, queue, today),
    });
  }
  const pool: PoolLicenseRecord[] = [
    ...[1, 2, 3].map(() => ({ id: issue(k24), keyId: k24.id, durationMonths: 24 })),
    ...[1, 2].map(() => ({ id: issue(k12), keyId: k12.id, durationMonths: 12 })),
  ];
  return {
    users: fleetUsers,
    sensors,
    keys,
    pool,
    activationCodes: [
      { code: VALID_ACTIVATION_CODE, licenses: 5, durationMonths: 24, usedAt: null },
      { code: USED_ACTIVATION_CODE, licenses: 10, durationMonths: 12, usedAt: '2026-03-02' },
      ...TEN_LICENSE_CODES.map((code) => ({
        code,
        licenses: 10,
        durationMonths: 12,
        usedAt: null,
      })),
      { code: HUNDRED_LICENSE_CODE, licenses: 100, durationMonths: 12, usedAt: null },
    ],
    // LM-7: nobody is selected at first, so the CMS scenarios' outbox (SS-62) stays as it was;
    // choose recipients with setExpiryRecipients.
    expiryRecipientIds: [],
  };
}

/**
 * LM-8: a large, deterministic fleet of `n` sensors in the same organization (for performance tests
 * and the dev toolbar). Dates come from a small table so 100,000 sensors take well under a second.
 */
export function fleetOfSize(n: number, today: IsoDate, seed = 8): FleetState {
  const base = seedFleet(today);
  const random = seededRandom(seed);
  const key = base.keys[1] ?? { id: KEY_12, durationMonths: 12, licenseIds: [] };
  // Ends from 60 days ago to 400 days ahead: every status appears.
  const starts = Array.from({ length: 461 }, (_, d) => addMonths(addDays(today, d - 60 + 1), -12));
  const ends = starts.map((start) => licenseEndDate(start, 12));
  const sensors: SensorRecord[] = new Array<SensorRecord>(n);
  for (let i = 0; i < n; i += 1) {
    const r = random();
    let current: SensorLicenseRecord | null = null;
    if (r >= 0.05) {
      const d = Math.floor(random() * starts.length);
      // Not a UUID per sensor (too slow for 100k): unique, readable and stable.
      const licenseId = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
      current = {
        licenseId,
        keyId: key.id,
        durationMonths: 12,
        startDate: starts[d] ?? today,
        endDate: ends[d] ?? today,
      };
    }
    sensors[i] = {
      serial: `S${i.toString(16).toUpperCase().padStart(7, '0')}`,
      name: `Sensor ${i + 1}`,
      location: FLEET_LOCATIONS[i % FLEET_LOCATIONS.length] ?? 'Office',
      // A sensor without a running license has Auto Renewal off: with it on, the pool would have
      // licensed it (LM-11).
      autoRenewal: r < 0.8 && current !== null && current.endDate >= today,
      current,
      queue: [],
      lastMeasurementAt: current && current.endDate >= today ? today : (current?.endDate ?? null),
      renewedFromPool: null,
      // LM-14: no recorded past (100,000 sensors stay small); the page derives the current license.
      events: [],
    };
  }
  return { ...base, sensors };
}
