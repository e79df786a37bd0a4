import { http } from 'msw';
import {
  activationPaceSchema,
  networkFaultsSchema,
  resetSimulationBodySchema,
  type Simulation,
} from '@/api/contract/simulation';
import {
  cloud,
  currentScenario,
  networkFaults,
  resetCloud,
  setNetworkFaults,
} from '../cloud/instance';
import { CloudError } from '../cloud/errors';
import { cloudFor } from './caller';
import { isScenarioName, scenarios } from '../scenarios';
import { readBody } from './request';
import { respond } from './respond';

function simulation(): Simulation {
  return {
    scenario: currentScenario(),
    scenarios: Object.entries(scenarios).map(([name, s]) => ({ name, label: s.label })),
    faults: { ...networkFaults() },
    activationMsPerLicense: cloud().state.settings.activationMsPerLicense,
  };
}

/** The dev toolbar's controls (MC-4). Not part of the licensing cloud's contract. */
export const simulationHandlers = [
  http.get('*/api/dev/simulation', () => respond(simulation)),
  http.put('*/api/dev/faults', ({ request }) =>
    respond(async () => {
      setNetworkFaults(await readBody(request, networkFaultsSchema));
      return simulation();
    }),
  ),
  http.put('*/api/dev/activation-pace', ({ request }) =>
    respond(async () => {
      const { activationMsPerLicense } = await readBody(request, activationPaceSchema);
      cloud().state.settings.activationMsPerLicense = activationMsPerLicense;
      return simulation();
    }),
  ),
  // R12: the caller's own sessions run out; another client's stay.
  http.post('*/api/dev/session/expire', ({ request }) =>
    respond(() => {
      cloudFor(request).expireSessions();
      return simulation();
    }),
  ),
  http.post('*/api/dev/reset', ({ request }) =>
    respond(async () => {
      const { scenario } = await readBody(request, resetSimulationBodySchema);
      if (!isScenarioName(scenario))
        throw new CloudError(404, 'scenario_not_found', `No scenario called ${scenario}.`);
      // A reset brings back the seed, not the tester's network settings or the job pace.
      const { latencyMs, errorRate } = networkFaults();
      const pace = cloud().state.settings.activationMsPerLicense;
      resetCloud(scenario, { latencyMs, errorRate }).state.settings.activationMsPerLicense = pace;
      return simulation();
    }),
  ),
];
