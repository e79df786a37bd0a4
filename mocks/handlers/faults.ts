import { delay, http, HttpResponse } from 'msw';
import { networkFaults } from '../cloud/instance';

/**
 * Runs before every other handler: adds latency and injects failures, then falls through (by
 * returning nothing) to the handler that owns the route.
 */
export const faultHandlers = [
  http.all('*/api/*', async ({ request }) => {
    // The dev toolbar's own controls always answer, so a tester can switch a fault off again.
    if (new URL(request.url).pathname.includes('/api/dev/')) return undefined;
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
