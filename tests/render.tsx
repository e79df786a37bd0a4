import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppProviders } from '@/app/app-providers';
import { createQueryClient } from '@/lib/query-client';
import { UrlSearchProvider } from '@/lib/url-search-store';

/** English, ISO dates and the server's zone, whatever the machine running the tests is set to. */
const TEST_LANGUAGE = { locale: 'en', dateStyle: 'iso', timeZone: 'UTC' } as const;

/**
 * Renders a screen as the app does: fresh QueryClient (without retries unless asked), the theme, and an in-memory
 * URL (`/path?query`) whose changes the test can read back.
 */
export function renderWithApp(
  ui: ReactElement,
  { url = '/', retry = false }: { url?: string; retry?: boolean } = {},
) {
  const [path = '/', search = ''] = url.split('?');
  const location = memoryLocation({ path, searchPath: search, record: true });
  const queryClient = createQueryClient({ retry });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} language={TEST_LANGUAGE}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <UrlSearchProvider>{ui}</UrlSearchProvider>
      </Router>
    </AppProviders>,
  );
  return { ...view, user, queryClient, location };
}
