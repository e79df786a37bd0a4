import { CloudError } from './errors';
import type { CloudState } from './state';

/** True while a running activation job still has to activate this license (SS-33). */
export function isBeingActivated(state: CloudState, licenseId: string): boolean {
  return state.activationJobs.some(
    (job) =>
      job.status === 'running' &&
      job.items.some(
        (item) =>
          item.licenseId === licenseId && (item.state === 'pending' || item.state === 'activating'),
      ),
  );
}

/** R7: another command on a license an activation job is working on loses with a 409. */
export function activationInProgress(licenseId: string, action: string): CloudError {
  return new CloudError(
    409,
    'activation_in_progress',
    `License ${licenseId} is being activated right now, so ${action} is not possible. Wait until the activation has finished.`,
    { licenseId },
  );
}
