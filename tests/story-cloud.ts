import type { Args, ArgTypes, Globals } from 'storybook/internal/types';
import { cmsRoleSchema, type CmsRole } from '@/api/contract/session';
import { fleetOfSize } from '@mocks/cloud/fleet-seed';
import { cloud, networkFaults, resetCloud, restoreCloud } from '@mocks/cloud/instance';
import { isScenarioName, scenarios, type ScenarioName } from '@mocks/scenarios';
import { inspect } from '@tests/builders';

/**
 * How the simulated cloud starts for a story: args, so a designer changes them in the Controls
 * panel and a story sets them with `args: { scenario: 'fresh-install' }`.
 */
export interface CloudArgs {
  /** A seed plus network faults from mocks/scenarios.ts. Default: `typical-site`. */
  scenario?: ScenarioName;
  /** Signs the CMS session in as the seed's first user of this type. Default: the Owner. */
  role?: CmsRole;
  /** Milliseconds added to every answer of the cloud, instead of the scenario's own. */
  latencyMs?: number;
  /** Replaces the License Manager's fleet with this many generated sensors (LM-8). */
  fleetSize?: number;
}

const SCENARIO_NAMES = Object.keys(scenarios).filter(isScenarioName);

/** The Controls panel for `CloudArgs`; spread into a story file's `argTypes`. */
export const cloudArgTypes = {
  scenario: {
    control: 'select',
    options: SCENARIO_NAMES,
    description: 'The simulated cloud’s seed and network faults.',
    table: { category: 'Simulated cloud' },
  },
  role: {
    control: 'inline-radio',
    options: cmsRoleSchema.options,
    description: 'Who is signed in to the CMS.',
    table: { category: 'Simulated cloud' },
  },
  latencyMs: {
    control: { type: 'range', min: 0, max: 5_000, step: 250 },
    description: 'Milliseconds added to every answer.',
    table: { category: 'Simulated cloud' },
  },
  fleetSize: {
    control: 'select',
    options: [25, 1_000, 10_000],
    description: 'Sensors in the License Manager’s fleet.',
    table: { category: 'Simulated cloud' },
  },
} satisfies ArgTypes<CloudArgs>;

/** The toolbar's choice that leaves a story's own scenario or role in force. */
export const STORY_OWN = 'story';

const roleOf = (value: unknown) => cmsRoleSchema.safeParse(value).data;
const numberOf = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * Resets the simulated cloud for a story: the toolbar's scenario and role when one is chosen
 * there, else the story's args (`CloudArgs`; Storybook hands them over untyped).
 */
export function startStoryCloud(args: Args, globals: Globals): void {
  const scenario = [globals.scenario, args.scenario].find(isScenarioName) ?? 'typical-site';
  const role = roleOf(globals.role) ?? roleOf(args.role);
  const latencyMs = numberOf(args.latencyMs);
  const fleetSize = numberOf(args.fleetSize);
  const seeded = resetCloud(scenario, latencyMs === undefined ? {} : { latencyMs });
  const model =
    fleetSize === undefined
      ? seeded
      : restoreCloud(
          { ...seeded.state, fleet: fleetOfSize(fleetSize, seeded.state.today) },
          networkFaults(),
          scenario,
        );
  if (role) model.signInAs(role);
}

/** A small seeded generator (mulberry32): the same numbers in the same order for every story. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The IDs the simulated cloud makes while a story runs (a transfer's new License IDs, a license
 * file's ID) come out the same every time, so a story's screenshot is the same on every run. They
 * still look like the random version-4 UUIDs the real cloud gives. Returns the undo.
 */
export function repeatableIds(): () => void {
  const next = seededRandom(2026);
  const hex = (count: number) =>
    Array.from({ length: count }, () => Math.floor(next() * 16).toString(16)).join('');
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}` as const;
  const own = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
  Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: uuid });
  return () => {
    if (own) Object.defineProperty(crypto, 'randomUUID', own);
    else Reflect.deleteProperty(crypto, 'randomUUID');
  };
}

/** Signs the Partner Portal in as one of the seed's partners, by name. */
export function signInPartner(name = 'Northwind Controls'): void {
  const partner = inspect().partners.find((p) => p.name === name);
  if (!partner) throw new Error(`No partner ${name} in the seed`);
  cloud().signInPartner(partner.id);
}
