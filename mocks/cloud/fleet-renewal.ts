import type { IsoDate } from '@/domain/dates';
import { licenseEndDate } from '@/domain/fleet';
import { touchFleet } from './fleet-revision';
import { recordSensorEvent } from './sensor-events';
import type { CloudState } from './state';

/**
 * LM-6, LM-10, LM-11: every sensor with Auto Renewal on, no running license and nothing queued
 * takes the oldest pool license, from today, while the pool has one. Decided: the sensor whose
 * license ended longest ago goes first (then by serial), so a short pool serves the oldest gaps
 * first; sensors never licensed (added while the pool was empty) come after them, in the order
 * they joined. The daily run calls it, and so does every command that fills the pool or switches
 * Auto Renewal on. Answers how many sensors it renewed.
 */
export function renewFromPool(state: CloudState, day: IsoDate): number {
  if (state.fleet.pool.length === 0) return 0;
  const waiting = state.fleet.sensors.filter(
    (sensor) =>
      sensor.autoRenewal &&
      sensor.queue.length === 0 &&
      (sensor.current === null || sensor.current.endDate < day),
  );
  // A stable sort: sensors never licensed keep the fleet's order, after every expired one.
  waiting.sort((a, b) => {
    if (!a.current || !b.current) return Number(!a.current) - Number(!b.current);
    return a.current.endDate.localeCompare(b.current.endDate) || a.serial.localeCompare(b.serial);
  });
  let renewed = 0;
  for (const sensor of waiting) {
    const license = state.fleet.pool.shift();
    if (!license) break;
    renewed += 1;
    sensor.current = {
      licenseId: license.id,
      keyId: license.keyId,
      durationMonths: license.durationMonths,
      startDate: day,
      endDate: licenseEndDate(day, license.durationMonths),
    };
    sensor.renewedFromPool = day;
    sensor.lastMeasurementAt = day;
    recordSensorEvent(sensor, { day, kind: 'renewed', license: sensor.current });
  }
  if (renewed > 0) touchFleet(state.fleet);
  return renewed;
}
