import type { IsoDate } from '@/domain/dates';
import type { CloudState } from './state';

/**
 * What the cloud does at the start of each simulated day (MC-2), in order: notification e-mails
 * (SS-61), and later fleet expiry, queued licenses starting and auto-renewal (LM-4 … LM-7).
 * A task receives the state with `today` already set to `day`.
 */
export type DailyTask = (state: CloudState, day: IsoDate) => void;

const tasks: DailyTask[] = [];

/** Area modules register their task once, at import. */
export function registerDailyTask(task: DailyTask): void {
  tasks.push(task);
}

export function runDailyTasks(state: CloudState, day: IsoDate): void {
  for (const task of tasks) task(state, day);
}
