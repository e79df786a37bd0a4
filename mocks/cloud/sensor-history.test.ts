import { buildersFor } from '@tests/builders';
import { refusal } from '@tests/cloud-refusal';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/dates';
import { fleet as fleetCommands } from './commands';
import { VALID_ACTIVATION_CODE } from './fleet-seed';
import { CloudModel } from './model';
import { SEED_TODAY, seedTypicalSite } from './seed';
import { SENSOR_EVENTS_KEPT } from './sensor-events';
import {
  HUMIDITY_LIMIT_PERCENT,
  measurementOn,
  sensorHistory,
  TEMPERATURE_LIMIT_C,
} from './sensor-history';
import type { SensorRecord } from './state';

const KEY_12 = 'LK-7B10-90DE';
const KEY_24 = 'LK-3F9A-22C1';

function setup() {
  return new CloudModel(seedTypicalSite());
}

function addSensor(model: CloudModel, sensor: Partial<SensorRecord> = {}): string {
  return buildersFor(model.state).a.sensor().with(sensor).add().serial;
}

/** Through the command, as the API answers it. */
async function history(model: CloudModel, serial: string, days = 90) {
  return await model.run(fleetCommands.sensorHistory, { serial, days });
}

const kinds = (events: readonly { kind: string }[]) => events.map((e) => e.kind);

/** A license of our own that ends on SEED_TODAY (started a year before). */
const endingToday = {
  licenseId: 'ending',
  keyId: KEY_12,
  durationMonths: 12,
  startDate: '2025-11-24',
  endDate: SEED_TODAY,
};

describe('LM-14 simulated measurements', () => {
  it('are the same for the same serial and day, and differ between sensors', () => {
    expect(measurementOn('282C00', '2026-05-01')).toEqual(measurementOn('282C00', '2026-05-01'));
    expect(measurementOn('282C00', '2026-05-01')).not.toEqual(
      measurementOn('282C25', '2026-05-01'),
    );
    const reading = measurementOn('282C00', '2026-05-01');
    expect(reading.temperature).toBeGreaterThan(-5);
    expect(reading.temperature).toBeLessThan(35);
    expect(reading.humidity).toBeGreaterThan(25);
    expect(reading.humidity).toBeLessThan(95);
  });

  it('cover each licensed day of the window, up to today, oldest first', async () => {
    const model = setup();
    const serial = addSensor(model, { current: { ...endingToday }, lastMeasurementAt: SEED_TODAY });
    const answer = await history(model, serial, 30);
    expect(answer.from).toBe(addDays(SEED_TODAY, -29));
    expect(answer.to).toBe(SEED_TODAY);
    expect(answer.measurements).toHaveLength(30);
    expect(answer.measurements[0]?.day).toBe(answer.from);
    expect(answer.measurements.at(-1)?.day).toBe(SEED_TODAY);
    expect(answer.notSavedSince).toBeNull();
    // The same answer twice: nothing is stored, everything is computed.
    expect(await history(model, serial, 30)).toEqual(answer);
  });

  it('has none for a sensor never licensed', async () => {
    const model = setup();
    const serial = addSensor(model);
    const answer = await history(model, serial);
    expect(answer.measurements).toEqual([]);
    expect(answer.alerts).toEqual([]);
    expect(answer.notSavedSince).toBeNull();
  });

  it('stays after expiry, and says since when new ones are not saved (LM-4)', async () => {
    const model = setup();
    const serial = addSensor(model, {
      current: { ...endingToday },
      autoRenewal: false,
      lastMeasurementAt: SEED_TODAY,
    });
    const before = await history(model, serial, 90);
    model.advanceClock({ days: 10 });
    const after = await history(model, serial, 90);
    expect(after.notSavedSince).toBe(addDays(SEED_TODAY, 1));
    // The history stays: the window ends at the last saved day, with the same readings.
    expect(after.to).toBe(SEED_TODAY);
    expect(after.measurements).toEqual(before.measurements);
    expect(after.alerts[0]).toEqual({
      day: addDays(SEED_TODAY, 1),
      kind: 'measurementsStopped',
      value: null,
      threshold: null,
    });
    expect(kinds(after.events)[0]).toBe('expired');
    expect(after.events[0]?.day).toBe(addDays(SEED_TODAY, 1));
  });

  it('turns readings over the limits into alerts, newest first', async () => {
    const model = setup();
    const serial = addSensor(model, {
      current: { ...endingToday, startDate: '2025-06-01', durationMonths: 18 },
      lastMeasurementAt: SEED_TODAY,
    });
    const answer = await history(model, serial, 366);
    const readings = new Map(answer.measurements.map((m) => [m.day, m]));
    expect(answer.alerts.length).toBeGreaterThan(0);
    for (const alert of answer.alerts) {
      const reading = readings.get(alert.day);
      if (alert.kind === 'temperatureHigh') {
        expect(alert.threshold).toBe(TEMPERATURE_LIMIT_C);
        expect(reading?.temperature).toBe(alert.value);
        expect(alert.value).toBeGreaterThan(TEMPERATURE_LIMIT_C);
      } else {
        expect(alert.kind).toBe('humidityHigh');
        expect(alert.threshold).toBe(HUMIDITY_LIMIT_PERCENT);
        expect(reading?.humidity).toBe(alert.value);
      }
    }
    const days = answer.alerts.map((a) => a.day);
    expect(days).toEqual([...days].sort().reverse());
    const overLimits = answer.measurements.filter(
      (m) => m.temperature > TEMPERATURE_LIMIT_C || m.humidity > HUMIDITY_LIMIT_PERCENT,
    );
    expect(overLimits.length).toBeGreaterThan(0);
  });

  it('derives the current license of a sensor without recorded events (a large fleet)', async () => {
    const model = setup();
    const serial = addSensor(model, { current: { ...endingToday }, lastMeasurementAt: SEED_TODAY });
    const answer = await history(model, serial);
    expect(answer.events).toEqual([
      {
        day: endingToday.startDate,
        kind: 'started',
        keyId: KEY_12,
        startDate: endingToday.startDate,
        endDate: SEED_TODAY,
      },
    ]);
    expect(answer.measurements).toHaveLength(90);
  });

  it('answers 404 for an unknown sensor, and only to a Manager or Administrator', async () => {
    const model = setup();
    expect(refusal(() => sensorHistory(model.state, 'NOPE', 90)).code).toBe('sensor_not_found');
    model.signInFleetAs('Analyst');
    const serial = addSensor(model);
    await expect(history(model, serial)).rejects.toMatchObject({ code: 'fleet_role_forbidden' });
  });
});

