import {
  ACTIVATION_CODE_PATTERN,
  normalizeActivationCode,
  type ExpiryRecipients,
  type FleetRole,
  type FleetSession,
  type LicenseKey,
  type LicensesLeft,
  type RedeemResult,
  type Sensor,
} from '@/api/contract/fleet';
import type { IsoDate } from '@/domain/dates';
import { daysLeft, licenseEndDate, queuePeriods, sensorStatus } from '@/domain/fleet';
import { nextAuditSequence } from './audit';
import { CloudError, shownInput } from './errors';
import { touchFleet } from './fleet-revision';
import { renewFromPool } from './fleet-renewal';
import { seededRandom, uuid } from './random';
import { recordSensorEvent } from './sensor-events';
import type {
  CloudState,
  FleetUser,
  PoolLicenseRecord,
  SensorLicenseRecord,
  SensorRecord,
} from './state';

const MANAGING_ROLES: readonly FleetRole[] = ['Administrator', 'Manager'];

function refusalReason(user: FleetUser): string | null {
  return MANAGING_ROLES.includes(user.role)
    ? null
    : `Only Administrators and Managers can manage sensor licenses; you are signed in as ${user.role}.`;
}

/** LM-1: Administrator and Manager only; an Analyst is told why not. */
export function requireFleetManager(user: FleetUser): FleetUser {
  const reason = refusalReason(user);
  if (reason) throw new CloudError(403, 'fleet_role_forbidden', reason, { role: user.role });
  return user;
}

/** LM-1: open to every fleet user, so an Analyst can see why the License Manager is closed. */
export function fleetSession(user: FleetUser): FleetSession {
  const reason = refusalReason(user);
  return { user: { ...user }, canManage: reason === null, reason };
}

/** Simulated sign-in: the organization's first user with that role. */
export function firstFleetUserOf(state: CloudState, role: FleetRole): FleetUser {
  const user = state.fleet.users.find((u) => u.role === role);
  if (!user) throw new CloudError(404, 'user_not_found', `No ${role} in this organization.`);
  return user;
}

export function toSensor(sensor: SensorRecord, today: IsoDate): Sensor {
  const { current } = sensor;
  let keyLicenseCount = 0;
  if (current) {
    keyLicenseCount = 1;
    for (const queued of sensor.queue) if (queued.keyId === current.keyId) keyLicenseCount += 1;
  }
  return {
    serial: sensor.serial,
    name: sensor.name,
    location: sensor.location,
    autoRenewal: sensor.autoRenewal,
    status: sensorStatus(current, today),
    daysLeft: current ? daysLeft(current.endDate, today) : null,
    keyLicenseCount,
    current: current ? { ...current } : null,
    queue: sensor.queue.map((q) => ({ ...q })),
    lastMeasurementAt: sensor.lastMeasurementAt,
    renewedFromPoolOn:
      current && sensor.renewedFromPool === current.startDate ? sensor.renewedFromPool : null,
  };
}

/** Every sensor with its computed status, for the model's own tests; the API pages (fleet-query.ts). */
export function listSensors(state: CloudState): Sensor[] {
  const { today } = state;
  return state.fleet.sensors.map((sensor) => toSensor(sensor, today));
}

export function findSensor(state: CloudState, serial: string): SensorRecord {
  const sensor = state.fleet.sensors.find((s) => s.serial === serial);
  if (!sensor) {
    const shown = shownInput(serial);
    throw new CloudError(
      404,
      'sensor_not_found',
      shown === null
        ? 'No sensor with this serial number in this fleet.'
        : `No sensor ${shown} in this fleet.`,
    );
  }
  return sensor;
}

function keyView(state: CloudState, keyId: string): LicenseKey {
  const key = state.fleet.keys.find((k) => k.id === keyId);
  if (!key) throw new CloudError(404, 'key_not_found', `No license key ${keyId}.`);
  return {
    id: key.id,
    durationMonths: key.durationMonths,
    total: key.licenseIds.length,
    available: state.fleet.pool.filter((l) => l.keyId === key.id).length,
  };
}

