import {
  SENSOR_CSV_AUTO_RENEWAL,
  SENSOR_CSV_COLUMNS,
  type FleetOverview,
  type Sensor,
  type SensorPage,
  type SensorQuery,
  type SensorStatusCounts,
} from '@/api/contract/fleet';
import { toCsv } from '@/domain/csv';
import { addMonths, type IsoDate } from '@/domain/dates';
import { SENSOR_STATUS_LABELS, sensorStatusOn } from '@/domain/fleet';
import { coveredUntil, findSensor, toSensor } from './fleet';
import { fleetRevision } from './fleet-revision';
import { fleetIndex, statusAt, type FleetIndex } from './fleet-index';
import type { CloudState, FleetState, SensorRecord } from './state';

type SensorFilter = Pick<SensorQuery, 'search' | 'status' | 'location'>;

/** LM-12: the sensors a filter matches, for a bulk command on everything the table shows. */
export function sensorsMatching(state: CloudState, filter: SensorFilter): SensorRecord[] {
  const index = fleetIndex(state.fleet);
  const { records } = index;
  const { keep } = matching(index, state.today, filter);
  return keep === null ? [...records] : records.filter((_, i) => keep[i] === 1);
}

/**
 * Search and location narrow the fleet; the status filter applies after counting (the chips).
 * `keep` marks the positions shown; null when the query narrows nothing.
 */
function matching(index: FleetIndex, today: IsoDate, query: SensorFilter) {
  const needle = query.search.trim().toLowerCase();
  const statuses = index.statusesOn(today);
  if (needle === '' && query.location === null && query.status === null)
    return { counts: { ...statuses.counts }, keep: null };
  const { records } = index;
  const counts: SensorStatusCounts = { active: 0, expiring: 0, expired: 0, unlicensed: 0 };
  const keep = new Uint8Array(records.length);
  const hits = needle === '' ? null : index.searchHits(needle);
  const wanted = query.status;
  for (let i = 0; i < records.length; i += 1) {
    if (hits !== null && hits[i] !== 1) continue;
    if (query.location !== null && records[i]?.location !== query.location) continue;
    const status = statusAt(statuses.values[i] ?? 0);
    counts[status] += 1;
    if (wanted === null || wanted === status) keep[i] = 1;
  }
  return { counts, keep };
}

interface Ordered {
  counts: SensorStatusCounts;
  /** Positions in the fleet's sensors, in the query's order. */
  rows: Int32Array;
}

let cached: { fleet: FleetState; key: string; result: Ordered } | null = null;

/**
 * A scrolled table asks for many windows of one query: the answer is kept per query, day and
 * fleet revision. Finding it filters one of the index's ready orders (fleet-index.ts), so a new
 * sort or search reads the fleet once and sorts nothing.
 */
function ordered(state: CloudState, query: SensorQuery): Ordered {
  const key = JSON.stringify([query, state.today, fleetRevision(state.fleet)]);
  if (cached && cached.fleet === state.fleet && cached.key === key) return cached.result;
  const index = fleetIndex(state.fleet);
  const order = index.order(query.sort, query.direction);
  const { counts, keep } = matching(index, state.today, query);
  let rows = order;
  if (keep !== null) {
    rows = new Int32Array(order.length);
    let shown = 0;
    for (const position of order) if (keep[position] === 1) rows[shown++] = position;
    rows = rows.slice(0, shown);
  }
  const result = { counts, rows };
  cached = { fleet: state.fleet, key, result };
  return result;
}

/** Builds the fleet's index and overview ahead of the first view (a server after its seed). */
export function prepareFleetIndex(state: CloudState): void {
  fleetIndex(state.fleet).prepare(state.today);
  fleetOverview(state);
}

/** LM-8: one window of the searched, filtered and sorted fleet. */
export function querySensors(
  state: CloudState,
  query: SensorQuery,
  offset: number,
  limit: number,
): SensorPage {
  const { counts, rows } = ordered(state, query);
  const { records } = fleetIndex(state.fleet);
  const items: Sensor[] = [];
  for (const position of rows.subarray(offset, offset + limit)) {
    const sensor = records[position];
    if (sensor) items.push(toSensor(sensor, state.today));
  }
  return { total: rows.length, offset, items, counts };
}

export function getSensor(state: CloudState, serial: string): Sensor {
  return toSensor(findSensor(state, serial), state.today);
}

const monthOf = (date: IsoDate) => date.slice(0, 7);

const overviews = new WeakMap<FleetState, { key: string; overview: FleetOverview }>();

/**
 * The renewal wave: sensors whose last license (current or queued) ends in each of 12 months.
 * Kept per day and fleet revision: every License Manager view asks for it, and a million sensors
 * take a noticeable while to walk.
 */
export function fleetOverview(state: CloudState): FleetOverview {
  const key = `${state.today}:${fleetRevision(state.fleet)}`;
  const kept = overviews.get(state.fleet);
  if (kept?.key === key) return structuredClone(kept.overview);
  const overview = walkedOverview(state);
  overviews.set(state.fleet, { key, overview });
  return structuredClone(overview);
}

function walkedOverview(state: CloudState): FleetOverview {
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

const CSV_ROWS_PER_CHUNK = 1_000;

function csvRow(record: SensorRecord, today: IsoDate): string[] {
  const sensor = toSensor(record, today);
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
}

/**
 * LM-9: every row the query matches, in its order, with the table's columns; LM-15: in words.
 * In chunks of rows, so a server streams a million rows without holding the whole file.
 */
export function sensorsCsv(state: CloudState, query: SensorQuery): Iterable<string> {
  // The rows are chosen now, in the command; their cells are read as the chunks are sent.
  const { rows } = ordered(state, query);
  const { records } = fleetIndex(state.fleet);
  const { today } = state;
  function* chunks() {
    yield toCsv([SENSOR_CSV_COLUMNS]);
    for (let from = 0; from < rows.length; from += CSV_ROWS_PER_CHUNK) {
      const chunk: string[][] = [];
      for (const position of rows.subarray(from, from + CSV_ROWS_PER_CHUNK)) {
        const record = records[position];
        if (record) chunk.push(csvRow(record, today));
      }
      if (chunk.length > 0) yield toCsv(chunk);
    }
  }
  return chunks();
}
