import { useState } from 'react';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { AppShell } from './app-shell';

export function App() {
  const [queryClient] = useState(() => createQueryClient());
  return (
    <AppProviders queryClient={queryClient}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </AppProviders>
  );
}