/** LM-2: "Licenses left: N", with each key's share. */
export function licensesLeft(state: CloudState): LicensesLeft {
  return {
    licensesLeft: state.fleet.pool.length,
    keys: state.fleet.keys.map((key) => keyView(state, key.id)),
  };
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

/** The record of an activation code as a person may type it (any case, with or without dashes). */
export function activationCodeRecord(state: CloudState, rawCode: string) {
  const code = normalizeActivationCode(rawCode);
  return state.fleet.activationCodes.find((c) => c.code === code);
}

/** LM-2: a good code adds its licenses to the pool under a new key; each refusal has its own code. */
export function redeemActivationCode(state: CloudState, rawCode: string): RedeemResult {
  const code = normalizeActivationCode(rawCode);
  if (!ACTIVATION_CODE_PATTERN.test(code)) {
    throw new CloudError(
      400,
      'code_malformed',
      'An activation code is four groups of four letters or digits, like EF7Q-2K9M-XR4D-81NB.',
    );
  }
  const record = state.fleet.activationCodes.find((c) => c.code === code);
  if (!record)
    throw new CloudError(404, 'code_unknown', `The activation code ${code} is not known.`);
  if (record.usedAt !== null) {
    throw new CloudError(
      409,
      'code_used',
      `The activation code ${code} was already used on ${record.usedAt}.`,
      {
        usedAt: record.usedAt,
      },
    );
  }
  // Deterministic: the same code on the same cloud always yields the same key and license IDs.
  const random = seededRandom(hash(`${code}:${state.fleet.keys.length}`));
  let keyId = '';
  do {
    const hex = Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .toUpperCase()
      .padStart(8, '0');
    keyId = `LK-${hex.slice(0, 4)}-${hex.slice(4)}`;
  } while (state.fleet.keys.some((k) => k.id === keyId));
  // Seeded, yet never one the fleet already has (a seed's sequence can meet another's).
  const taken = new Set(state.fleet.keys.flatMap((k) => k.licenseIds));
  const licenseIds = Array.from({ length: record.licenses }, () => {
    let id = uuid(random);
    while (taken.has(id)) id = uuid(random);
    taken.add(id);
    return id;
  });
  state.fleet.keys.push({ id: keyId, durationMonths: record.durationMonths, licenseIds });
  for (const id of licenseIds)
    state.fleet.pool.push({ id, keyId, durationMonths: record.durationMonths });
  record.usedAt = state.today;
  const renewedSensors = renewFromPool(state, state.today);
  return { key: keyView(state, keyId), added: licenseIds.length, renewedSensors };
}

/** A current license past its end no longer counts: the sensor "has none" (LM-4, LM-5). */
function isRunning(
  current: SensorLicenseRecord | null,
  today: IsoDate,
): current is SensorLicenseRecord {
  return current !== null && current.endDate >= today;
}

/**
 * LM-5: a license taken from the pool becomes current (from today) if the sensor has no running
 * license, else it is queued after the last one.
 */
export function placeLicense(
  sensor: SensorRecord,
  license: PoolLicenseRecord,
  today: IsoDate,
  audit: number,
): void {
  if (!isRunning(sensor.current, today)) {
    sensor.current = {
      licenseId: license.id,
      keyId: license.keyId,
      durationMonths: license.durationMonths,
      startDate: today,
      endDate: licenseEndDate(today, license.durationMonths),
    };
    sensor.lastMeasurementAt = today;
    recordSensorEvent(sensor, { day: today, kind: 'assigned', license: sensor.current, audit });
    return;
  }
  const last = sensor.queue.at(-1) ?? sensor.current;
  const [period] = queuePeriods(last.endDate, [license.durationMonths], today);
  if (!period) throw new CloudError(500, 'internal', 'Could not schedule the license.');
  const queued = {
    licenseId: license.id,
    keyId: license.keyId,
    durationMonths: license.durationMonths,
    ...period,
  };
  sensor.queue.push(queued);
  recordSensorEvent(sensor, { day: today, kind: 'queued', license: queued, audit });
}

/** LM-5: one license of the key leaves the pool for the sensor (placeLicense). */
export function assignLicense(state: CloudState, serial: string, keyId: string): Sensor {
  const sensor = findSensor(state, serial);
  keyView(state, keyId);
  const index = state.fleet.pool.findIndex((l) => l.keyId === keyId);
  if (index < 0)
    throw new CloudError(409, 'pool_empty', `No licenses of key ${keyId} are left in the pool.`, {
      keyId,
    });
  const [license] = state.fleet.pool.splice(index, 1);
  if (!license) throw new CloudError(500, 'internal', 'The pool changed unexpectedly.');
  placeLicense(sensor, license, state.today, nextAuditSequence(state));
  touchFleet(state.fleet);
  return toSensor(sensor, state.today);
}

/** The queue's dates after a change: back to back from the current license's end (LM-5). */
function reschedule(sensor: SensorRecord, today: IsoDate): void {
  const periods = queuePeriods(
    sensor.current?.endDate ?? null,
    sensor.queue.map((q) => q.durationMonths),
    today,
  );
  sensor.queue = sensor.queue.map((q, i) => ({ ...q, ...periods[i] }));
}

/** Why a license cannot be removed from a sensor's queue: a stale view loses with a 409 (R7). */
function notQueued(state: CloudState, sensor: SensorRecord, licenseId: string): CloudError {
  const { current, serial, name } = sensor;
  if (current?.licenseId === licenseId) {
    return new CloudError(
      409,
      'queued_license_started',
      `The license of key ${current.keyId} on ${name} is no longer queued: it started on ${current.startDate}, and a running license cannot go back to the pool.`,
      { serial, licenseId },
    );
  }
  if (state.fleet.keys.some((k) => k.licenseIds.includes(licenseId))) {
    return new CloudError(
      409,
      'queued_license_removed',
      `That license is no longer queued on ${name}: it was removed meanwhile, perhaps from another tab.`,
      { serial, licenseId },
    );
  }
  const shown = shownInput(licenseId);
  return new CloudError(
    404,
    'license_not_queued',
    shown === null
      ? `That license is not queued on ${serial}.`
      : `License ${shown} is not queued on ${serial}.`,
  );
}

/** LM-5: a queued license goes back to the pool; the later ones move up. */
export function removeQueued(state: CloudState, serial: string, licenseId: string): Sensor {
  const sensor = findSensor(state, serial);
  const index = sensor.queue.findIndex((q) => q.licenseId === licenseId);
  const [removed] = index < 0 ? [] : sensor.queue.splice(index, 1);
  if (!removed) throw notQueued(state, sensor, licenseId);
  state.fleet.pool.push({
    id: removed.licenseId,
    keyId: removed.keyId,
    durationMonths: removed.durationMonths,
  });
  reschedule(sensor, state.today);
  recordSensorEvent(sensor, {
    day: state.today,
    kind: 'removed',
    license: removed,
    audit: nextAuditSequence(state),
  });
  touchFleet(state.fleet);
  // LM-11: the license back in the pool renews an expired sensor waiting for one, if any.
  renewFromPool(state, state.today);
  return toSensor(sensor, state.today);
}

export function setAutoRenewal(state: CloudState, serial: string, on: boolean): Sensor {
  const sensor = findSensor(state, serial);
  if (sensor.autoRenewal !== on)
    recordSensorEvent(sensor, {
      day: state.today,
      kind: on ? 'autoRenewalOn' : 'autoRenewalOff',
      audit: nextAuditSequence(state),
    });
  sensor.autoRenewal = on;
  touchFleet(state.fleet);
  // LM-11: switched on while expired, it takes a pool license at once if one is left.
  if (on) renewFromPool(state, state.today);
  return toSensor(sensor, state.today);
}

export function expiryRecipients(state: CloudState): ExpiryRecipients {
  return {
    users: state.fleet.users.map((u) => ({ ...u })),
    recipientIds: [...state.fleet.expiryRecipientIds],
  };
}

/** LM-7: recipients are chosen from the organization's users. */
export function setExpiryRecipients(state: CloudState, ids: string[]): ExpiryRecipients {
  const fields: Record<string, string> = {};
  ids.forEach((id, i) => {
    if (!state.fleet.users.some((u) => u.id === id))
      fields[`recipientIds.${i}`] = 'Not a user of this organization.';
  });
  const first = Object.values(fields)[0];
  if (first !== undefined) throw new CloudError(400, 'validation_failed', first, { fields });
  state.fleet.expiryRecipientIds = [...new Set(ids)];
  return expiryRecipients(state);
}

/** The last day the sensor is covered: the end of its last queued license, or of its current one. */
export function coveredUntil(sensor: SensorRecord): IsoDate | null {
  return (sensor.queue.at(-1) ?? sensor.current)?.endDate ?? null;
}
