import { useStartActivation } from '@/api/activations';
import type { ActivationTarget } from '@/api/contract/activations';
import { toUserMessage } from '@/api/errors';
import { useText } from '@/lib/i18n';

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
  // R7: a 409 means the cloud already runs a job for one of these licenses (another tab, another user).
  const errorMessage = error
    ? error.status === 409
      ? t('cms.download.alreadyActivating')
      : toUserMessage(error, t)
    : null;
  return {
    activate,
    starting: start.isPending,
    errorMessage,
    clearError: start.reset,
  };
}
