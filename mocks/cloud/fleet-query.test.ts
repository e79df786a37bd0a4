import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SENSOR_QUERY, type SensorQuery } from '@/api/contract/fleet';
import { fleetOfSize } from './fleet-seed';
import { the } from '@tests/builders';
import { resetCloud } from './instance';
import type { CloudModel } from './model';

let model: CloudModel;
const query = (patch: Partial<SensorQuery> = {}): SensorQuery => ({
  ...DEFAULT_SENSOR_QUERY,
  ...patch,
});
const all = (q: SensorQuery) => model.querySensors(q, 0, 500).items;

beforeEach(() => {
  model = resetCloud('typical-site');
});

describe('the fleet table query (LM-8)', () => {
  it('sorts by Expires at ascending by default, unlicensed sensors last', () => {
    const rows = all(query());
    const ends = rows.map((s) => s.current?.endDate ?? null);
    const dated = ends.filter((e) => e !== null);
    expect(dated).toEqual([...dated].sort());
    expect(ends.slice(dated.length).every((e) => e === null)).toBe(true);
    expect(rows[0]?.status).toBe('expired');
  });

  it('keeps empty values last when the order is reversed too', () => {
    const rows = all(query({ direction: 'desc' }));
    expect(rows.at(-1)?.status).toBe('unlicensed');
    expect(rows[0]?.current?.endDate).toBe(
      [...all(query())].reverse().find((s) => s.current)?.current?.endDate,
    );
  });

  it('sorts by every column, with the serial number breaking ties', () => {
    const bySerial = all(query({ sort: 'sensor' })).map((s) => s.serial);
    expect(bySerial).toEqual([...bySerial].sort());
    const byRenewal = all(query({ sort: 'autoRenewal' }));
    const firstOn = byRenewal.findIndex((s) => s.autoRenewal);
    expect(byRenewal.slice(0, firstOn).every((s) => !s.autoRenewal)).toBe(true);
    expect(byRenewal.slice(firstOn).every((s) => s.autoRenewal)).toBe(true);
    const offSerials = byRenewal.slice(0, firstOn).map((s) => s.serial);
    expect(offSerials).toEqual([...offSerials].sort());
    const byKey = all(query({ sort: 'key' })).map((s) => s.current?.keyId ?? '~');
    expect(byKey).toEqual([...byKey].sort());
    const byStart = all(query({ sort: 'activationDate', direction: 'desc' }))
      .map((s) => s.current?.startDate)
      .filter((d) => d !== undefined);
    expect(byStart).toEqual([...byStart].sort().reverse());
  });

  it('searches serial numbers and names in any case, and filters by status and location', () => {
    expect(all(query({ search: 'FREEZER 01' })).map((s) => s.name)).toEqual(['Freezer 01']);
    const serial = all(query())[7]?.serial ?? '';
    expect(all(query({ search: serial.toLowerCase() })).map((s) => s.serial)).toEqual([serial]);
    const expired = model.querySensors(
      query({ status: 'expired', location: 'Cold Store A' }),
      0,
      500,
    );
    expect(expired.items.length).toBeGreaterThan(0);
    expect(
      expired.items.every((s) => s.status === 'expired' && s.location === 'Cold Store A'),
    ).toBe(true);
    // The status counts describe the search and location, so each chip says what it would show.
    expect(expired.counts.expired).toBe(expired.total);
    expect(Object.values(expired.counts).reduce((a, b) => a + b, 0)).toBe(
      all(query({ location: 'Cold Store A' })).length,
    );
  });

  it('pages without gaps or repeats', () => {
    const whole = all(query()).map((s) => s.serial);
    const pages = [0, 15, 30].flatMap((offset) =>
      model.querySensors(query(), offset, 15).items.map((s) => s.serial),
    );
    expect(pages).toEqual(whole);
    expect(model.querySensors(query(), 0, 15).total).toBe(40);
  });

  it('shows a change in the next window of the same query, and a new day’s statuses', () => {
    const offFirst = query({ sort: 'autoRenewal' });
    const first = all(offFirst)[0];
    if (!first) throw new Error('seed has sensors');
    model.setAutoRenewal(first.serial, true);
    expect(all(offFirst).find((s) => s.serial === first.serial)?.autoRenewal).toBe(true);
    const expiringBefore = model.querySensors(query(), 0, 1).counts.expired;
    model.advanceClock({ days: 40 });
    expect(model.querySensors(query(), 0, 1).counts.expired).toBeGreaterThan(expiringBefore);
  });

  it('answers a 100,000-sensor fleet in one window', () => {
    the.fleet().replacedBy(fleetOfSize(100_000, model.clock().today));
    const page = model.querySensors(query({ search: 's001869f' }), 0, 100);
    expect(page.total).toBe(1);
    expect(model.querySensors(query(), 99_950, 100).items).toHaveLength(50);
  });
});

describe('the fleet overview and export', () => {
  it('counts the renewal wave per month for twelve months from this one', () => {
    const { expiringPerMonth, fleetSize, locations, counts } = model.fleetOverview();
    expect(fleetSize).toBe(40);
    expect(counts).toEqual(model.querySensors(query(), 0, 1).counts);
    expect(locations).toEqual(['Cold Store A', 'Cold Store B', 'Office', 'Warehouse']);
    expect(expiringPerMonth.map((m) => m.month).slice(0, 3)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(expiringPerMonth).toHaveLength(12);
    const running = model
      .listSensors()
      .map((s) => (s.queue.at(-1) ?? s.current)?.endDate)
      .filter((end) => end !== undefined && end >= '2026-11-23' && end < '2027-11-01');
    expect(expiringPerMonth.reduce((sum, m) => sum + m.sensors, 0)).toBe(running.length);
  });

  it('exports the filtered, sorted rows as CSV with a header', () => {
    const csv = model.exportSensorsCsv(query({ status: 'expiring', sort: 'sensor' }));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Serial number,Name,Location,Status,Activation date,Expires at,Days left,Key,Licenses of key,Queued licenses,Auto Renewal',
    );
    const expiring = all(query({ status: 'expiring', sort: 'sensor' }));
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expiring.map((s) => s.serial));
  });

  it('gives statuses in words and dates as YYYY-MM-DD (LM-15)', () => {
    const statuses = new Set(
      model
        .exportSensorsCsv(query({}))
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[3]),
    );
    expect([...statuses].sort()).toEqual(['Active', 'Expired', 'Expiring', 'No license']);
    const [, first] = model.exportSensorsCsv(query({ status: 'active' })).split('\r\n');
    expect(first?.split(',')[4]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('neutralizes a sensor name that a spreadsheet would run', () => {
    const [sensor] = model.listSensors();
    if (!sensor) throw new Error('seed has sensors');
    the.sensor(sensor.serial).named('=HYPERLINK("http://evil.example","x")');
    const csv = model.exportSensorsCsv(query({ search: sensor.serial }));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });
});
