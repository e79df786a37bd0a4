import type { AddSensorsBody, AddSensorsResult } from '@/api/contract/fleet';
import {
  licenseEndDate,
  normalizeSerial,
  sensorLineProblem,
  type SensorLineProblem,
} from '@/domain/fleet';
import { nextAuditSequence } from './audit';
import { touchFleet } from './fleet-revision';
import { recordSensorEvent } from './sensor-events';
import type { CloudState, SensorRecord } from './state';

const REFUSALS: Record<SensorLineProblem, (serial: string) => string> = {
  serial_format: (serial) =>
    `${serial || 'An empty line'} is not a serial number: 6 to 12 hexadecimal digits, like 282C94.`,
  serial_duplicate: (serial) => `${serial} is already in this fleet or earlier in the list.`,
  name_too_long: (serial) => `The name of ${serial} has more than 60 characters.`,
};

/**
 * LM-10: each good sensor joins the fleet with Auto Renewal on and, while the pool has one, a
 * license from today; the others wait for one (LM-11). Each refused line says why; it adds nothing.
 */
export function addSensors(state: CloudState, body: AddSensorsBody): AddSensorsResult {
  const taken = new Set(state.fleet.sensors.map((s) => s.serial));
  const result: AddSensorsResult = { added: 0, licensed: 0, waiting: 0, refused: [] };
  const { today } = state;
  const audit = nextAuditSequence(state);
  for (const item of body.sensors) {
    const serial = normalizeSerial(item.serial);
    const name = item.name.trim() || `Sensor ${serial}`;
    const problem = sensorLineProblem(serial, name, (s) => taken.has(s));
    taken.add(serial);
    if (problem) {
      result.refused.push({ serial, code: problem, message: REFUSALS[problem](serial) });
      continue;
    }
    const license = state.fleet.pool.shift();
    const sensor: SensorRecord = {
      serial,
      name,
      location: body.location.trim(),
      autoRenewal: true,
      current: license
        ? {
            licenseId: license.id,
            keyId: license.keyId,
            durationMonths: license.durationMonths,
            startDate: today,
            endDate: licenseEndDate(today, license.durationMonths),
          }
        : null,
      queue: [],
      lastMeasurementAt: license ? today : null,
      renewedFromPool: null,
      events: [],
    };
    recordSensorEvent(sensor, { day: today, kind: 'added', audit });
    if (sensor.current)
      recordSensorEvent(sensor, { day: today, kind: 'assigned', license: sensor.current, audit });
    state.fleet.sensors.push(sensor);
    result.added += 1;
    if (license) result.licensed += 1;
    else result.waiting += 1;
  }
  if (result.added > 0) touchFleet(state.fleet);
  return result;
}
