import { fleetOfSize } from './cloud/fleet-seed';
import {
  seedCustomerSuccess,
  seedExpiringSoon,
  seedFreshInstall,
  seedLargeSite,
  seedSoftwareUpgrades,
  seedTypicalSite,
} from './cloud/seed';
import { seedLongHistory } from './cloud/seed-long-history';
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

/** LM-8: the typical site with a large, seeded sensor fleet in the License Manager. */
function withFleetOf(sensors: number): () => CloudState {
  return () => {
    const state = seedTypicalSite();
    return { ...state, fleet: fleetOfSize(sensors, state.today) };
  };
}

/** LM-10, LM-11: the typical site with every pool license handed out, so new sensors need a code. */
function withPoolUsedUp(): CloudState {
  const state = seedTypicalSite();
  return { ...state, fleet: { ...state.fleet, pool: [] } };
}

/** Spec MC-3. Chosen with `?scenario=` in the dev browser, `args.scenario` or the toolbar in stories. */
export const scenarios = {
  'typical-site': { label: 'Typical site', seed: seedTypicalSite, faults: {} },
  'fresh-install': { label: 'Fresh install', seed: seedFreshInstall, faults: {} },
  'expiring-soon': { label: 'Expiring soon', seed: seedExpiringSoon, faults: {} },
  'software-upgrades': {
    label: 'Software upgrades (a 3.2 controller)',
    seed: seedSoftwareUpgrades,
    faults: {},
  },
  'customer-success': {
    label: 'Customer Success (a failed segment controller and its replacement)',
    seed: seedCustomerSuccess,
    faults: {},
  },
  'cloud-unreachable': {
    label: 'Cloud unreachable',
    seed: seedTypicalSite,
    faults: { unreachable: true },
  },
  'large-site': {
    label: 'Large site (200 segment controllers)',
    seed: seedLargeSite,
    faults: {},
  },
  'long-history': {
    label: 'Long history (a license with 1,000 events)',
    seed: seedLongHistory,
    faults: {},
  },
  'slow-cloud': { label: 'Slow cloud', seed: seedTypicalSite, faults: { latencyMs: 3_000 } },
  'fleet-onboarding': {
    label: 'Fleet onboarding (pool used up, codes to redeem)',
    seed: withPoolUsedUp,
    faults: {},
  },
  'fleet-1k': { label: 'Fleet of 1,000 sensors', seed: withFleetOf(1_000), faults: {} },
  'large-fleet': { label: 'Large fleet (10,000 sensors)', seed: withFleetOf(10_000), faults: {} },
  'benchmark-fleet': {
    label: 'Benchmark fleet (100,000 sensors)',
    seed: withFleetOf(100_000),
    faults: {},
  },
  'huge-fleet': {
    label: 'Huge fleet (1,000,000 sensors, for the server: npm run mock-server)',
    seed: withFleetOf(1_000_000),
    faults: {},
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(value: string | null | undefined): value is ScenarioName {
  return value != null && Object.hasOwn(scenarios, value);
}
