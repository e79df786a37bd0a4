import { z } from 'zod/mini';
import { networkFaultsSchema } from '@/api/contract/simulation';
import { isScenarioName, type ScenarioName } from '../scenarios';
import {
  cloud,
  currentScenario,
  networkFaults,
  resetCloud,
  restoreCloud,
  setNetworkFaults,
} from './instance';
import type { CloudModel } from './model';
import { SUPPORT_STAFF } from './seed';
import { cloudStateSchema } from './state';

/**
 * The one format a simulated cloud is kept in, by the demo build (in the browser) and by
 * `npm run mock-server -- --data FILE` (R23, R24). It is checked whole before anything is used:
 * a saved cloud is loaded completely or refused with a message, never half-loaded.
 *
 * Versions: 1 is what the dev browser kept in localStorage (`license-console:simulated-cloud:v3`)
 * before the format had a version: `{ state, faults, scenario }`. 2 adds `version`. 3 replaces the
 * one global sign-in per app (`sessionUserId`, `partnerSessionId`, …) with session records (R20).
 * 4 adds the audit trail (`state.audit`), empty for a cloud saved before it. 5 records when a
 * one-time upgrade license was used up (`upgradeUse`, SS-72): none was before. 6 adds the Customer
 * Success console (CS-1 … CS-4): its staff, the licenses it returned, and Remote CMS licenses.
 */
export const SAVED_CLOUD_VERSION = 6;

const scenarioSchema = z.custom<ScenarioName>(
  (value) => typeof value === 'string' && isScenarioName(value),
  'Not a scenario of this version of the simulated cloud.',
);

const savedCloudSchema = z.strictObject({
  version: z.literal(SAVED_CLOUD_VERSION),
  scenario: scenarioSchema,
  faults: z.strictObject(networkFaultsSchema.shape),
  /** Null when the cloud was too large to keep: it continues from its scenario's seed. */
  state: z.nullable(cloudStateSchema),
});
export type SavedCloud = z.infer<typeof savedCloudSchema>;

export type ReadResult =
  { ok: true; saved: SavedCloud; fromVersion: number } | { ok: false; message: string };

/** Each entry turns a saved cloud of that version into the next version. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, version: 2 }),
  2: (old) => ({ ...old, version: 3, state: withSessionRecords(old.state) }),
  3: (old) => ({ ...old, version: 4, state: withAuditTrail(old.state) }),
  4: (old) => ({ ...old, version: 5, state: withUnusedUpgradeLicenses(old.state) }),
  5: (old) => ({ ...old, version: 6, state: withCustomerSuccess(old.state) }),
};

/** Before version 6 there was no Customer Success console: its staff arrive, nothing was returned. */
function withCustomerSuccess(state: unknown): unknown {
  if (!isRecord(state) || !Array.isArray(state.licenses)) return state;
  const licenses: unknown[] = state.licenses;
  return {
    ...state,
    licenses: licenses.map((license) =>
      isRecord(license) ? { ...license, remoteCms: null } : license,
    ),
    supportStaff: SUPPORT_STAFF.map((staff) => ({ ...staff })),
    licenseReturns: [],
  };
}

/** Before version 5 no re-image used a one-time upgrade license up. */
function withUnusedUpgradeLicenses(state: unknown): unknown {
  if (!isRecord(state) || !Array.isArray(state.licenses)) return state;
  const licenses: unknown[] = state.licenses;
  return {
    ...state,
    licenses: licenses.map((license) =>
      isRecord(license) ? { ...license, upgradeUse: null } : license,
    ),
  };
}

/** Nothing was recorded before version 4: the trail starts empty. */
function withAuditTrail(state: unknown): unknown {
  return isRecord(state) ? { ...state, audit: [] } : state;
}

/**
 * Version 2 kept who was signed in to each app as one global field. Version 3 keeps sessions: the
 * migrated cloud has none, so its one local client is again each app's first user (sessions.ts).
 */
function withSessionRecords(state: unknown): unknown {
  if (!isRecord(state)) return state;
  const { sessionUserId, partnerSessionId, customerPortalSessionId, fleet, ...rest } = state;
  void sessionUserId;
  void partnerSessionId;
  void customerPortalSessionId;
  const fleetWithoutSession = isRecord(fleet)
    ? Object.fromEntries(Object.entries(fleet).filter(([key]) => key !== 'sessionUserId'))
    : fleet;
  return { ...rest, fleet: fleetWithoutSession, sessions: {}, localClient: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeProblems(error: z.core.$ZodError): string {
  const [first] = error.issues;
  if (!first) return 'it does not have the expected shape.';
  const where = first.path.length > 0 ? first.path.join('.') : 'the top level';
  const more = error.issues.length - 1;
  return `${where}: ${first.message}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}.`;
}

/** Reads a saved cloud's text, migrating an older version; nothing is loaded here. */
export function readSavedCloud(text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'It is not valid JSON (the file or storage entry is damaged).' };
  }
  if (!isRecord(raw)) return { ok: false, message: 'It is not a saved simulated cloud.' };
  const fromVersion = raw.version ?? 1;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    return { ok: false, message: `Its version (${String(fromVersion)}) is not a version number.` };
  }
  if (fromVersion > SAVED_CLOUD_VERSION) {
    return {
      ok: false,
      message: `It was saved in format version ${fromVersion} by a newer simulated cloud; this one reads versions 1 to ${SAVED_CLOUD_VERSION}.`,
    };
  }
  let migrated = raw;
  for (let version = fromVersion; version < SAVED_CLOUD_VERSION; version += 1) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, message: `Version ${version} cannot be migrated.` };
    migrated = migrate(migrated);
  }
  const parsed = savedCloudSchema.safeParse(migrated);
  if (!parsed.success) {
    const version =
      fromVersion === SAVED_CLOUD_VERSION ? '' : ` (after migration from version ${fromVersion})`;
    return {
      ok: false,
      message: `It does not match the format${version}: ${describeProblems(parsed.error)}`,
    };
  }
  return { ok: true, saved: parsed.data, fromVersion };
}

/** The simulated cloud of this realm as it is now, ready to be written. */
function currentSavedCloud({ maxSensors = Infinity } = {}): SavedCloud {
  const { state } = cloud();
  return {
    version: SAVED_CLOUD_VERSION,
    scenario: currentScenario(),
    faults: { ...networkFaults() },
    state: state.fleet.sensors.length > maxSensors ? null : state,
  };
}

export function serializeCloud(options: { maxSensors?: number } = {}): string {
  return JSON.stringify(currentSavedCloud(options));
}

/** Makes a checked saved cloud the simulated cloud of this realm. */
export function restoreSavedCloud(saved: SavedCloud): CloudModel {
  if (saved.state) return restoreCloud(saved.state, saved.faults, saved.scenario);
  const model = resetCloud(saved.scenario);
  setNetworkFaults(saved.faults);
  return model;
}
