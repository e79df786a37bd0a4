import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetCloud } from '../mocks/cloud/instance';
import { server } from '../mocks/node';

// A loaded 2-core CI machine can take over a second to render a page in jsdom; waits stay
// event-driven, this only moves the point where a missing element counts as a failure.
configure({ asyncUtilTimeout: 5_000 });

// Every request must hit a real handler of the simulated cloud: a missing one fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetCloud();
  // A fresh browser session: Manage Licenses may open by itself again (SS-2).
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
