import { describe, expect, it } from 'vitest';
import { licenseStatus, type LicenseStatus } from '@/domain/licenses';
import { advanceClock } from './clock';
import { DAILY_TASKS, type DailyTask } from './daily';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';

/** A status as one line, e.g. `expiring 2026-12-14`. */
const statusLine = (status: LicenseStatus) =>
  status.state === 'active' || status.state === 'used'
    ? status.state
    : `${status.state} ${status.expiryDate}`;

describe('MC-2: the simulated clock', () => {
  it('runs every day in order, with today already moved', () => {
    const seen: string[] = [];
    const recorder: DailyTask = {
      name: 'records the day',
      run: (state, day) => {
        if (state.today === day) seen.push(day);
      },
    };
    const state = seedTypicalSite();
    advanceClock(state, { days: 3 }, [...DAILY_TASKS, recorder]);
    expect(state.today).toBe('2026-11-26');
    expect(seen).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
    advanceClock(state, { to: '2026-12-01' }, [...DAILY_TASKS, recorder]);
    expect(seen.slice(3)).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
  });

  it('answers the new day', () => {
    const model = new CloudModel(seedTypicalSite());
    expect(model.advanceClock({ days: 3 })).toEqual({ today: '2026-11-26', timeZone: 'UTC' });
  });

  it('runs the daily tasks in the order MC-2 gives', () => {
    expect(DAILY_TASKS.map((task) => task.name)).toEqual([
      'SS-61 maintenance expiry e-mails',
      'LM-5 queued licenses start',
      'LM-6, LM-11 auto-renewal from the pool',
      'LM-4 licensed sensors save measurements, expired ones stop',
      'LM-7 sensor expiry e-mails',
    ]);
  });

  it('only moves forward', () => {
    const model = new CloudModel(seedTypicalSite());
    expect(() => model.advanceClock({ to: '2026-11-23' })).toThrow(CloudError);
    expect(model.clock().today).toBe('2026-11-23');
  });

  it('turns statuses as the days pass: Expiring on the expiry day, Expired the day after', () => {
    const model = new CloudModel(seedTypicalSite());
    const plantRoomStatus = () => {
      const license = model.listActivatedLicenses().find((l) => l.expiryDate === '2026-12-14');
      if (!license) throw new Error('seed');
      return statusLine(licenseStatus(license, model.clock().today));
    };
    expect(plantRoomStatus()).toBe('expiring 2026-12-14');
    model.advanceClock({ to: '2026-12-14' });
    expect(plantRoomStatus()).toBe('expiring 2026-12-14');
    model.advanceClock({ days: 1 });
    expect(plantRoomStatus()).toBe('expired 2026-12-14');
  });
});
