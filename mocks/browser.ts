import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import {
  cloud,
  currentScenario,
  networkFaults,
  resetCloud,
  restoreCloud,
  setNetworkFaults,
} from './cloud/instance';
import type { CloudState } from './cloud/state';
import { isScenarioName, type NetworkFaults, type ScenarioName } from './scenarios';

/**
 * Realistic timing in the dev browser and the demo build; tests and stories run without delay.
 * The end-to-end build sets both to 0 (`VITE_SIMULATED_LATENCY_MS`, `VITE_SIMULATED_ACTIVATION_MS`)
 * so no journey depends on how fast the machine is; a test about timing sets its own in the URL.
 */
const DEV_LATENCY_MS = timingFromEnv(import.meta.env.VITE_SIMULATED_LATENCY_MS, 250);
const DEV_ACTIVATION_MS_PER_LICENSE = timingFromEnv(
  import.meta.env.VITE_SIMULATED_ACTIVATION_MS,
  2_500,
);
const STORAGE_KEY = 'license-console:simulated-cloud:v3';

/** Beyond this many sensors the cloud is not kept across reloads: it would not fit localStorage. */
const MAX_SAVED_SENSORS = 20_000;
const SAVE_DELAY_MS = 300;

function timingFromEnv(value: string | undefined, fallback: number): number {
  const ms = Number(value ?? 'NaN');
  return Number.isInteger(ms) && ms >= 0 ? ms : fallback;
}

interface SavedCloud {
  /** Null when the cloud was too large to keep: a reload starts its scenario afresh. */
  state: CloudState | null;
  faults: NetworkFaults;
  scenario: ScenarioName;
}

function load(): SavedCloud | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as SavedCloud) : null;
  } catch {
    return null;
  }
}

function save(): void {
  const { state } = cloud();
  const saved: SavedCloud = {
    state: state.fleet.sensors.length > MAX_SAVED_SENSORS ? null : state,
    faults: networkFaults(),
    scenario: currentScenario(),
  };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Over the storage quota: keep the scenario and settings, start its data afresh on reload.
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, state: null }));
  }
}

let pendingSave: number | undefined;

/** Saves once after a burst of responses (a scrolled table asks for many pages). */
function saveSoon(): void {
  window.clearTimeout(pendingSave);
  pendingSave = window.setTimeout(save, SAVE_DELAY_MS);
}

function startScenario(scenario: ScenarioName): void {
  const model = resetCloud(
    scenario,
    scenario === 'slow-cloud' ? {} : { latencyMs: DEV_LATENCY_MS },
  );
  model.state.settings.activationMsPerLicense = DEV_ACTIVATION_MS_PER_LICENSE;
}

/**
 * `?scenario=NAME` starts that seed afresh (MC-3) and is then removed from the address, so a reload
 * continues where the cloud was; without it the saved cloud continues, else the typical site.
 */
function chooseCloud(): void {
  const url = new URL(window.location.href);
  const requested = url.searchParams.get('scenario');
  const saved = load();
  if (isScenarioName(requested) || !saved) {
    startScenario(isScenarioName(requested) ? requested : 'typical-site');
    url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
    save();
    return;
  }
  const scenario = isScenarioName(saved.scenario) ? saved.scenario : 'typical-site';
  if (saved.state === null) {
    startScenario(scenario);
    setNetworkFaults(saved.faults);
    return;
  }
  restoreCloud(saved.state, saved.faults, scenario);
}

/** Reads and removes a whole, non-negative number of milliseconds from the address. */
function takeMsParam(name: string): number | undefined {
  const url = new URL(window.location.href);
  const ms = Number(url.searchParams.get(name) ?? 'NaN');
  if (!Number.isInteger(ms) || ms < 0) return undefined;
  url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
  return ms;
}

/**
 * `?latency=MS` overrides the simulated latency (the benchmark measures the app, not a delay);
 * `?activation-ms=MS` the time an activation job takes per license (a test holds a job running).
 */
function applyTimingParams(): void {
  const latency = takeMsParam('latency');
  if (latency !== undefined) setNetworkFaults({ ...networkFaults(), latencyMs: latency });
  const activationMs = takeMsParam('activation-ms');
  if (activationMs !== undefined) cloud().state.settings.activationMsPerLicense = activationMs;
}

/** Starts the simulated cloud in this tab. */
export async function startMockCloud(): Promise<void> {
  chooseCloud();
  applyTimingParams();
  const worker = setupWorker(...handlers);
  worker.events.on('response:mocked', saveSoon);
  window.addEventListener('pagehide', save);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
