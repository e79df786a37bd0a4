import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resetCloud } from './cloud/instance';
import { isScenarioName } from './scenarios';

/** Realistic answer time in the dev browser only; tests and stories run without delay. */
const DEV_LATENCY_MS = 250;

/** Starts the simulated cloud in this tab: `?scenario=fresh-install` picks a seed (MC-3). */
export async function startMockCloud(): Promise<void> {
  const requested = new URLSearchParams(window.location.search).get('scenario');
  const scenario = isScenarioName(requested) ? requested : 'typical-site';
  resetCloud(scenario, scenario === 'slow-cloud' ? {} : { latencyMs: DEV_LATENCY_MS });
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
