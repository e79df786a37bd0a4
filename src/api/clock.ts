import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { isoDateSchema } from './schemas';

/** The cloud's (simulated) calendar day: every expiry and status is judged against it (spec §0, MC-2). */
export const clockSchema = z.object({ today: isoDateSchema, timeZone: z.string() });
export type Clock = z.infer<typeof clockSchema>;

export function getClock(signal?: AbortSignal): Promise<Clock> {
  return apiRequest('/clock', { schema: clockSchema, signal });
}

export const clockQueries = {
  all: () => ['clock'] as const,
  current: () =>
    queryOptions({
      queryKey: [...clockQueries.all(), 'current'],
      queryFn: ({ signal }) => getClock(signal),
    }),
};

/** MC-2: move the simulated clock forward by whole days, or to a later date. */
export const advanceClockBodySchema = z.union([
  z.object({ days: z.int().min(1).max(3_660) }),
  z.object({ to: isoDateSchema }),
]);
export type AdvanceClockBody = z.infer<typeof advanceClockBodySchema>;

export function advanceClock(body: AdvanceClockBody) {
  return apiRequest('/clock/advance', { method: 'POST', body, schema: clockSchema });
}

/** Every day that passes can change any status, queue or outbox: everything is refetched. */
export function useAdvanceClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: advanceClock,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
