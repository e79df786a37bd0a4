import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { cloudLicenseQueries } from './cloud-licenses';
import { errorBodySchema } from './errors';
import { licenseQueries } from './licenses';
import { idSchema, MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE } from './schemas';

/** How often a running activation is polled (quality P9: cheap enough to never block input). */
export const ACTIVATION_POLL_MS = 1_000;

export const activationTargetSchema = z.object({
  segmentControllerId: idSchema,
  licenseId: idSchema,
});
export type ActivationTarget = z.infer<typeof activationTargetSchema>;

export const activationItemSchema = activationTargetSchema.extend({
  state: z.enum(['pending', 'activating', 'activated', 'failed']),
  /** Why the cloud refused this license (SS-35); null unless failed. */
  error: errorBodySchema.nullable(),
});
export type ActivationItem = z.infer<typeof activationItemSchema>;

/** SS-33: activation is a server-side job that can take minutes. */
export const activationJobSchema = z.object({
  id: idSchema,
  status: z.enum(['running', 'finished']),
  createdAt: z.iso.datetime(),
  items: z.array(activationItemSchema),
});
export type ActivationJob = z.infer<typeof activationJobSchema>;

export const activationJobListSchema = z.object({ items: z.array(activationJobSchema) });

export const startActivationBodySchema = z.object({
  items: z
    .array(activationTargetSchema)
    .min(1, 'Choose at least one license.')
    .max(MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE),
});

export function startActivation({
  items,
  idempotencyKey,
}: {
  items: ActivationTarget[];
  idempotencyKey: string;
}) {
  return apiRequest('/cms/activation-jobs', {
    method: 'POST',
    body: { items },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: activationJobSchema,
  });
}

/** The CMS's recent activation jobs, newest first: how a reloaded page finds a running job again. */
export function listActivationJobs(signal?: AbortSignal) {
  return apiRequest('/cms/activation-jobs', { schema: activationJobListSchema, signal });
}

export const activationQueries = {
  all: () => ['activation-jobs'] as const,
  list: () =>
    queryOptions({
      queryKey: [...activationQueries.all(), 'list'],
      queryFn: ({ signal }) => listActivationJobs(signal),
      select: (data) => data.items,
      // A job another tab started must show as soon as a view asks.
      staleTime: 0,
      refetchInterval: (query) =>
        query.state.data?.items.some((job) => job.status === 'running')
          ? ACTIVATION_POLL_MS
          : false,
    }),
};

export function useStartActivation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startActivation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: activationQueries.all() }),
    // R7: another tab got there first; what this one shows may be out of date (a job that has
    // already finished no longer shows as running, so its end would not refresh the lists).
    onError: (error) => {
      if (error.status !== 409) return;
      void queryClient.invalidateQueries({ queryKey: cloudLicenseQueries.all() });
      void queryClient.invalidateQueries({ queryKey: licenseQueries.all() });
    },
  });
}
