import { useStartActivation } from '@/api/activations';
import type { ActivationTarget } from '@/api/contract/activations';
import { toUserMessage } from '@/api/errors';
import { useText } from '@/lib/i18n';

/** R7: the cloud already runs a job for one of these licenses (another tab, another user). */
const ALREADY_ACTIVATING = 'These licenses are already being activated.';

/**
 * ACTIVATE (SS-33): the mutation keeps one Idempotency-Key per selection sent; sending the same licenses again after a
 * request that failed or got no answer reuses its key, so the cloud starts at most one job (R7).
 */
export function useActivateLicenses(onStarted: (jobId: string) => void) {
  const t = useText();
  const start = useStartActivation();

  const activate = async (items: ActivationTarget[]) => {
    try {
      const job = await start.mutateAsync({ items });
      onStarted(job.id);
    } catch {
      // Shown from the mutation's error; the same selection sent again reuses the key.
    }
  };

  const error = start.error;
  return {
    activate,
    starting: start.isPending,
    errorMessage: error
      ? error.status === 409
        ? ALREADY_ACTIVATING
        : toUserMessage(error, t)
      : null,
    clearError: start.reset,
  };
}
