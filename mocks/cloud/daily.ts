import type { IsoDate } from '@/domain/dates';
import { saveMeasurements, sendSensorExpiryEmails, startQueuedLicenses } from './fleet-daily';
import { renewFromPool } from './fleet-renewal';
import { sendExpiryNotices } from './notifications';
import type { CloudState } from './state';

/** One step of a simulated day; it receives the state with `today` already set to `day`. */
export interface DailyTask {
  readonly name: string;
  readonly run: (state: CloudState, day: IsoDate) => void;
}

/**
 * What the cloud does at the start of each simulated day (MC-2), in the order the spec gives:
 * notification e-mails, expiry, queued licenses starting, auto-renewal. One list, so the order is
 * read here rather than decided by which module happens to be imported first.
 */
export const DAILY_TASKS: readonly DailyTask[] = [
  { name: 'SS-61 maintenance expiry e-mails', run: sendExpiryNotices },
  { name: 'LM-5 queued licenses start', run: startQueuedLicenses },
  { name: 'LM-6, LM-11 auto-renewal from the pool', run: renewFromPool },
  { name: 'LM-4 licensed sensors save measurements, expired ones stop', run: saveMeasurements },
  { name: 'LM-7 sensor expiry e-mails', run: sendSensorExpiryEmails },
];

export function runDailyTasks(
  state: CloudState,
  day: IsoDate,
  tasks: readonly DailyTask[] = DAILY_TASKS,
): void {
  for (const task of tasks) task.run(state, day);
}
