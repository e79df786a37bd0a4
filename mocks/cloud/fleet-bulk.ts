import {
  BULK_REFUSALS_LISTED,
  type BulkAction,
  type BulkBody,
  type BulkResult,
  type BulkTarget,
} from '@/api/contract/fleet-bulk';
import { nextAuditSequence } from './audit';
import { CloudError } from './errors';
import { licensesLeft, placeLicense } from './fleet';
import { sensorsMatching } from './fleet-query';
import { renewFromPool } from './fleet-renewal';
import { recordSensorEvent } from './sensor-events';
import { touchFleet } from './fleet-revision';
import type { CloudState, PoolLicenseRecord, SensorRecord } from './state';

type Refusal = BulkResult['refusals'][number];

interface Targets {
  sensors: SensorRecord[];
  refusals: Refusal[];
  requested: number;
}

/** The sensors a bulk command is for; a serial no longer in the fleet is refused on its own. */
function targetsOf(state: CloudState, target: BulkTarget): Targets {
  if (target.kind === 'filtered') {
    const sensors = sensorsMatching(state, target.filter);
    if (sensors.length !== target.expected) {
      throw new CloudError(
        409,
        'bulk_count_changed',
        `The search and filters now match ${sensors.length.toLocaleString('en-US')} sensors, not ${target.expected.toLocaleString('en-US')}: the fleet changed meanwhile. Check the table and confirm again.`,
        { matching: sensors.length, expected: target.expected },
      );
    }
    return { sensors, refusals: [], requested: sensors.length };
  }
  const serials = [...new Set(target.serials)];
  const bySerial = new Map(state.fleet.sensors.map((sensor) => [sensor.serial, sensor]));
  const sensors: SensorRecord[] = [];
  const refusals: Refusal[] = [];
  for (const serial of serials) {
    const sensor = bySerial.get(serial);
    if (sensor) sensors.push(sensor);
    else
      refusals.push({
        serial,
        name: null,
        code: 'sensor_not_found',
        message: `Sensor ${serial} is no longer in this fleet.`,
      });
  }
  return { sensors, refusals, requested: serials.length };
}

/** LM-12: the pool must hold a license for every sensor, or nothing is assigned. */
function takeFromPool(state: CloudState, keyId: string, count: number): PoolLicenseRecord[] {
  const key = licensesLeft(state).keys.find((k) => k.id === keyId);
  if (!key) throw new CloudError(404, 'key_not_found', `No license key ${keyId}.`);
  if (key.available < count) {
    throw new CloudError(
      409,
      'pool_short',
      `Key ${keyId} has ${key.available.toLocaleString('en-US')} licenses left for ${count.toLocaleString('en-US')} sensors. Choose fewer sensors, or redeem an activation code first.`,
      { keyId, available: key.available, requested: count },
    );
  }
  const taken: PoolLicenseRecord[] = [];
  // One pass over the pool, oldest first, so 100,000 assignments cost no more than one.
  state.fleet.pool = state.fleet.pool.filter((license) => {
    if (license.keyId !== keyId || taken.length === count) return true;
    taken.push(license);
    return false;
  });
  return taken;
}

/** Applies the action to each sensor; answers the refusals of sensors it could not change. */
function apply(state: CloudState, action: BulkAction, sensors: SensorRecord[]): Refusal[] {
  const { today } = state;
  const audit = nextAuditSequence(state);
  switch (action.kind) {
    case 'assign': {
      const licenses = takeFromPool(state, action.keyId, sensors.length);
      sensors.forEach((sensor, i) => {
        const license = licenses[i];
        if (license) placeLicense(sensor, license, today, audit);
      });
      return [];
    }
    case 'autoRenewal': {
      const kind = action.on ? 'autoRenewalOn' : 'autoRenewalOff';
      for (const sensor of sensors) {
        if (sensor.autoRenewal === action.on) continue;
        sensor.autoRenewal = action.on;
        recordSensorEvent(sensor, { day: today, kind, audit });
      }
      return [];
    }
    case 'removeQueued': {
      const refusals: Refusal[] = [];
      for (const sensor of sensors) {
        if (sensor.queue.length === 0) {
          refusals.push({
            serial: sensor.serial,
            name: sensor.name,
            code: 'nothing_queued',
            message: `Nothing is queued on ${sensor.name}: a license that has started stays on its sensor.`,
          });
          continue;
        }
        for (const queued of sensor.queue) {
          state.fleet.pool.push({
            id: queued.licenseId,
            keyId: queued.keyId,
            durationMonths: queued.durationMonths,
          });
          recordSensorEvent(sensor, { day: today, kind: 'removed', license: queued, audit });
        }
        sensor.queue = [];
      }
      return refusals;
    }
  }
}

/**
 * LM-12: one action on many sensors, in one pass over the fleet. Refusals that concern the whole
 * command (no sensors, a short pool, a filter that now matches a different count) change nothing;
 * a sensor that cannot take the action is refused on its own while the others go ahead.
 */
export function runBulk(state: CloudState, { action, target }: BulkBody): BulkResult {
  const targets = targetsOf(state, target);
  if (targets.requested === 0) {
    throw new CloudError(
      422,
      'bulk_empty',
      'No sensors were chosen: select sensors, or a filter that matches some.',
    );
  }
  const refusals = [...targets.refusals, ...apply(state, action, targets.sensors)];
  touchFleet(state.fleet);
  // LM-11: licenses back in the pool, or Auto Renewal switched on, renew waiting sensors at once.
  const renewedSensors =
    action.kind === 'removeQueued' || (action.kind === 'autoRenewal' && action.on)
      ? renewFromPool(state, state.today)
      : 0;
  return {
    requested: targets.requested,
    succeeded: targets.requested - refusals.length,
    refusedCount: refusals.length,
    refusals: refusals.slice(0, BULK_REFUSALS_LISTED),
    renewedSensors,
  };
}
