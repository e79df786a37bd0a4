import { addDays, type IsoDate } from '@/domain/dates';
import { monthBeforeExpiry } from '@/domain/fleet';
import { coveredUntil } from './fleet';
import { touchFleet } from './fleet-revision';
import { deliver } from './outbox';
import { recordSensorEvent } from './sensor-events';
import type { CloudState } from './state';

/*
 * The License Manager's part of each simulated day (daily.ts runs them in order). A license that
 * ended yesterday needs no step of its own to expire: its status follows from its end date. What
 * expiry changes is that measurements stop, so that step runs after the queue and auto-renewal had
 * their chance to keep the sensor licensed.
 */

/** LM-5: a current license that ended yesterday hands over to the next queued one, from today. */
export function startQueuedLicenses(state: CloudState, day: IsoDate): void {
  for (const sensor of state.fleet.sensors) {
    const next = sensor.queue[0];
    if (!sensor.current || sensor.current.endDate >= day || !next) continue;
    sensor.queue.shift();
    sensor.current = next;
    recordSensorEvent(sensor, { day, kind: 'started', license: next });
  }
  touchFleet(state.fleet);
}

/**
 * LM-4: licensed sensors save today's measurement; expired ones keep `lastMeasurementAt` frozen.
 * LM-14: a license that ended yesterday with nothing taking over (the queue and auto-renewal ran
 * before) is recorded as expired today; one string comparison per sensor.
 */
export function saveMeasurements(state: CloudState, day: IsoDate): void {
  const yesterday = addDays(day, -1);
  for (const sensor of state.fleet.sensors) {
    const { current } = sensor;
    if (current && current.startDate <= day && current.endDate >= day)
      sensor.lastMeasurementAt = day;
    else if (current?.endDate === yesterday)
      recordSensorEvent(sensor, { day, kind: 'expired', license: current });
  }
}

/** LM-7: one e-mail per sensor one month before it runs out of licenses, and one on the day. */
export function sendSensorExpiryEmails(state: CloudState, day: IsoDate): void {
  const recipients = state.fleet.users
    .filter((u) => state.fleet.expiryRecipientIds.includes(u.id))
    .map((u) => u.email);
  if (recipients.length === 0) return;
  for (const sensor of state.fleet.sensors) {
    const end = coveredUntil(sensor);
    if (end === null || end < day) continue;
    const onTheDay = end === day;
    if (!onTheDay && monthBeforeExpiry(end) !== day) continue;
    const renewal = sensor.autoRenewal
      ? 'Auto Renewal is on: a license from the pool will be used if one is left.'
      : 'Auto Renewal is off: add a license to keep saving measurements.';
    deliver(state, {
      id: `${day}:fleet-expiry:${sensor.serial}`,
      sentOn: day,
      recipients: [...recipients],
      subject: `Sensor license ${onTheDay ? 'expires today' : 'expires in one month'}: ${sensor.name} (${sensor.serial})`,
      body: [
        `Sensor: ${sensor.name} (${sensor.serial})`,
        `Location: ${sensor.location}`,
        `The license expires at the end of ${end}.`,
        renewal,
      ].join('\n'),
      licenseId: (sensor.queue.at(-1) ?? sensor.current)?.licenseId ?? null,
    });
  }
}
