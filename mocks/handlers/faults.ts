import { delay, http, HttpResponse } from 'msw';
import { networkFaults } from '../cloud/instance';

/**
 * Runs before every other handler: adds latency and injects failures, then falls through (by
 * returning nothing) to the handler that owns the route.
 */
export const faultHandlers = [
  http.all('*/api/*', async () => {
    const faults = networkFaults();
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (faults.unreachable) return HttpResponse.error();
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
      return HttpResponse.json(
        { code: 'injected_fault', message: 'Injected server error' },
        { status: 500 },
      );
    }
    return undefined;
  }),
];
