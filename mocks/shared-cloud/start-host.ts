import { createCloudHost, type CloudHost } from './cloud-host';
import { openIndexedDbStore, unavailableStore } from './idb-store';

/**
 * Realistic timing in the dev browser and the demo build; tests and stories run without delay.
 * The end-to-end build sets both to 0 (`VITE_SIMULATED_LATENCY_MS`, `VITE_SIMULATED_ACTIVATION_MS`)
 * so no journey depends on how fast the machine is; a test about timing sets its own in the URL.
 */
function timingFromEnv(value: string | undefined, fallback: number): number {
  const ms = Number(value ?? 'NaN');
  return Number.isInteger(ms) && ms >= 0 ? ms : fallback;
}

/** The browser's one simulated cloud, in the SharedWorker (or in the tab where there is none). */
export async function startBrowserCloudHost(): Promise<CloudHost> {
  const store = await openIndexedDbStore().catch((error: unknown) => {
    console.error('IndexedDB is not available: the simulated cloud is not kept', error);
    return unavailableStore;
  });
  return createCloudHost(store, {
    latencyMs: timingFromEnv(import.meta.env.VITE_SIMULATED_LATENCY_MS, 250),
    activationMsPerLicense: timingFromEnv(import.meta.env.VITE_SIMULATED_ACTIVATION_MS, 2_500),
    // 100,000 sensors would take seconds to save after every change (LM-8's benchmark fleet).
    maxSavedSensors: 20_000,
  });
}
