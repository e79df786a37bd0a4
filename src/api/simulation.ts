import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { simulationRoutes, type NetworkFaultSettings } from './contract/simulation';

/**
 * Controls of the simulated cloud only (MC-3, MC-4): used by the dev toolbar, which is never part
 * of a build with a real API URL.
 */
export const simulationQueries = {
  all: () => ['simulation'] as const,
  current: () =>
    queryOptions({
      queryKey: [...simulationQueries.all(), 'current'],
      queryFn: ({ signal }) => request(simulationRoutes.get, { signal }),
    }),
};

export function useSetNetworkFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (faults: NetworkFaultSettings) =>
      request(simulationRoutes.setFaults, { body: faults }),
    onSuccess: (data) => queryClient.setQueryData(simulationQueries.current().queryKey, data),
  });
}

/** A fresh seed: every cached answer belongs to the old cloud. */
export function useResetSimulation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scenario: string) => request(simulationRoutes.reset, { body: { scenario } }),
    onSuccess: () => queryClient.resetQueries(),
  });
}

/** R12: the cloud forgets who is signed in; the screen keeps what it shows until it asks again. */
export function useExpireSessions() {
  return useMutation({
    mutationFn: () => request(simulationRoutes.expireSessions, {}),
  });
}
