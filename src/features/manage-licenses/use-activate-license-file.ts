import { useRef } from 'react';
import { newIdempotencyKey } from '@/api/client';
import { ApiError, toUserMessage } from '@/api/errors';
import { useActivateLicenseFile } from '@/api/license-files';

/** No answer, or the cloud failed: the request may or may not have been applied. */
const outcomeUnknown = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * ACTIVATE for a licence file (SS-50): one Idempotency-Key per attempt; trying the same file on the
 * same target after a request that got no answer reuses its key, so the cloud applies it once.
 */
export function useActivateLicenseFileAction() {
  const mutation = useActivateLicenseFile();
  const unanswered = useRef<{ key: string; attempt: string } | null>(null);

  const activate = async (file: { key: string; text: string }, segmentControllerId: string) => {
    const attempt = `${file.key}:${segmentControllerId}`;
    const key =
      unanswered.current?.attempt === attempt ? unanswered.current.key : newIdempotencyKey();
    try {
      await mutation.mutateAsync({ text: file.text, segmentControllerId, idempotencyKey: key });
      unanswered.current = null;
    } catch (error) {
      unanswered.current = outcomeUnknown(error) ? { key, attempt } : null;
    }
  };

  return {
    activate,
    activating: mutation.isPending,
    result: mutation.data ?? null,
    errorMessage: mutation.error ? toUserMessage(mutation.error) : null,
    clearError: mutation.reset,
  };
}