describe('LM-14 license events', () => {
  it('records assigning, queueing and removing a license, newest first', async () => {
    const model = setup();
    const serial = addSensor(model);
    model.assignLicense(serial, KEY_12);
    const queued = model.assignLicense(serial, KEY_24).queue[0];
    model.removeQueued(serial, queued?.licenseId ?? '');
    const { events } = await history(model, serial);
    expect(kinds(events)).toEqual(['removed', 'queued', 'assigned']);
    expect(events[1]).toMatchObject({
      day: SEED_TODAY,
      keyId: KEY_24,
      startDate: queued?.startDate,
      endDate: queued?.endDate,
    });
  });

  it('records a queued license starting on the clock’s daily run', async () => {
    const model = setup();
    const serial = addSensor(model, { current: { ...endingToday }, lastMeasurementAt: SEED_TODAY });
    const queued = model.assignLicense(serial, KEY_24).queue[0];
    model.advanceClock({ days: 1 });
    const { events, measurements, notSavedSince } = await history(model, serial);
    expect(events[0]).toMatchObject({
      day: addDays(SEED_TODAY, 1),
      kind: 'started',
      startDate: queued?.startDate,
    });
    expect(kinds(events)).not.toContain('expired');
    expect(measurements.at(-1)?.day).toBe(addDays(SEED_TODAY, 1));
    expect(notSavedSince).toBeNull();
  });

  it('records a renewal from the pool and Auto Renewal switched off and on (LM-11)', async () => {
    const model = setup();
    buildersFor(model.state).the.fleet().withEmptyPool();
    const serial = addSensor(model, { current: { ...endingToday }, lastMeasurementAt: SEED_TODAY });
    model.setAutoRenewal(serial, false);
    model.advanceClock({ days: 2 });
    model.redeemActivationCode(VALID_ACTIVATION_CODE);
    model.setAutoRenewal(serial, true);
    const answer = await history(model, serial);
    expect(kinds(answer.events)).toEqual(['renewed', 'autoRenewalOn', 'expired', 'autoRenewalOff']);
    expect(answer.events[0]).toMatchObject({
      day: addDays(SEED_TODAY, 2),
      keyId: expect.any(String),
    });
    // Saved again from the renewal; the two days between stay without measurements.
    expect(answer.notSavedSince).toBeNull();
    const days = answer.measurements.map((m) => m.day);
    expect(days).toContain(SEED_TODAY);
    expect(days).not.toContain(addDays(SEED_TODAY, 1));
    expect(days.at(-1)).toBe(addDays(SEED_TODAY, 2));
  });

  it('records sensors added to the fleet, with the license they took (LM-10)', async () => {
    const model = setup();
    const body = { sensors: [{ serial: 'ABC123', name: '' }], location: 'Office' };
    await model.run(fleetCommands.addNewSensors, body, 'add-1');
    expect(kinds((await history(model, 'ABC123')).events)).toEqual(['assigned', 'added']);
  });

  it('keeps only the newest events of a sensor', () => {
    const model = setup();
    const serial = addSensor(model);
    for (let i = 0; i < SENSOR_EVENTS_KEPT + 20; i += 1) model.setAutoRenewal(serial, i % 2 === 0);
    const record = model.state.fleet.sensors.find((s) => s.serial === serial);
    expect(record?.events).toHaveLength(SENSOR_EVENTS_KEPT);
    expect(record?.events.at(-1)?.kind).toBe('autoRenewalOff');
  });

  it('gives the seeded sensors a past: the start of their license, queue and expiry', async () => {
    const model = setup();
    const expired = model.state.fleet.sensors.find(
      (s) => s.current !== null && s.current.endDate < SEED_TODAY,
    );
    const queued = model.state.fleet.sensors.find((s) => s.queue.length > 0);
    const expiredHistory = await history(model, expired?.serial ?? '');
    expect(kinds(expiredHistory.events)).toEqual(['expired', 'started']);
    expect(expiredHistory.notSavedSince).toBe(addDays(expired?.current?.endDate ?? '', 1));
    expect(expiredHistory.measurements.length).toBeGreaterThan(0);
    expect(kinds((await history(model, queued?.serial ?? '')).events)).toContain('queued');
  });
});
