import { NO_FAULTS, scenarios, type NetworkFaults, type ScenarioName } from '../scenarios';
import { CloudModel } from './model';
import type { CloudState } from './state';

/** The one simulated cloud of this JavaScript realm (dev browser, a Node test file, or Storybook). */
let model = new CloudModel(scenarios['typical-site'].seed());
let faults: NetworkFaults = { ...NO_FAULTS };
let scenarioName: ScenarioName = 'typical-site';
/**
 * R20: whether a request without credentials is refused (401) rather than taken for the one local
 * client. The page's own cloud, Node tests and stories have a single client, which never has to
 * sign in; the HTTP server has many, so there a client must sign in first. Its bundle sets this
 * (vite.mock-server.config.ts); a test may switch it for a case.
 */
let signInRequired = import.meta.env.CLOUD_SIGN_IN_REQUIRED === 'true';

export function cloud(): CloudModel {
  return model;
}

export function networkFaults(): NetworkFaults {
  return faults;
}

export function currentScenario(): ScenarioName {
  return scenarioName;
}

export function isSignInRequired(): boolean {
  return signInRequired;
}

export function requireSignIn(required: boolean): void {
  signInRequired = required;
}

/** The dev toolbar's network settings (MC-4). */
export function setNetworkFaults(next: NetworkFaults): void {
  faults = { ...next };
}

/** Back to a scenario's seed: tests and stories call this before each case. */
export function resetCloud(
  scenario: ScenarioName = 'typical-site',
  extraFaults: Partial<NetworkFaults> = {},
): CloudModel {
  const chosen = scenarios[scenario];
  scenarioName = scenario;
  model = new CloudModel(chosen.seed());
  faults = { ...NO_FAULTS, ...chosen.faults, ...extraFaults };
  return model;
}

/** Continues from a saved state (the dev browser keeps its cloud across reloads, MC-4). */
export function restoreCloud(
  state: CloudState,
  savedFaults: NetworkFaults,
  scenario: ScenarioName,
): CloudModel {
  scenarioName = scenario;
  model = new CloudModel(state);
  faults = { ...NO_FAULTS, ...savedFaults };
  return model;
}
