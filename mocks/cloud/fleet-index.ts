import type { SensorQuery, SensorSort, SensorStatusCounts } from '@/api/contract/fleet';
import type { IsoDate } from '@/domain/dates';
import { sensorStatusOn, type SensorStatus } from '@/domain/fleet';
import { fleetRevision } from './fleet-revision';
import type { FleetState, SensorRecord } from './state';

type Direction = SensorQuery['direction'];
type ValueSort = Exclude<SensorSort, 'sensor'>;

const STATUSES: readonly SensorStatus[] = ['active', 'expiring', 'expired', 'unlicensed'];
const ALL_SORTS: readonly SensorSort[] = [
  'sensor',
  'activationDate',
  'expiresAt',
  'key',
  'autoRenewal',
];

function sortValue(sort: ValueSort, sensor: SensorRecord): string | null {
  switch (sort) {
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

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One column's order: positions ascending, and each position's rank among the column's values. */
interface ValueOrder {
  ascending: Int32Array;
  /** The rank of each position's value among the distinct values; `distinct` for an empty one. */
  ranks: Int32Array;
  /** How many positions have a value (they come first, the empty ones after them). */
  withValue: number;
  descending: Int32Array | null;
}

export interface SensorStatuses {
  today: IsoDate;
  /** Each position's status, as an index into STATUSES. */
  values: Uint8Array;
  counts: SensorStatusCounts;
}

/**
 * What the table's queries need, kept between them (LM-8): the sensors in serial order, one order
 * per sort column, a lower-cased search column and each sensor's status on the day. A query then
 * filters a ready order instead of sorting the fleet. Commands bump the fleet's revision
 * (touchFleet): the orders and statuses are rebuilt on the next query that needs them, and the
 * search column only for the sensors whose serial or name changed.
 */
export class FleetIndex {
  private revision = -1;
  private sensors: readonly SensorRecord[] = [];
  private serials: string[] = [];
  private names: string[] = [];
  private serialsLower: string[] = [];
  private namesLower: string[] = [];
  private searchText: SearchText | null = null;
  private bySerial = new Int32Array(0);
  private serialRank = new Int32Array(0);
  private values = new Map<ValueSort, ValueOrder>();
  private statuses: SensorStatuses | null = null;

  constructor(private readonly fleet: FleetState) {}

  /** The fleet's sensors, by position; the index answers positions into this array. */
  get records(): readonly SensorRecord[] {
    this.refresh();
    return this.sensors;
  }

  private refresh(): void {
    const revision = fleetRevision(this.fleet);
    const { sensors } = this.fleet;
    if (revision === this.revision && sensors === this.sensors) return;
    this.revision = revision;
    this.sensors = sensors;
    this.values.clear();
    this.statuses = null;
    let serialsChanged = sensors.length !== this.serials.length;
    this.serials.length = sensors.length;
    this.names.length = sensors.length;
    this.serialsLower.length = sensors.length;
    this.namesLower.length = sensors.length;
    let namesChanged = false;
    sensors.forEach((sensor, i) => {
      if (this.serials[i] !== sensor.serial) {
        this.serials[i] = sensor.serial;
        this.serialsLower[i] = sensor.serial.toLowerCase();
        serialsChanged = true;
      }
      if (this.names[i] !== sensor.name) {
        this.names[i] = sensor.name;
        this.namesLower[i] = sensor.name.toLowerCase();
        namesChanged = true;
      }
    });
    if (serialsChanged) this.orderSerials();
    if (serialsChanged || namesChanged) this.searchText = null;
  }

  private orderSerials(): void {
    const { serials } = this;
    // Seeds make sensors in serial order: the sort then only confirms a single run.
    const positions = Array.from(serials.keys()).sort((a, b) =>
      byCodeUnits(serials[a] ?? '', serials[b] ?? ''),
    );
    this.bySerial = Int32Array.from(positions);
    this.serialRank = new Int32Array(positions.length);
    this.bySerial.forEach((position, rank) => (this.serialRank[position] = rank));
  }

  /**
   * LM-8: positions sorted by the column, empty values last in both directions, then by serial
   * number so equal keys keep one order across pages.
   */
  order(sort: SensorSort, direction: Direction): Int32Array {
    this.refresh();
    if (sort === 'sensor')
      return direction === 'asc' ? this.bySerial : this.bySerial.slice().reverse();
    let built = this.values.get(sort);
    if (!built) {
      built = this.orderValues(sort);
      this.values.set(sort, built);
    }
    if (direction === 'asc') return built.ascending;
    built.descending ??= descending(built);
    return built.descending;
  }

  /**
   * One numeric sort instead of a comparator over strings: each sensor's key is its value's rank
   * times a power of two above the fleet size, plus its serial rank.
   */
  private orderValues(sort: ValueSort): ValueOrder {
    const { sensors, serialRank, bySerial } = this;
    const n = sensors.length;
    const raw = sensors.map((sensor) => sortValue(sort, sensor));
    const distinct = [...new Set(raw.filter((v) => v !== null))].sort(byCodeUnits);
    const rankOf = new Map(distinct.map((value, rank) => [value, rank]));
    const ranks = new Int32Array(n);
    raw.forEach(
      (value, i) => (ranks[i] = value === null ? distinct.length : (rankOf.get(value) ?? 0)),
    );
    const scale = 2 ** Math.ceil(Math.log2(n + 1));
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i += 1) keys[i] = (ranks[i] ?? 0) * scale + (serialRank[i] ?? 0);
    keys.sort();
    const ascending = new Int32Array(n);
    let withValue = 0;
    for (let k = 0; k < n; k += 1) {
      const key = keys[k] ?? 0;
      const position = bySerial[key % scale] ?? 0;
      ascending[k] = position;
      if ((ranks[position] ?? 0) < distinct.length) withValue += 1;
    }
    return { ascending, ranks, withValue, descending: null };
  }

  /** Each sensor's status on `today` and how many have each (the chips of an unfiltered table). */
  statusesOn(today: IsoDate): SensorStatuses {
    this.refresh();
    if (this.statuses?.today === today) return this.statuses;
    const statusOf = sensorStatusOn(today);
    const values = new Uint8Array(this.sensors.length);
    const counts: SensorStatusCounts = { active: 0, expiring: 0, expired: 0, unlicensed: 0 };
    this.sensors.forEach((sensor, i) => {
      const status = statusOf(sensor.current);
      counts[status] += 1;
      values[i] = STATUSES.indexOf(status);
    });
    this.statuses = { today, values, counts };
    return this.statuses;
  }

  /**
   * LM-8: marks (1) the positions whose serial number or name has `needle` (lower case) in it.
   * One native scan of the joined search column instead of two `includes` per sensor: a
   * keystroke's answer waits for it (P4, P10).
   */
  searchHits(needle: string): Uint8Array {
    this.refresh();
    const hits = new Uint8Array(this.sensors.length);
    if (needle.includes(SEPARATOR)) return hits;
    this.searchText ??= joinSearchText(this.serialsLower, this.namesLower);
    const { text, starts } = this.searchText;
    let at = text.indexOf(needle);
    while (at !== -1) {
      const position = positionAt(starts, at);
      hits[position] = 1;
      // The position's other field need not be read: on to the next sensor.
      at = text.indexOf(needle, starts[position + 1] ?? text.length);
    }
    return hits;
  }

  /** Everything a first query of any order needs, built ahead (a server, after its seed). */
  prepare(today: IsoDate): void {
    this.statusesOn(today);
    for (const sort of ALL_SORTS)
      for (const direction of ['asc', 'desc'] as const) this.order(sort, direction);
  }
}

/** Between fields of the search column; never in a search (plain text, contract/common.ts). */
const SEPARATOR = '\u0000';

interface SearchText {
  /** Each sensor's serial number and name, lower case, each followed by SEPARATOR. */
  text: string;
  /** Where each position's serial number starts in `text`. */
  starts: Int32Array;
}

function joinSearchText(serials: readonly string[], names: readonly string[]): SearchText {
  const starts = new Int32Array(serials.length);
  const parts: string[] = [];
  let length = 0;
  serials.forEach((serial, i) => {
    const name = names[i] ?? '';
    starts[i] = length;
    parts.push(serial, name);
    length += serial.length + name.length + 2;
  });
  parts.push('');
  return { text: parts.join(SEPARATOR), starts };
}

/** The position whose fields hold the text offset `at` (the last start at or before it). */
function positionAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Descending: the groups of equal values in reverse, each still by serial; the empty ones last. */
function descending({ ascending, ranks, withValue }: ValueOrder): Int32Array {
  const out = new Int32Array(ascending.length);
  let written = 0;
  let end = withValue;
  while (end > 0) {
    const rank = ranks[ascending[end - 1] ?? 0];
    let start = end - 1;
    while (start > 0 && ranks[ascending[start - 1] ?? 0] === rank) start -= 1;
    out.set(ascending.subarray(start, end), written);
    written += end - start;
    end = start;
  }
  out.set(ascending.subarray(withValue), written);
  return out;
}

/** The status of STATUSES at `index`. */
export function statusAt(index: number): SensorStatus {
  return STATUSES[index] ?? 'unlicensed';
}

const indexes = new WeakMap<FleetState, FleetIndex>();

export function fleetIndex(fleet: FleetState): FleetIndex {
  let index = indexes.get(fleet);
  if (!index) {
    index = new FleetIndex(fleet);
    indexes.set(fleet, index);
  }
  return index;
}
