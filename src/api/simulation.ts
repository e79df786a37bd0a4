import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { plainText } from './schemas';

/**
 * Controls of the simulated cloud only (MC-3, MC-4): used by the dev toolbar, which is never part
 * of a build with a real API URL.
 */
export const networkFaultsSchema = z.object({
  latencyMs: z.int().min(0).max(30_000),
  errorRate: z.number().min(0).max(1),
  unreachable: z.boolean(),
});
export type NetworkFaultSettings = z.infer<typeof networkFaultsSchema>;

export const simulationSchema = z.object({
  scenario: z.string(),
  scenarios: z.array(z.object({ name: z.string(), label: z.string() })),
  faults: networkFaultsSchema,
  activationMsPerLicense: z.int().nonnegative(),
});
export type Simulation = z.infer<typeof simulationSchema>;

/** Scenario names are short slugs (mocks/scenarios.ts); the cloud names an unknown one back. */
export const resetSimulationBodySchema = z.object({
  scenario: z
    .string()
    .max(64, 'A scenario name has at most 64 characters.')
    .superRefine(plainText('A scenario name')),
});

/** How long an activation job takes per license; a test holds a job running, then lets it finish. */
export const activationPaceSchema = z.object({
  activationMsPerLicense: z.int().min(0).max(600_000),
});

export function getSimulation(signal?: AbortSignal) {
  return apiRequest('/dev/simulation', { schema: simulationSchema, signal });
}

export const simulationQueries = {
  all: () => ['simulation'] as const,
  current: () =>
    queryOptions({
      queryKey: [...simulationQueries.all(), 'current'],
      queryFn: ({ signal }) => getSimulation(signal),
    }),
};

export function useSetNetworkFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (faults: NetworkFaultSettings) =>
      apiRequest('/dev/faults', { method: 'PUT', body: faults, schema: simulationSchema }),
    onSuccess: (data) => queryClient.setQueryData(simulationQueries.current().queryKey, data),
  });
}

/** A fresh seed: every cached answer belongs to the old cloud. */
export function useResetSimulation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scenario: string) =>
      apiRequest('/dev/reset', { method: 'POST', body: { scenario }, schema: simulationSchema }),
    onSuccess: () => queryClient.resetQueries(),
  });
}

/** R12: the cloud forgets who is signed in; the screen keeps what it shows until it asks again. */
export function useExpireSessions() {
  return useMutation({
    mutationFn: () =>
      apiRequest('/dev/session/expire', { method: 'POST', schema: simulationSchema }),
  });
}
