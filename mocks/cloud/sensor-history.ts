import type { Measurement, SensorAlert, SensorEvent, SensorHistory } from '@/api/contract/fleet';
import { addDays, type IsoDate } from '@/domain/dates';
import type { LicensePeriod } from '@/domain/fleet';
import { findSensor } from './fleet';
import { seededRandom } from './random';
import { SENSOR_EVENTS_KEPT } from './sensor-events';
import type { CloudState, SensorEventRecord, SensorRecord } from './state';

/*
 * LM-14: a sensor's page. Measurements are not stored: each licensed day's reading is computed
 * from the serial number and the day, so it is the same on every call and every machine. Only the
 * days a license covered have one, up to the last saved measurement (LM-4): after expiry the
 * history stays and nothing new is added.
 */

/** Decided: a day's reading above these limits is an alert. */
export const TEMPERATURE_LIMIT_C = 25;
export const HUMIDITY_LIMIT_PERCENT = 80;
/** Alerts come from the last year; the newest 50 are kept. */
const ALERT_DAYS = 365;
const ALERTS_SHOWN = 50;

/** Event kinds that made a license the sensor's current one. */
const STARTS_A_LICENSE = new Set<SensorEventRecord['kind']>(['assigned', 'started', 'renewed']);
/** Event kinds about a license that ran: the periods the sensor saved measurements in. */
const RAN = new Set<SensorEventRecord['kind']>([...STARTS_A_LICENSE, 'expired']);

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

const tenths = (value: number) => Math.round(value * 10) / 10;

/**
 * The simulated reading of one sensor on one day. Each sensor has its own level (a freezer's or an
 * office's); the season moves it by ±2.5 °C. Normal days stay below both limits; about one day in
 * 45 is too warm (25.5 … 31.4 °C) and one in 60 too humid (81 … 90.9 %).
 */
export function measurementOn(serial: string, day: IsoDate): Measurement {
  const level = seededRandom(hash(serial));
  const baseTemperature = 4 + level() * 16.9;
  const baseHumidity = 40 + level() * 24.9;
  const random = seededRandom(hash(`${serial}:${day}`));
  const month = Number(day.slice(5, 7)) - 1 + Number(day.slice(8, 10)) / 31;
  const season = 2.5 * Math.sin((2 * Math.PI * (month - 3)) / 12);
  let temperature = baseTemperature + season + (random() - 0.5) * 3;
  let humidity = baseHumidity + (random() - 0.5) * 16;
  if (random() < 1 / 45) temperature = 25.5 + random() * 5.9;
  if (random() < 1 / 60) humidity = 81 + random() * 9.9;
  return { day, temperature: tenths(temperature), humidity: tenths(humidity) };
}

/** Every period the sensor held a license: the recorded ones and the current one. */
function licensePeriods(sensor: SensorRecord): LicensePeriod[] {
  const periods: LicensePeriod[] = [];
  for (const event of sensor.events) {
    if (RAN.has(event.kind) && event.startDate !== null && event.endDate !== null)
      periods.push({ startDate: event.startDate, endDate: event.endDate });
  }
  if (sensor.current) periods.push(sensor.current);
  return periods;
}

const covered = (periods: readonly LicensePeriod[], day: IsoDate) =>
  periods.some((p) => p.startDate <= day && day <= p.endDate);

function alertsOf(measurement: Measurement): SensorAlert[] {
  const alerts: SensorAlert[] = [];
  if (measurement.temperature > TEMPERATURE_LIMIT_C)
    alerts.push({
      day: measurement.day,
      kind: 'temperatureHigh',
      value: measurement.temperature,
      threshold: TEMPERATURE_LIMIT_C,
    });
  if (measurement.humidity > HUMIDITY_LIMIT_PERCENT)
    alerts.push({
      day: measurement.day,
      kind: 'humidityHigh',
      value: measurement.humidity,
      threshold: HUMIDITY_LIMIT_PERCENT,
    });
  return alerts;
}

/**
 * The recorded events, newest first; a sensor whose past the cloud did not record (a large
 * generated fleet, a cloud saved before LM-14) still shows its current license's start and expiry.
 */
function eventsOf(sensor: SensorRecord, today: IsoDate): SensorEvent[] {
  const recorded: SensorEvent[] = sensor.events.map(({ day, kind, keyId, startDate, endDate }) => ({
    day,
    kind,
    keyId,
    startDate,
    endDate,
  }));
  const { current } = sensor;
  if (current) {
    const about = sensor.events.filter((e) => e.licenseId === current.licenseId);
    const license = {
      keyId: current.keyId,
      startDate: current.startDate,
      endDate: current.endDate,
    };
    if (!about.some((e) => STARTS_A_LICENSE.has(e.kind)))
      recorded.unshift({ day: current.startDate, kind: 'started', ...license });
    const expiredOn = addDays(current.endDate, 1);
    if (expiredOn <= today && !about.some((e) => e.kind === 'expired'))
      recorded.push({ day: expiredOn, kind: 'expired', ...license });
  }
  // Newest first; events of one day keep the order they happened in, reversed.
  return recorded
    .map((event, order) => ({ event, order }))
    .sort((a, b) => b.event.day.localeCompare(a.event.day) || b.order - a.order)
    .map(({ event }) => event)
    .slice(0, SENSOR_EVENTS_KEPT);
}

/**
 * LM-14: `days` days of measurements up to the last saved one (today while a license runs, so an
 * expired sensor's history stays in view), the last year's alerts and the license events.
 */
export function sensorHistory(state: CloudState, serial: string, days: number): SensorHistory {
  const sensor = findSensor(state, serial);
  const { today } = state;
  const last = sensor.lastMeasurementAt;
  const to = last !== null && last < today ? last : today;
  const from = addDays(to, -(days - 1));
  const alertsFrom = addDays(today, -(ALERT_DAYS - 1));
  const periods = licensePeriods(sensor);
  const measurements: Measurement[] = [];
  const alerts: SensorAlert[] = [];
  const start = from < alertsFrom ? from : alertsFrom;
  if (last !== null) {
    for (let day = start; day <= to; day = addDays(day, 1)) {
      if (!covered(periods, day)) continue;
      const measurement = measurementOn(sensor.serial, day);
      if (day >= from) measurements.push(measurement);
      if (day >= alertsFrom) alerts.push(...alertsOf(measurement));
    }
  }
  // The day after a license ended with none following: measurements stopped (LM-4).
  for (const period of periods) {
    const stopped = addDays(period.endDate, 1);
    if (stopped < alertsFrom || stopped > today || covered(periods, stopped)) continue;
    if (alerts.some((a) => a.day === stopped && a.kind === 'measurementsStopped')) continue;
    alerts.push({ day: stopped, kind: 'measurementsStopped', value: null, threshold: null });
  }
  alerts.sort((a, b) => b.day.localeCompare(a.day));
  const { current } = sensor;
  const running = current !== null && current.startDate <= today && current.endDate >= today;
  return {
    serial: sensor.serial,
    from,
    to,
    measurements,
    alerts: alerts.slice(0, ALERTS_SHOWN),
    events: eventsOf(sensor, today),
    notSavedSince: !running && last !== null ? addDays(last, 1) : null,
  };
}
