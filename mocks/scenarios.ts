import { seedExpiringSoon, seedFreshInstall, seedTypicalSite } from './cloud/seed';
import type { CloudState } from './cloud/state';

/** How the simulated network behaves, on top of what the model answers. */
export interface NetworkFaults {
  // Kept in step with src/api/simulation.ts networkFaultsSchema, which the dev toolbar sends.
  /** Added to every response. */
  latencyMs: number;
  /** Share of requests (0–1) that fail with a 500. */
  errorRate: number;
  /** Every request fails as if there were no network. */
  unreachable: boolean;
}

export const NO_FAULTS: NetworkFaults = { latencyMs: 0, errorRate: 0, unreachable: false };

interface Scenario {
  label: string;
  seed: () => CloudState;
  faults: Partial<NetworkFaults>;
}

/** Spec MC-3. Chosen with `?scenario=` in the dev browser, `parameters.cloud` in stories. */
export const scenarios = {
  'typical-site': { label: 'Typical site', seed: seedTypicalSite, faults: {} },
  'fresh-install': { label: 'Fresh install', seed: seedFreshInstall, faults: {} },
  'expiring-soon': { label: 'Expiring soon', seed: seedExpiringSoon, faults: {} },
  'cloud-unreachable': {
    label: 'Cloud unreachable',
    seed: seedTypicalSite,
    faults: { unreachable: true },
  },
  'slow-cloud': { label: 'Slow cloud', seed: seedTypicalSite, faults: { latencyMs: 3_000 } },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(value: string | null | undefined): value is ScenarioName {
  return value != null && Object.hasOwn(scenarios, value);
}
