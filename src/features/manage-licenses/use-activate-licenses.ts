import { useRef } from 'react';
import { useStartActivation, type ActivationTarget } from '@/api/activations';
import { newIdempotencyKey } from '@/api/client';
import { ApiError, toUserMessage } from '@/api/errors';

/** R7: the cloud already runs a job for one of these licences (another tab, another user). */
export const ALREADY_ACTIVATING = 'These licenses are already being activated.';

/** No answer, or the cloud failed: the request may or may not have been applied. */
const outcomeUnknown = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * ACTIVATE (SS-33): one Idempotency-Key per click; sending the same licences again after a request
 * that got no answer reuses its key, so the cloud starts at most one job (R7).
 */
export function useActivateLicenses(onStarted: (jobId: string) => void) {
  const start = useStartActivation();
  const unanswered = useRef<{ key: string; body: string } | null>(null);

  const activate = async (items: ActivationTarget[]) => {
    const body = JSON.stringify(items);
    const key = unanswered.current?.body === body ? unanswered.current.key : newIdempotencyKey();
    try {
      const job = await start.mutateAsync({ items, idempotencyKey: key });
      unanswered.current = null;
      onStarted(job.id);
    } catch (error) {
      unanswered.current = outcomeUnknown(error) ? { key, body } : null;
    }
  };

  const error = start.error;
  return {
    activate,
    starting: start.isPending,
    errorMessage: error ? (error.status === 409 ? ALREADY_ACTIVATING : toUserMessage(error)) : null,
    clearError: start.reset,
  };
}
