import {
  SENSOR_CSV_AUTO_RENEWAL,
  SENSOR_CSV_COLUMNS,
  type FleetOverview,
  type Sensor,
  type SensorPage,
  type SensorQuery,
  type SensorSort,
  type SensorStatusCounts,
} from '@/api/contract/fleet';
import { toCsv } from '@/domain/csv';
import { addMonths, type IsoDate } from '@/domain/dates';
import { SENSOR_STATUS_LABELS, sensorStatusOn, type SensorStatus } from '@/domain/fleet';
import { coveredUntil, findSensor, toSensor } from './fleet';
import { fleetRevision } from './fleet-revision';
import type { CloudState, FleetState, SensorRecord } from './state';

function sortKey(sort: SensorSort, sensor: SensorRecord): string | null {
  switch (sort) {
    case 'sensor':
      return sensor.serial;
    case 'activationDate':
      return sensor.current?.startDate ?? null;
    case 'expiresAt':
      return sensor.current?.endDate ?? null;
    case 'key':
      return sensor.current?.keyId ?? null;
    case 'autoRenewal':
      return sensor.autoRenewal ? '1' : '0';
  }
}

type SensorFilter = Pick<SensorQuery, 'search' | 'status' | 'location'>;

/** LM-12: the sensors a filter matches, for a bulk command on everything the table shows. */
export function sensorsMatching(state: CloudState, filter: SensorFilter): SensorRecord[] {
  return matching(state, filter).matches.map((match) => match.sensor);
}

interface Match {
  sensor: SensorRecord;
  status: SensorStatus;
}

/** Search and location narrow the fleet; the status filter applies after counting (the chips). */
function matching(state: CloudState, query: SensorFilter) {
  const needle = query.search.trim().toLowerCase();
  const counts: SensorStatusCounts = { active: 0, expiring: 0, expired: 0, unlicensed: 0 };
  const matches: Match[] = [];
  const statusOf = sensorStatusOn(state.today);
  for (const sensor of state.fleet.sensors) {
    if (query.location !== null && sensor.location !== query.location) continue;
    if (
      needle !== '' &&
      !sensor.serial.toLowerCase().includes(needle) &&
      !sensor.name.toLowerCase().includes(needle)
    )
      continue;
    const status = statusOf(sensor.current);
    counts[status] += 1;
    if (query.status === null || query.status === status) matches.push({ sensor, status });
  }
  return { counts, matches };
}

/**
 * LM-8: sorted by the chosen column, empty values last in both directions, then by serial number
 * so equal keys keep one order across pages.
 */
function sorted(matches: Match[], query: SensorQuery): SensorRecord[] {
  const sign = query.direction === 'asc' ? 1 : -1;
  const keyed = matches.map(({ sensor }) => ({ sensor, key: sortKey(query.sort, sensor) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return a.key < b.key ? -sign : sign;
    }
    return a.sensor.serial < b.sensor.serial ? -1 : a.sensor.serial > b.sensor.serial ? 1 : 0;
  });
  return keyed.map((k) => k.sensor);
}

interface Ordered {
  counts: SensorStatusCounts;
  rows: SensorRecord[];
}

let cached: { fleet: FleetState; key: string; result: Ordered } | null = null;

/**
 * A scrolled table asks for many windows of one query: the order is computed once per query,
 * day and fleet revision (sorting 100,000 sensors takes ~100 ms of the simulated cloud's time).
 */
function ordered(state: CloudState, query: SensorQuery): Ordered {
  const key = JSON.stringify([query, state.today, fleetRevision(state.fleet)]);
  if (cached && cached.fleet === state.fleet && cached.key === key) return cached.result;
  const { counts, matches } = matching(state, query);
  const result = { counts, rows: sorted(matches, query) };
  cached = { fleet: state.fleet, key, result };
  return result;
}

/** LM-8: one window of the searched, filtered and sorted fleet. */
export function querySensors(
  state: CloudState,
  query: SensorQuery,
  offset: number,
  limit: number,
): SensorPage {
  const { counts, rows } = ordered(state, query);
  return {
    total: rows.length,
    offset,
    items: rows.slice(offset, offset + limit).map((sensor) => toSensor(sensor, state.today)),
    counts,
  };
}

export function getSensor(state: CloudState, serial: string): Sensor {
  return toSensor(findSensor(state, serial), state.today);
}

const monthOf = (date: IsoDate) => date.slice(0, 7);

/** The renewal wave: sensors whose last license (current or queued) ends in each of 12 months. */
export function fleetOverview(state: CloudState): FleetOverview {
  const first = `${monthOf(state.today)}-01`;
  const months = Array.from({ length: 12 }, (_, i) => monthOf(addMonths(first, i)));
  const perMonth = new Map(months.map((month) => [month, { sensors: 0, withAutoRenewal: 0 }]));
  const locations = new Set<string>();
  const counts: SensorStatusCounts = { active: 0, expiring: 0, expired: 0, unlicensed: 0 };
  const statusOf = sensorStatusOn(state.today);
  for (const sensor of state.fleet.sensors) {
    locations.add(sensor.location);
    counts[statusOf(sensor.current)] += 1;
    const end = coveredUntil(sensor);
    if (end === null || end < state.today) continue;
    const bucket = perMonth.get(monthOf(end));
    if (!bucket) continue;
    bucket.sensors += 1;
    if (sensor.autoRenewal) bucket.withAutoRenewal += 1;
  }
  return {
    fleetSize: state.fleet.sensors.length,
    counts,
    locations: [...locations].sort(),
    expiringPerMonth: months.map((month) => ({
      month,
      ...(perMonth.get(month) ?? { sensors: 0, withAutoRenewal: 0 }),
    })),
  };
}

/** LM-9: every row the query matches, in its order, with the table's columns; LM-15: in words. */
export function exportSensorsCsv(state: CloudState, query: SensorQuery): string {
  const rows = ordered(state, query).rows.map((record) => {
    const sensor = toSensor(record, state.today);
    return [
      sensor.serial,
      sensor.name,
      sensor.location,
      SENSOR_STATUS_LABELS[sensor.status],
      sensor.current?.startDate ?? '',
      sensor.current?.endDate ?? '',
      sensor.daysLeft === null ? '' : String(sensor.daysLeft),
      sensor.current?.keyId ?? '',
      String(sensor.keyLicenseCount),
      String(sensor.queue.length),
      sensor.autoRenewal ? SENSOR_CSV_AUTO_RENEWAL.on : SENSOR_CSV_AUTO_RENEWAL.off,
    ];
  });
  return toCsv([SENSOR_CSV_COLUMNS, ...rows]);
}
