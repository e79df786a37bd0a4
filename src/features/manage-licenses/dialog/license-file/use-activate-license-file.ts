import { toUserMessage } from '@/api/errors';
import { useActivateLicenseFile } from '@/api/license-files';
import { useText } from '@/lib/i18n';

/**
 * ACTIVATE for a license file (SS-50): the mutation keeps one Idempotency-Key per attempt; trying the same file on the
 * same target after a request that got no answer reuses its key, so the cloud applies it once.
 */
export function useActivateLicenseFileAction() {
  const t = useText();
  const mutation = useActivateLicenseFile();

  const activate = async (file: { text: string }, segmentControllerId: string) => {
    try {
      await mutation.mutateAsync({ text: file.text, segmentControllerId });
    } catch {
      // Shown from the mutation's error; the same file on the same target reuses the key.
    }
  };

  return {
    activate,
    activating: mutation.isPending,
    result: mutation.data ?? null,
    errorMessage: mutation.error ? toUserMessage(mutation.error, t) : null,
    clearError: mutation.reset,
  };
}
