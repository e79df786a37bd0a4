import type { PoolForecast } from '@/api/contract/fleet';
import { addDays, addMonths, type IsoDate } from '@/domain/dates';
import { licenseEndDate } from '@/domain/fleet';
import { fleetRevision } from './fleet-revision';
import type { CloudState, FleetState, SensorRecord } from './state';

/** LM-13: how long a license ordered for a renewal the pool cannot cover is assumed to run. */
const ORDERED_LICENSE_MONTHS = 12;
const FORECAST_MONTHS = 12;

/** The last day a sensor is covered: its last queued license's end, else its current one's. */
const coveredUntil = (sensor: SensorRecord): IsoDate | null =>
  (sensor.queue.at(-1) ?? sensor.current)?.endDate ?? null;

const bySerial = (a: SensorRecord, b: SensorRecord) =>
  a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0;

/** Sensors due today in the order the pool serves them (LM-11): longest expired, then never licensed. */
function waitingOrder(a: SensorRecord, b: SensorRecord): number {
  const aEnd = coveredUntil(a);
  const bEnd = coveredUntil(b);
  if (aEnd === null || bEnd === null) return Number(aEnd === null) - Number(bEnd === null);
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return bySerial(a, b);
}

/**
 * LM-13: the pool against the fleet's renewal pace. Every sensor with Auto Renewal on needs a pool
 * license the day after it is covered until, or today when it has no running license; after that,
 * again the day after the license it took ends. Renewals are served day by day, and on one day in
 * the order the pool serves them (LM-11), each taking the oldest pool license; once the pool is
 * empty a renewal counts as a license to order, assumed to run 12 months.
 *
 * One pass over the sensors and one over the ~366 days of the 12 calendar months from today's:
 * each sensor goes into the bucket of the day it is due, and a day's renewals are sorted only
 * while the pool still has licenses (who takes which license is all the order decides).
 */
export function poolForecast(state: CloudState): PoolForecast {
  const { fleet } = state;
  // Kept per day, fleet revision and pool: every License Manager view asks, and a million sensors
  // take ~150 ms to walk. Commands that move pool licenses bump the revision or the pool's size.
  const key = `${state.today}:${fleetRevision(fleet)}:${fleet.pool.length}:${fleet.keys.length}`;
  const kept = forecasts.get(fleet);
  if (kept?.key === key) return structuredClone(kept.forecast);
  const forecast = forecastNow(state);
  forecasts.set(fleet, { key, forecast });
  return structuredClone(forecast);
}

const forecasts = new WeakMap<FleetState, { key: string; forecast: PoolForecast }>();

function forecastNow(state: CloudState): PoolForecast {
  const { today } = state;
  const { pool, sensors } = state.fleet;
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const monthKeys = Array.from({ length: FORECAST_MONTHS }, (_, i) =>
    addMonths(firstOfMonth, i).slice(0, 7),
  );
  const lastDay = addDays(addMonths(firstOfMonth, FORECAST_MONTHS), -1);

  // Day 0 is today. `dayAfter` answers the day a license ending on a date is due again, when that
  // is within the 12 months.
  const days: IsoDate[] = [];
  const dayAfter = new Map<IsoDate, number>();
  for (let day = today; day <= lastDay; day = addDays(day, 1)) {
    dayAfter.set(addDays(day, -1), days.length);
    days.push(day);
  }
  const monthOfDay = days.map((day) => monthKeys.indexOf(day.slice(0, 7)));
  const yesterday = addDays(today, -1);

  const buckets: SensorRecord[][] = days.map(() => []);
  for (const sensor of sensors) {
    if (!sensor.autoRenewal) continue;
    const end = coveredUntil(sensor);
    // Without a running license the sensor waits for one today; beyond the 12 months it is not due.
    const due = end === null || end < yesterday ? 0 : dayAfter.get(end);
    if (due !== undefined) buckets[due]?.push(sensor);
  }

  const months = monthKeys.map((month) => ({ month, due: 0, coveredByPool: 0 }));
  let poolIndex = 0;
  let poolRunsOutOn: IsoDate | null = null;
  for (const [dayIndex, bucket] of buckets.entries()) {
    const day = days[dayIndex];
    const month = months[monthOfDay[dayIndex] ?? -1];
    if (day === undefined || !month || bucket.length === 0) continue;
    month.due += bucket.length;
    // Due again on which day, per license length (computed once per day, not per renewal).
    const again = new Map<number, number | undefined>();
    const dueAgain = (licenseMonths: number) => {
      if (!again.has(licenseMonths))
        again.set(licenseMonths, dayAfter.get(licenseEndDate(day, licenseMonths)));
      return again.get(licenseMonths);
    };
    const covered = Math.min(bucket.length, pool.length - poolIndex);
    if (covered > 0) {
      bucket.sort(dayIndex === 0 ? waitingOrder : bySerial);
      for (const sensor of bucket.slice(0, covered)) {
        const next = dueAgain(pool[poolIndex]?.durationMonths ?? ORDERED_LICENSE_MONTHS);
        poolIndex += 1;
        if (next !== undefined) buckets[next]?.push(sensor);
      }
      month.coveredByPool += covered;
    }
    if (covered === bucket.length) continue;
    poolRunsOutOn ??= day;
    const next = dueAgain(ORDERED_LICENSE_MONTHS);
    if (next !== undefined) for (const sensor of bucket.slice(covered)) buckets[next]?.push(sensor);
  }

  const toOrderWithin = (count: number) =>
    months.slice(0, count).reduce((sum, m) => sum + m.due - m.coveredByPool, 0);
  return {
    months,
    poolRunsOutOn,
    toOrder: { months3: toOrderWithin(3), months6: toOrderWithin(6), months12: toOrderWithin(12) },
    licensesLeft: pool.length,
  };
}
