import { Suspense, useState } from 'react';
import Box from '@mui/material/Box';
import { preloadable } from '@/lib/preloadable';
import { createQueryClient } from '@/lib/query-client';
import { UrlSearchProvider } from '@/lib/url-search-store';
import { useRefetchOnCloudChange } from '@/lib/use-cloud-changes';
import { AppErrorBoundary } from './app-error-boundary';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { AppShell } from './app-shell';
import { SessionExpiredDialog } from './session-expired-dialog';

// Checked on the raw variable so a build with an API URL drops the toolbar's chunk entirely.
const SIMULATED_CLOUD = !import.meta.env.VITE_API_URL;
// Its words come with its code (preloadable): a build for a real cloud carries neither.
const DevToolbar = SIMULATED_CLOUD
  ? preloadable(() => import('@/features/dev-toolbar/dev-toolbar').then((m) => m.DevToolbar))
      .Component
  : null;

export function App() {
  const [queryClient] = useState(() => createQueryClient());
  useRefetchOnCloudChange(queryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <UrlSearchProvider>
        <AppShell
          simulation={
            DevToolbar && (
              // Its button's room is kept while the code loads, so its arrival moves nothing (CLS 0, R16).
              <Suspense
                fallback={<Box aria-hidden sx={{ width: 40, height: 40, flexShrink: 0 }} />}
              >
                <DevToolbar />
              </Suspense>
            )
          }
        >
          <AppErrorBoundary>
            <AppRoutes />
          </AppErrorBoundary>
        </AppShell>
        <SessionExpiredDialog />
      </UrlSearchProvider>
    </AppProviders>
  );
}
