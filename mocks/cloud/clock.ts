import type { AdvanceClockBody } from '@/api/contract/clock';
import { addDays, daysBetween } from '@/domain/dates';
import { DAILY_TASKS, runDailyTasks, type DailyTask } from './daily';
import { CloudError } from './errors';
import type { CloudState } from './state';

/** MC-2: runs every day between today and the target, one at a time and in order. */
export function advanceClock(
  state: CloudState,
  body: AdvanceClockBody,
  tasks: readonly DailyTask[] = DAILY_TASKS,
): void {
  const target = 'days' in body ? addDays(state.today, body.days) : body.to;
  const days = daysBetween(state.today, target);
  if (days <= 0) {
    throw new CloudError(
      422,
      'clock_not_forward',
      'The simulated clock only moves forward: pick a later date.',
      {
        fields: { to: 'Pick a date after today.' },
      },
    );
  }
  if (days > 3_660)
    throw new CloudError(422, 'clock_too_far', 'Move the clock at most ten years at a time.');
  for (let day = 1; day <= days; day += 1) {
    state.today = addDays(state.today, 1);
    runDailyTasks(state, state.today, tasks);
  }
}
