import { z } from 'zod/mini';
import { plainText } from './common';
import { route } from './route';

/**
 * Controls of the simulated cloud only (MC-3, MC-4): used by the dev toolbar, which is never part
 * of a build with a real API URL.
 */
export const networkFaultsSchema = z
  .object({
    latencyMs: z.int().check(z.gte(0), z.lte(30_000)),
    errorRate: z.number().check(z.gte(0), z.lte(1)),
    unreachable: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'NetworkFaults' });
export type NetworkFaultSettings = z.infer<typeof networkFaultsSchema>;

export const simulationSchema = z
  .object({
    scenario: z.string(),
    scenarios: z.array(z.object({ name: z.string(), label: z.string() })),
    faults: networkFaultsSchema,
    activationMsPerLicense: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'Simulation' });
export type Simulation = z.infer<typeof simulationSchema>;

/** Scenario names are short slugs (mocks/scenarios.ts); the cloud names an unknown one back. */
const resetSimulationBodySchema = z
  .object({
    scenario: z
      .string()
      .check(
        z.maxLength(64, 'A scenario name has at most 64 characters.'),
        z.superRefine(plainText('A scenario name')),
      ),
  })
  .register(z.globalRegistry, { id: 'ResetSimulationBody' });

/** How long an activation job takes per license; a test holds a job running, then lets it finish. */
const activationPaceSchema = z
  .object({ activationMsPerLicense: z.int().check(z.gte(0), z.lte(600_000)) })
  .register(z.globalRegistry, { id: 'ActivationPace' });

const control = { tag: 'simulation', errors: {} } as const;

export const simulationRoutes = {
  get: route({
    ...control,
    operationId: 'getSimulation',
    method: 'get',
    path: '/dev/simulation',
    summary: 'Scenario, scenarios to choose from, network faults and activation pace',
    response: { status: 200, schema: simulationSchema },
  }),
  setFaults: route({
    ...control,
    operationId: 'setNetworkFaults',
    method: 'put',
    path: '/dev/faults',
    summary: 'Set the simulated latency, error rate and reachability',
    body: networkFaultsSchema,
    response: { status: 200, schema: simulationSchema },
  }),
  setActivationPace: route({
    ...control,
    operationId: 'setActivationPace',
    method: 'put',
    path: '/dev/activation-pace',
    summary: 'Set how long an activation job takes per license (running jobs follow at once)',
    body: activationPaceSchema,
    response: { status: 200, schema: simulationSchema },
  }),
  expireSessions: route({
    ...control,
    operationId: 'expireSessions',
    method: 'post',
    path: '/dev/session/expire',
    summary: "End the caller's own sessions (an expired session, R12)",
    response: { status: 200, schema: simulationSchema },
  }),
  reset: route({
    ...control,
    operationId: 'resetSimulation',
    method: 'post',
    path: '/dev/reset',
    summary: "Back to a scenario's seed (keeps latency, error rate and activation pace)",
    body: resetSimulationBodySchema,
    response: { status: 200, schema: simulationSchema },
    errors: { 404: ['scenario_not_found'] },
  }),
};
