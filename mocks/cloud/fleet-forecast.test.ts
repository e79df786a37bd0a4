import { buildersFor } from '@tests/builders';
import { refusal } from '@tests/cloud-refusal';
import type { PoolForecast } from '@/api/contract/fleet';
import { describe, expect, it } from 'vitest';
import { fleet as fleetCommands } from './commands';
import { fleetOfSize } from './fleet-seed';
import { CloudModel } from './model';
import { SEED_TODAY, seedTypicalSite } from './seed';
import type { PoolLicenseRecord, SensorLicenseRecord, SensorRecord } from './state';

// The seed's today is 2026-11-23: the forecast's months run from 2026-11 to 2027-10.
const KEY_12 = 'LK-7B10-90DE';
const KEY_6 = 'LK-C4E2-5A07';

/** A typical site without sensors: its pool holds 5 licenses (3 × 24 months, then 2 × 12). */
function setup() {
  const model = new CloudModel(seedTypicalSite());
  buildersFor(model.state).the.fleet().withoutSensors();
  return model;
}

function forecast(model: CloudModel): PoolForecast {
  const answer = model.run(fleetCommands.forecast, undefined);
  if (answer instanceof Promise) throw new Error('The forecast is answered at once');
  return answer;
}

/** A 12-month license of the sensor's that ends on `endDate`. */
function ending(endDate: string, id = `l-${endDate}`): SensorLicenseRecord {
  return { licenseId: id, keyId: KEY_12, durationMonths: 12, startDate: '2025-01-01', endDate };
}

function addSensor(model: CloudModel, fields: Partial<SensorRecord>): string {
  return buildersFor(model.state).a.sensor().with(fields).add().serial;
}

/** The pool holds exactly these licenses, oldest first. */
function withPool(model: CloudModel, months: number[]) {
  const pool: PoolLicenseRecord[] = months.map((durationMonths, i) => ({
    id: `pool-${i}`,
    keyId: durationMonths === 6 ? KEY_6 : KEY_12,
    durationMonths,
  }));
  buildersFor(model.state)
    .the.fleet()
    .replacedBy({ ...model.state.fleet, pool });
}

const dueOf = (result: PoolForecast) => result.months.map((m) => m.due);

