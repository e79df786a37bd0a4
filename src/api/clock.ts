import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { clockRoutes, type AdvanceClockBody } from './contract/clock';

export const clockQueries = {
  all: () => ['clock'] as const,
  current: () =>
    queryOptions({
      queryKey: [...clockQueries.all(), 'current'],
      queryFn: ({ signal }) => request(clockRoutes.get, { signal }),
    }),
};

/** MC-2: every day that passes can change any status, queue or outbox: everything is refetched. */
export function useAdvanceClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdvanceClockBody) => request(clockRoutes.advance, { body }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
