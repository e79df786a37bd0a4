import { addDays, addMonths, daysBetween, type IsoDate } from './dates';

/** LM-3, LM-4: what the fleet table shows for a sensor. */
export type SensorStatus = 'active' | 'expiring' | 'expired' | 'unlicensed';

/** A sensor counts as expiring with this many days left or fewer (LM-3). */
const EXPIRING_WITHIN_DAYS = 30;

/**
 * LM-4: a license of `months` months assigned on `start` runs until the end of the day before the
 * same calendar day `months` later (a 12-month license from 2026-01-15 ends on 2027-01-14; months
 * are clamped like `addMonths`, so one from 2026-01-31 for 1 month ends on 2026-02-27).
 */
export function licenseEndDate(start: IsoDate, months: number): IsoDate {
  return addDays(addMonths(start, months), -1);
}

/** Whole days left after today: 0 on the last day, negative once expired. */
export function daysLeft(endDate: IsoDate, today: IsoDate): number {
  return daysBetween(today, endDate);
}

/** LM-3, LM-4: no license ever → unlicensed; past its end → expired; ≤ 30 days left → expiring. */
export function sensorStatus(current: { endDate: IsoDate } | null, today: IsoDate): SensorStatus {
  if (!current) return 'unlicensed';
  const left = daysLeft(current.endDate, today);
  if (left < 0) return 'expired';
  return left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'active';
}

/**
 * `sensorStatus` for many sensors on one day: ISO dates compare as strings, so no date is parsed
 * per sensor (the cloud classifies 100,000 sensors per table query).
 */
export function sensorStatusOn(
  today: IsoDate,
): (current: { endDate: IsoDate } | null) => SensorStatus {
  const expiringUntil = addDays(today, EXPIRING_WITHIN_DAYS);
  return (current) => {
    if (!current) return 'unlicensed';
    if (current.endDate < today) return 'expired';
    return current.endDate <= expiringUntil ? 'expiring' : 'active';
  };
}

/** A license's place in time on a sensor. */
export interface LicensePeriod {
  startDate: IsoDate;
  endDate: IsoDate;
}

/**
 * LM-5 "when the current one expires the next starts the same day": read as *no gap and no
 * overlap*. A license expires at the end of its last day, so the next one starts on the following
 * calendar day — the moment the current one expires. (The other reading, starting on the last day
 * itself, would waste a day of the queued license by overlapping the two.)
 *
 * `currentEnd` is the current license's last day, or null when the sensor has none; then the first
 * queued license starts `today`.
 */
export function queuePeriods(
  currentEnd: IsoDate | null,
  durationsMonths: readonly number[],
  today: IsoDate,
): LicensePeriod[] {
  let start = currentEnd === null ? today : addDays(currentEnd, 1);
  return durationsMonths.map((months) => {
    const period = { startDate: start, endDate: licenseEndDate(start, months) };
    start = addDays(period.endDate, 1);
    return period;
  });
}

/** LM-7: the day "one month before" an expiry (once, even when months are clamped). */
export function monthBeforeExpiry(endDate: IsoDate): IsoDate {
  return addMonths(endDate, -1);
}

/** The words of the days remaining, in the language of whoever reads them. */
export interface DaysLeftWords {
  left: (days: number) => string;
  lastDay: string;
  expiredYesterday: string;
  expiredDaysAgo: (days: number) => string;
}

/** LM-3 "Expires at": the days remaining, in words. */
export function daysLeftText(left: number, words: DaysLeftWords): string {
  if (left >= 1) return words.left(left);
  if (left === 0) return words.lastDay;
  if (left === -1) return words.expiredYesterday;
  return words.expiredDaysAgo(-left);
}

export const SENSOR_STATUS_LABELS: Record<SensorStatus, string> = {
  active: 'Active',
  expiring: 'Expiring',
  expired: 'Expired',
  unlicensed: 'No license',
};

/** LM-10 (decided): a new sensor's serial number is 6 to 12 hexadecimal digits, like 282C94. */
const SERIAL_PATTERN = /^[0-9A-F]{6,12}$/;
/** LM-10: the most sensors one paste adds; a longer list is refused whole, before anything is sent. */
export const MAX_SENSORS_PER_ADD = 1000;
const MAX_SENSOR_NAME_LENGTH = 60;

export type SensorLineProblem = 'serial_format' | 'serial_duplicate' | 'name_too_long';

export interface SensorLine {
  /** 1-based, as the person sees the lines they pasted. */
  line: number;
  serial: string;
  name: string;
  problem: SensorLineProblem | null;
}

/** Case and spaces do not count in a serial number: "28 2c 94" reads as 282C94. */
export function normalizeSerial(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** What is wrong with one new sensor, given the serials already taken (the fleet's and earlier lines'). */
export function sensorLineProblem(
  serial: string,
  name: string,
  taken: (serial: string) => boolean,
): SensorLineProblem | null {
  if (!SERIAL_PATTERN.test(serial)) return 'serial_format';
  if (taken(serial)) return 'serial_duplicate';
  if (name.length > MAX_SENSOR_NAME_LENGTH) return 'name_too_long';
  return null;
}

/**
 * LM-10: a pasted list, one sensor per line as `serial` or `serial, name`; blank lines are skipped.
 * A serial of the wrong shape, or one already on an earlier line or in `existing`, is a problem of
 * its line; the rest can be added.
 */
export function readSensorLines(text: string, existing: ReadonlySet<string>): SensorLine[] {
  const seen = new Set<string>();
  const lines: SensorLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const comma = raw.indexOf(',');
    const serial = normalizeSerial(comma < 0 ? raw : raw.slice(0, comma));
    const name = (comma < 0 ? '' : raw.slice(comma + 1)).trim() || `Sensor ${serial}`;
    const problem = sensorLineProblem(serial, name, (s) => seen.has(s) || existing.has(s));
    seen.add(serial);
    lines.push({ line: index + 1, serial, name, problem });
  });
  return lines;
}
