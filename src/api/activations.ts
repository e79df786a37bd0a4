import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { cloudLicenseQueries } from './cloud-licenses';
import { activationRoutes, type ActivationTarget } from './contract/activations';
import { useIdempotentMutation } from './idempotent-mutation';
import { licenseQueries } from './licenses';

/** How often a running activation is polled (quality P9: cheap enough to never block input). */
const ACTIVATION_POLL_MS = 1_000;

export const activationQueries = {
  all: () => ['activation-jobs'] as const,
  /** The CMS's recent jobs, newest first: how a reloaded page finds a running job again. */
  list: () =>
    queryOptions({
      queryKey: [...activationQueries.all(), 'list'],
      queryFn: ({ signal }) => request(activationRoutes.list, { signal }),
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
  return useIdempotentMutation({
    mutationFn: ({ items }: { items: ActivationTarget[] }, idempotencyKey) =>
      request(activationRoutes.start, { body: { items }, idempotencyKey }),
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
