import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SENSOR_QUERY,
  SENSOR_CSV_AUTO_RENEWAL,
  SENSOR_CSV_COLUMNS,
  type Sensor,
  type SensorQuery,
  type SensorSort,
} from '@/api/contract/fleet';
import { toCsv } from '@/domain/csv';
import { SENSOR_STATUS_LABELS } from '@/domain/fleet';
import { a, inspect, the } from '@tests/builders';
import { fleet as fleetCommands } from './commands';
import { fleetOfSize, HUNDRED_LICENSE_CODE } from './fleet-seed';
import { resetCloud } from './instance';
import { CloudModel } from './model';

let model: CloudModel;
const query = (patch: Partial<SensorQuery> = {}): SensorQuery => ({
  ...DEFAULT_SENSOR_QUERY,
  ...patch,
});
const SORTS: readonly SensorSort[] = [
  'sensor',
  'activationDate',
  'expiresAt',
  'key',
  'autoRenewal',
];

function keyOf(sort: SensorSort, sensor: Sensor): string | null {
  if (sort === 'sensor') return sensor.serial;
  if (sort === 'activationDate') return sensor.current?.startDate ?? null;
  if (sort === 'expiresAt') return sensor.current?.endDate ?? null;
  if (sort === 'key') return sensor.current?.keyId ?? null;
  return sensor.autoRenewal ? '1' : '0';
}

/** LM-8 worked out the plain way: filter every sensor, then sort them with a comparator. */
function expected(q: SensorQuery): string[] {
  const needle = q.search.trim().toLowerCase();
  const sign = q.direction === 'asc' ? 1 : -1;
  return model
    .listSensors()
    .filter(
      (s) =>
        (q.location === null || s.location === q.location) &&
        (q.status === null || s.status === q.status) &&
        (s.serial.toLowerCase().includes(needle) || s.name.toLowerCase().includes(needle)),
    )
    .map((s) => ({ serial: s.serial, key: keyOf(q.sort, s) }))
    .sort((x, y) => {
      if (x.key !== y.key) {
        if (x.key === null) return 1;
        if (y.key === null) return -1;
        return x.key < y.key ? -sign : sign;
      }
      return x.serial < y.serial ? -1 : 1;
    })
    .map((s) => s.serial);
}

const answered = (q: SensorQuery) =>
  model.querySensors(q, 0, 500).items.map((sensor) => sensor.serial);

function expectEveryOrderRight(patch: Partial<SensorQuery> = {}) {
  for (const sort of SORTS) {
    for (const direction of ['asc', 'desc'] as const) {
      const q = query({ ...patch, sort, direction });
      expect(answered(q), `${sort} ${direction}`).toEqual(expected(q));
    }
  }
}

beforeEach(() => {
  model = resetCloud('typical-site');
});