describe('LM-13 pool forecast', () => {
  it('counts renewals due per month the day after the last current or queued license ends', () => {
    const model = setup();
    buildersFor(model.state).the.fleet().withEmptyPool();
    addSensor(model, { current: ending('2026-12-10') });
    addSensor(model, {
      current: ending('2026-12-31'),
      queue: [{ ...ending('2027-03-31', 'queued'), startDate: '2027-01-01' }],
    });
    // Covered beyond the 12 months (the last one ends on 2027-10-31).
    addSensor(model, { current: ending('2027-10-31') });
    const result = forecast(model);
    expect(result.months.map((m) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    expect(dueOf(result)).toEqual([0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(result.months.every((m) => m.coveredByPool === 0)).toBe(true);
    expect(result.poolRunsOutOn).toBe('2026-12-11');
    expect(result.licensesLeft).toBe(0);
  });

  it('counts sensors waiting for a license (expired or never licensed) as due today', () => {
    const model = setup();
    addSensor(model, { current: ending('2026-10-01') });
    addSensor(model, { current: null });
    // Its last day is today: due tomorrow, in the same month.
    addSensor(model, { current: ending(SEED_TODAY) });
    const result = forecast(model);
    expect(result.months[0]).toEqual({ month: '2026-11', due: 3, coveredByPool: 3 });
    expect(result.poolRunsOutOn).toBeNull();
    expect(result.toOrder).toEqual({ months3: 0, months6: 0, months12: 0 });
    // The pool's 24- and 12-month licenses bring none of them back within the 12 months.
    expect(dueOf(result).slice(1)).toEqual(Array<number>(11).fill(0));

    buildersFor(model.state).the.fleet().withEmptyPool();
    expect(forecast(model)).toMatchObject({
      poolRunsOutOn: SEED_TODAY,
      toOrder: { months3: 3, months6: 3, months12: 3 },
    });
  });

  it('counts nothing for sensors with Auto Renewal off', () => {
    const model = setup();
    buildersFor(model.state).the.fleet().withEmptyPool();
    addSensor(model, { autoRenewal: false, current: ending('2026-12-10') });
    addSensor(model, { autoRenewal: false, current: ending('2026-10-01') });
    addSensor(model, { autoRenewal: false, current: null });
    const result = forecast(model);
    expect(dueOf(result)).toEqual(Array<number>(12).fill(0));
    expect(result.poolRunsOutOn).toBeNull();
    expect(result.toOrder).toEqual({ months3: 0, months6: 0, months12: 0 });
  });

  it('runs the pool out on the first day a renewal finds it empty', () => {
    const model = setup();
    for (let day = 1; day <= 7; day += 1) addSensor(model, { current: ending(`2026-12-0${day}`) });
    const result = forecast(model);
    expect(result.months[1]).toEqual({ month: '2026-12', due: 7, coveredByPool: 5 });
    expect(result.poolRunsOutOn).toBe('2026-12-07');
    expect(result.toOrder).toEqual({ months3: 2, months6: 2, months12: 2 });
    expect(result.licensesLeft).toBe(5);
  });

  it('orders enough for the renewals due within 3, 6 and 12 months', () => {
    const model = setup();
    buildersFor(model.state).the.fleet().withEmptyPool();
    // Due in 2026-12 (month 2), 2027-03 (month 5), and twice in 2027-08 (month 10).
    addSensor(model, { current: ending('2026-12-14') });
    addSensor(model, { current: ending('2027-03-02') });
    addSensor(model, { current: ending('2027-08-20') });
    addSensor(model, { current: ending('2027-08-21') });
    const result = forecast(model);
    expect(result.toOrder).toEqual({ months3: 1, months6: 2, months12: 4 });
    expect(result.poolRunsOutOn).toBe('2026-12-15');
  });

  it('takes the oldest pool license first, the longest expired first, and counts it again when a short one ends', () => {
    const model = setup();
    withPool(model, [6, 24]);
    addSensor(model, { current: ending('2026-11-01') });
    addSensor(model, { current: ending('2026-10-01') });
    const result = forecast(model);
    // The sensor expired since 2026-10-01 takes the 6-month license today, 2026-11-23: it is due
    // again on 2027-05-23, when the pool is empty.
    expect(result.months[0]).toEqual({ month: '2026-11', due: 2, coveredByPool: 2 });
    expect(result.months[6]).toEqual({ month: '2027-05', due: 1, coveredByPool: 0 });
    expect(result.poolRunsOutOn).toBe('2027-05-23');
    expect(result.toOrder).toEqual({ months3: 0, months6: 0, months12: 1 });
  });

  it('answers 12 empty months for a fleet without sensors', () => {
    const result = forecast(setup());
    expect(result.months).toHaveLength(12);
    expect(result.months[0]?.month).toBe('2026-11');
    expect(result.months.every((m) => m.due === 0 && m.coveredByPool === 0)).toBe(true);
    expect(result).toMatchObject({
      poolRunsOutOn: null,
      toOrder: { months3: 0, months6: 0, months12: 0 },
      licensesLeft: 5,
    });
  });

  it('refuses an Analyst (LM-1)', () => {
    const model = setup();
    model.signInFleetAs('Analyst');
    expect(refusal(() => forecast(model)).code).toBe('fleet_role_forbidden');
  });

  // How fast is the benchmark's question, not a test's: this one checks what comes out.
  it('forecasts a fleet of 100,000 sensors consistently', () => {
    const model = setup();
    const fleet = fleetOfSize(100_000, SEED_TODAY);
    buildersFor(model.state).the.fleet().replacedBy(fleet);
    const result = forecast(model);
    expect(result.months).toHaveLength(12);
    // The pool's licenses last 12 months or more, so each sensor is due at most once.
    const expected = fleet.sensors.filter(
      (s) => s.autoRenewal && s.current !== null && s.current.endDate < '2027-10-31',
    ).length;
    expect(result.months.reduce((sum, m) => sum + m.due, 0)).toBe(expected);
    const covered = result.months.reduce((sum, m) => sum + m.coveredByPool, 0);
    expect(covered).toBe(Math.min(expected, result.licensesLeft));
    for (const m of result.months) expect(m.coveredByPool).toBeLessThanOrEqual(m.due);
    expect(result.toOrder.months12).toBe(expected - covered);
    expect(result.toOrder.months3).toBeLessThanOrEqual(result.toOrder.months6);
    expect(result.toOrder.months6).toBeLessThanOrEqual(result.toOrder.months12);
    expect(result.poolRunsOutOn).not.toBeNull();
  });
});
