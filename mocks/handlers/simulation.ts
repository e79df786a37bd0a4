import type { Simulation } from '@/api/contract/simulation';
import { simulationRoutes } from '@/api/contract/simulation';
import {
  cloud,
  currentScenario,
  networkFaults,
  resetCloud,
  setNetworkFaults,
} from '../cloud/instance';
import { CloudError } from '../cloud/errors';
import { isScenarioName, scenarios } from '../scenarios';
import { handle } from './handle';

function simulation(): Simulation {
  return {
    scenario: currentScenario(),
    scenarios: Object.entries(scenarios).map(([name, s]) => ({ name, label: s.label })),
    faults: { ...networkFaults() },
    activationMsPerLicense: cloud().state.settings.activationMsPerLicense,
  };
}

/** The dev toolbar's controls (MC-4). Not part of a real licensing cloud. */
export const simulationHandlers = [
  handle(simulationRoutes.get, simulation),
  handle(simulationRoutes.setFaults, ({ body }) => {
    setNetworkFaults(body);
    return simulation();
  }),
  handle(simulationRoutes.setActivationPace, ({ body }) => {
    cloud().state.settings.activationMsPerLicense = body.activationMsPerLicense;
    return simulation();
  }),
  // R12: the caller's own sessions run out; another client's stay.
  handle(simulationRoutes.expireSessions, ({ cloud: callersCloud }) => {
    callersCloud.expireSessions();
    return simulation();
  }),
  handle(simulationRoutes.reset, ({ body: { scenario } }) => {
    if (!isScenarioName(scenario))
      throw new CloudError(404, 'scenario_not_found', `No scenario called ${scenario}.`);
    // A reset brings back the seed, not the tester's network settings or the job pace.
    const { latencyMs, errorRate } = networkFaults();
    const pace = cloud().state.settings.activationMsPerLicense;
    resetCloud(scenario, { latencyMs, errorRate }).state.settings.activationMsPerLicense = pace;
    return simulation();
  }),
];
