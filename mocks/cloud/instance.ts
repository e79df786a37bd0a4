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

/** The cloud each request in flight was sent to, by MSW's request id. */
const cloudWhenSent = new Map<string, CloudModel>();

/**
 * A request is answered by the cloud it was sent to, even when a reset comes before its answer
 * (Node test files share one realm): one a test's own handler held back would otherwise change
 * the fresh cloud of the next test.
 */
export function rememberCloudOf(requestId: string): void {
  cloudWhenSent.set(requestId, model);
}

export function forgetCloudOf(requestId: string): void {
  cloudWhenSent.delete(requestId);
}

/** The cloud a request was sent to; the current one for a request not remembered. */
export function cloudOf(requestId: string | undefined): CloudModel {
  return (requestId === undefined ? undefined : cloudWhenSent.get(requestId)) ?? model;
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
