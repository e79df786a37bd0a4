import { describe, expect, it } from 'vitest';
import { licenseStatus, statusText } from '@/domain/licenses';
import { registerDailyTask } from './daily';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';

const seen: string[] = [];
registerDailyTask((state, day) => {
  if (state.today === day) seen.push(day);
});

describe('MC-2: the simulated clock', () => {
  it('runs every day in order, with today already moved', () => {
    seen.length = 0;
    const model = new CloudModel(seedTypicalSite());
    expect(model.advanceClock({ days: 3 })).toEqual({ today: '2026-11-26', timeZone: 'UTC' });
    expect(seen).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
    model.advanceClock({ to: '2026-12-01' });
    expect(seen.slice(3)).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
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
      return statusText(licenseStatus(license, model.clock().today));
    };
    expect(plantRoomStatus()).toBe('Expiring 2026-12-14');
    model.advanceClock({ to: '2026-12-14' });
    expect(plantRoomStatus()).toBe('Expiring 2026-12-14');
    model.advanceClock({ days: 1 });
    expect(plantRoomStatus()).toBe('Expired 2026-12-14');
  });
});
