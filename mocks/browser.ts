import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { cloud, currentScenario, networkFaults, resetCloud, restoreCloud } from './cloud/instance';
import type { CloudState } from './cloud/state';
import { isScenarioName, type NetworkFaults, type ScenarioName } from './scenarios';

/** Realistic timing in the dev browser only; tests and stories run without delay. */
const DEV_LATENCY_MS = 250;
const DEV_ACTIVATION_MS_PER_LICENSE = 2_500;
const STORAGE_KEY = 'license-console:simulated-cloud:v3';

interface SavedCloud {
  state: CloudState;
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
  const saved: SavedCloud = {
    state: cloud().state,
    faults: networkFaults(),
    scenario: currentScenario(),
  };
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
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
    const scenario = isScenarioName(requested) ? requested : 'typical-site';
    const model = resetCloud(
      scenario,
      scenario === 'slow-cloud' ? {} : { latencyMs: DEV_LATENCY_MS },
    );
    model.state.settings.activationMsPerLicense = DEV_ACTIVATION_MS_PER_LICENSE;
    url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
    save();
    return;
  }
  restoreCloud(
    saved.state,
    saved.faults,
    isScenarioName(saved.scenario) ? saved.scenario : 'typical-site',
  );
}

/** Starts the simulated cloud in this tab. */
export async function startMockCloud(): Promise<void> {
  chooseCloud();
  const worker = setupWorker(...handlers);
  worker.events.on('response:mocked', save);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
