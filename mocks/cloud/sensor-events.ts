import type { SensorEventKind } from '@/api/contract/fleet';
import type { IsoDate } from '@/domain/dates';
import type { SensorLicenseRecord, SensorRecord } from './state';

/** LM-14: a sensor keeps its newest events only, so a long-lived fleet stays small. */
export const SENSOR_EVENTS_KEPT = 100;

/** An event as a command records it: the day, what happened, and the license it concerns. */
interface SensorEventInput {
  day: IsoDate;
  kind: SensorEventKind;
  license?: Pick<SensorLicenseRecord, 'licenseId' | 'keyId' | 'startDate' | 'endDate'> | null;
  /** The audit event of the command that did it (nextAuditSequence); none for the cloud's own. */
  audit?: number;
}

/**
 * LM-14: the one way a model function records what happened to a sensor's licenses (assigned,
 * queued, started, renewed, removed, expired, Auto Renewal switched). Oldest first; only the
 * newest `SENSOR_EVENTS_KEPT` stay.
 */
export function recordSensorEvent(
  sensor: SensorRecord,
  { day, kind, license, audit }: SensorEventInput,
) {
  sensor.events.push({
    day,
    kind,
    licenseId: license?.licenseId ?? null,
    keyId: license?.keyId ?? null,
    startDate: license?.startDate ?? null,
    endDate: license?.endDate ?? null,
    ...(audit === undefined ? {} : { audit }),
  });
  const excess = sensor.events.length - SENSOR_EVENTS_KEPT;
  if (excess > 0) sensor.events.splice(0, excess);
}
