import { delay, http, HttpResponse } from 'msw';
import { networkFaults } from '../cloud/instance';

/**
 * Runs before every other handler: adds latency and injects failures, then falls through (by
 * returning nothing) to the handler that owns the route.
 */
export const faultHandlers = [
  http.all('*/api/*', async ({ request }) => {
    const { pathname } = new URL(request.url);
    // Only the cloud's API: in the dev server `/src/api/*.ts` modules match `*/api/*` too, and
    // an "unreachable" cloud must not stop the app's own code from loading.
    if (!pathname.startsWith('/api/')) return undefined;
    // The dev toolbar's own controls always answer, so a tester can switch a fault off again.
    if (pathname.startsWith('/api/dev/')) return undefined;
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
