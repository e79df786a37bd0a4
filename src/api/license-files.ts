import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { licenseFileRoutes } from './contract/license-files';
import { useIdempotentMutation } from './idempotent-mutation';
import { invalidateAfterLicenseMove } from './license-moves';

export const licenseFileQueries = {
  all: () => ['license-files'] as const,
  /**
   * `fileKey` names one chosen file (a fresh UUID per choice): the text itself, up to 1 MiB, would
   * be hashed into the key on every render.
   */
  preview: (fileKey: string, text: string, segmentControllerId: string | null) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- fileKey stands for the text
    queryOptions({
      queryKey: [...licenseFileQueries.all(), 'preview', fileKey, segmentControllerId],
      queryFn: ({ signal }) =>
        request(licenseFileRoutes.preview, { body: { text, segmentControllerId }, signal }),
      // The answer changes only when licenses move, which invalidates it.
      staleTime: Infinity,
      // The user waits in front of this check: a cloud that cannot be reached is said at once,
      // with Retry, rather than after seconds of silent retries.
      retry: false,
    }),
};

/** SS-50: activating a file moves licenses onto a segment controller, and uses the file up. */
export function useActivateLicenseFile() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (body: { text: string; segmentControllerId: string }, idempotencyKey) =>
      request(licenseFileRoutes.activate, { body, idempotencyKey }),
    onSettled: (_data, error) =>
      Promise.all([
        invalidateAfterLicenseMove(queryClient),
        // After a success the view shows the result, not the preview: refetching it now would
        // flash "already used" while the mutation settles. After a refusal, show the new truth.
        queryClient.invalidateQueries({
          queryKey: licenseFileQueries.all(),
          refetchType: error ? 'active' : 'none',
        }),
      ]),
  });
}
