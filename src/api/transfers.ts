import { useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { transferRoutes } from './contract/transfers';
import { useIdempotentMutation } from './idempotent-mutation';
import { invalidateAfterLicenseMove } from './license-moves';

/** SS-41: sends the listed capacity and maintenance licenses back to the cloud. */
export function useTransferToCloud() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: ({ licenseIds }: { licenseIds: string[] }, idempotencyKey) =>
      request(transferRoutes.toCloud, { body: { licenseIds }, idempotencyKey }),
    onSettled: () => invalidateAfterLicenseMove(queryClient),
  });
}
