import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { loadAreaWords, loadCatalog } from '@/lib/i18n/catalogs/load';
import { loadThemeFor } from '@/lib/theme';
import { requireSignIn, resetCloud } from '../mocks/cloud/instance';
import { server } from '../mocks/node';
import { TIMEOUTS } from './timeouts';

configure({ asyncUtilTimeout: TIMEOUTS.elementWait });

// The app fetches German (its words and MUI's) when it is chosen, and an on-demand area's English
// words with its code; Testing Library renders inside a synchronous act(), where a render that waits
// for them would never resume, and a test renders an area's views without its loader. All arrive
// before any test.
beforeAll(() => Promise.all([loadCatalog('de'), loadThemeFor('de'), loadAreaWords()]));

// Every request must hit a real handler of the simulated cloud: a missing one fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetCloud();
  // The test is the cloud's one client, signed in as the seed's first users (a case may require
  // a sign-in, as the HTTP server does).
  requireSignIn(false);
  // A fresh browser session: Manage Licenses may open by itself again (SS-2). Files that start
  // with `// @vitest-environment node` (a server over real HTTP) have no window.
  if (typeof window !== 'undefined') window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
