import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import {
  readSensorLines,
  daysLeft,
  daysLeftText,
  licenseEndDate,
  monthBeforeExpiry,
  queuePeriods,
  sensorStatus,
  sensorStatusOn,
} from './fleet';

describe('license lifetime (LM-4)', () => {
  it('runs until the day before the same calendar day N months later', () => {
    expect(licenseEndDate('2026-01-15', 12)).toBe('2027-01-14');
    expect(licenseEndDate('2026-11-23', 24)).toBe('2028-11-22');
    expect(licenseEndDate('2026-03-01', 1)).toBe('2026-03-31');
  });

  it('clamps a month-end start like addMonths', () => {
    expect(licenseEndDate('2026-01-31', 1)).toBe('2026-02-27');
    expect(licenseEndDate('2028-02-29', 12)).toBe('2029-02-27');
  });
});

describe('days left and status (LM-3, LM-4)', () => {
  it('counts whole days after today: 0 on the last day, negative after', () => {
    expect(daysLeft('2026-12-23', '2026-11-23')).toBe(30);
    expect(daysLeft('2026-11-23', '2026-11-23')).toBe(0);
    expect(daysLeft('2026-11-22', '2026-11-23')).toBe(-1);
  });

  it('is expiring with 30 days left or fewer, active with 31', () => {
    const today = '2026-11-23';
    expect(sensorStatus(null, today)).toBe('unlicensed');
    expect(sensorStatus({ endDate: '2026-12-24' }, today)).toBe('active');
    expect(sensorStatus({ endDate: '2026-12-23' }, today)).toBe('expiring');
    expect(sensorStatus({ endDate: today }, today)).toBe('expiring');
    expect(sensorStatus({ endDate: '2026-11-22' }, today)).toBe('expired');
  });

  it('sends the one-month notice on a single day even when months clamp (LM-7)', () => {
    expect(monthBeforeExpiry('2027-02-28')).toBe('2027-01-28');
    expect(monthBeforeExpiry('2026-12-23')).toBe('2026-11-23');
  });
});

describe('queue dates (LM-5: "the same day" = no gap, no overlap)', () => {
  it('starts each queued license the day after the previous one ends', () => {
    expect(queuePeriods('2026-12-31', [12, 6], '2026-11-23')).toEqual([
      { startDate: '2027-01-01', endDate: '2027-12-31' },
      { startDate: '2028-01-01', endDate: '2028-06-30' },
    ]);
  });

  it('starts today when there is no current license', () => {
    expect(queuePeriods(null, [1], '2026-11-23')).toEqual([
      { startDate: '2026-11-23', endDate: '2026-12-22' },
    ]);
  });

  it('is empty for an empty queue', () => {
    expect(queuePeriods('2026-12-31', [], '2026-11-23')).toEqual([]);
  });
});

describe('daysLeftText (LM-3)', () => {
  const english = {
    left: (days: number) => (days === 1 ? '1 day left' : `${days} days left`),
    lastDay: 'Last day',
    expiredYesterday: 'Expired yesterday',
    expiredDaysAgo: (days: number) => `Expired ${days} days ago`,
  };

  it('says the days remaining, the last day and how long ago it expired', () => {
    expect([12, 1, 0, -1, -5].map((left) => daysLeftText(left, english))).toEqual([
      '12 days left',
      '1 day left',
      'Last day',
      'Expired yesterday',
      'Expired 5 days ago',
    ]);
  });
});

describe('sensorStatusOn (LM-3, for many sensors at once)', () => {
  it('agrees with sensorStatus on every day around the thresholds', () => {
    const today = '2026-11-23';
    const statusOf = sensorStatusOn(today);
    expect(statusOf(null)).toBe('unlicensed');
    for (let offset = -40; offset <= 40; offset += 1) {
      const current = { endDate: addDays(today, offset) };
      expect(statusOf(current)).toBe(sensorStatus(current, today));
    }
  });
});

describe('LM-10 readSensorLines', () => {
  it('reads serials with optional names, forgiving case and spaces, and skips blank lines', () => {
    const lines = readSensorLines('28 2c 94, Freezer 21\n\n282CA0\n', new Set());
    expect(lines).toEqual([
      { line: 1, serial: '282C94', name: 'Freezer 21', problem: null },
      { line: 3, serial: '282CA0', name: 'Sensor 282CA0', problem: null },
    ]);
  });

  it('names the problem of each line: shape, a duplicate in the list or the fleet, a long name', () => {
    const lines = readSensorLines(
      `XYZ\n282C94\n282c94\n283000\n283001, ${'n'.repeat(61)}`,
      new Set(['283000']),
    );
    expect(lines.map((l) => [l.line, l.problem])).toEqual([
      [1, 'serial_format'],
      [2, null],
      [3, 'serial_duplicate'],
      [4, 'serial_duplicate'],
      [5, 'name_too_long'],
    ]);
  });
});