describe('the fleet index behind the table query (LM-8)', () => {
  it('answers every order and filter as sorting the whole fleet would', () => {
    expectEveryOrderRight();
    expectEveryOrderRight({ search: 'ee' });
    expectEveryOrderRight({ location: 'Warehouse', status: 'active' });
    expectEveryOrderRight({ status: 'unlicensed' });
  });

  it('keeps every order right after commands change sensors', () => {
    for (const sort of SORTS) answered(query({ sort }));
    const [first, second] = model.querySensors(query({ sort: 'autoRenewal' }), 0, 2).items;
    if (!first || !second) throw new Error('seed has sensors');
    model.setAutoRenewal(first.serial, !first.autoRenewal);
    const unlicensed = model.querySensors(query({ status: 'unlicensed' }), 0, 1).items[0];
    const [key] = model.licensesLeft().keys.filter((k) => k.available > 0);
    if (!unlicensed || !key) throw new Error('seed has an unlicensed sensor and pool licenses');
    model.assignLicense(unlicensed.serial, key.id);
    expectEveryOrderRight();
    expect(model.getSensor(unlicensed.serial).current?.keyId).toBe(key.id);
  });

  it('keeps every order and status right after simulated days pass', () => {
    expectEveryOrderRight({ status: 'expiring' });
    model.advanceClock({ days: 45 });
    expectEveryOrderRight();
    expectEveryOrderRight({ status: 'expiring' });
    expectEveryOrderRight({ status: 'expired', search: 'room' });
  });

  it('finds a sensor added or renamed after the first query', () => {
    answered(query({ search: 'x' }));
    a.sensor().with({ serial: 'ZX-1', name: 'Added later' }).add();
    const [sensor] = model.listSensors();
    if (!sensor) throw new Error('seed has sensors');
    the.sensor(sensor.serial).named('Renamed Probe');
    expect(answered(query({ search: 'added later' }))).toEqual(['ZX-1']);
    expect(answered(query({ search: 'renamed probe' }))).toEqual([sensor.serial]);
    expectEveryOrderRight();
  });

  it('matches within a serial number or a name, never across the two or into the next sensor', () => {
    a.sensor().with({ serial: 'QQ-7', name: 'Probe Ww' }).add();
    a.sensor().with({ serial: 'WW-8', name: 'Qq probe' }).add();
    expect(answered(query({ search: '7probe' }))).toEqual([]);
    expect(answered(query({ search: 'wwww' }))).toEqual([]);
    expect(answered(query({ search: 'ww' }))).toEqual(['QQ-7', 'WW-8']);
    expectEveryOrderRight({ search: 'qq' });
  });

  it('orders a large fleet with many equal values as sorting it would', () => {
    the.fleet().replacedBy(fleetOfSize(3_000, model.clock().today));
    for (const sort of SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        const q = query({ sort, direction, search: '1' });
        const whole = [0, 500, 1_000, 1_500, 2_000, 2_500].flatMap((offset) =>
          model.querySensors(q, offset, 500).items.map((s) => s.serial),
        );
        expect(whole, `${sort} ${direction}`).toEqual(expected(q));
      }
    }
  });
});

describe('the overview and forecast kept between views', () => {
  /** The same reads on a copy of the cloud, which has nothing kept yet. */
  const fresh = () => new CloudModel(inspect());
  const forecastOf = (cloud: CloudModel) => cloud.run(fleetCommands.forecast, undefined);
  const expectAsFresh = () => {
    expect(model.fleetOverview()).toEqual(fresh().fleetOverview());
    expect(forecastOf(model)).toEqual(forecastOf(fresh()));
  };

  it('follow commands, a redeemed code and new days', () => {
    expectAsFresh();
    const [sensor] = model.querySensors(query({ status: 'expired' }), 0, 1).items;
    if (!sensor) throw new Error('seed has an expired sensor');
    model.setAutoRenewal(sensor.serial, true);
    expectAsFresh();
    model.redeemActivationCode(HUNDRED_LICENSE_CODE);
    expectAsFresh();
    model.advanceClock({ days: 40 });
    expectAsFresh();
  });
});

describe('the CSV made in chunks (LM-9)', () => {
  it('is the file made at once from every row of the query', () => {
    the.fleet().replacedBy(fleetOfSize(2_500, model.clock().today));
    model.setAutoRenewal('S0000002', false);
    const q = query({ sort: 'activationDate', direction: 'desc' });
    const rows = model.querySensors(q, 0, 500).total;
    const whole = Array.from({ length: Math.ceil(rows / 500) }, (_, i) =>
      model
        .querySensors(q, i * 500, 500)
        .items.map((s) => [
          s.serial,
          s.name,
          s.location,
          SENSOR_STATUS_LABELS[s.status],
          s.current?.startDate ?? '',
          s.current?.endDate ?? '',
          s.daysLeft === null ? '' : String(s.daysLeft),
          s.current?.keyId ?? '',
          String(s.keyLicenseCount),
          String(s.queue.length),
          s.autoRenewal ? SENSOR_CSV_AUTO_RENEWAL.on : SENSOR_CSV_AUTO_RENEWAL.off,
        ]),
    ).flat();
    expect(whole).toHaveLength(2_500);
    expect(model.exportSensorsCsv(q)).toBe(toCsv([SENSOR_CSV_COLUMNS, ...whole]));
  });
});
