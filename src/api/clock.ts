import { queryOptions } from '@tanstack/react-query';
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
