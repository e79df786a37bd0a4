import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { licenseRoutes } from './contract/licenses';

export const licenseQueries = {
  all: () => ['licenses'] as const,
  activated: () =>
    queryOptions({
      queryKey: [...licenseQueries.all(), 'activated'],
      queryFn: ({ signal }) => request(licenseRoutes.list, { signal }),
      select: (data) => data.items,
    }),
};

/** SS-7. The row shows the pending text from the mutation's variables; settling restores the truth. */
export function useUpdateLicenseNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ licenseId, note }: { licenseId: string; note: string }) =>
      request(licenseRoutes.updateNote, { params: { id: licenseId }, body: { note } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: licenseQueries.all() }),
  });
}
