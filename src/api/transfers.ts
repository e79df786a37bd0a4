import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { invalidateAfterLicenseMove } from './license-moves';
import {
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_COMMAND,
  TOO_MANY_LICENSES_MESSAGE,
} from './schemas';

export const transferToCloudBodySchema = z.object({
  licenseIds: z
    .array(idSchema)
    .min(1, 'Choose at least one license.')
    .max(MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE),
});

export const transferResultSchema = z.object({
  transferredLicenseIds: z.array(idSchema),
  transferDate: isoDateSchema,
});
export type TransferResult = z.infer<typeof transferResultSchema>;

/** SS-41: sends the listed capacity and maintenance licenses back to the cloud. */
export function transferToCloud({
  licenseIds,
  idempotencyKey,
}: {
  licenseIds: string[];
  idempotencyKey: string;
}) {
  return apiRequest('/cms/license-transfers', {
    method: 'POST',
    body: { licenseIds },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: transferResultSchema,
  });
}

export function useTransferToCloud() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transferToCloud,
    onSettled: () => invalidateAfterLicenseMove(queryClient),
  });
}
