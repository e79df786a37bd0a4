import { useState } from 'react';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders } from './app-providers';
import { AppShell } from './app-shell';
import { PageHeader } from '@/components/page-header';
import { useText } from '@/lib/i18n';

/**
 * Painted at once on a cold load, while the simulated cloud starts: the shell, its content greyed.
 * At `/` the dashboard's own title stands in place from the first paint (its words are in the first
 * load): the page's largest text does not wait for the cloud (P2's largest contentful paint).
 */
export function ShellSkeleton({ path }: { path: string }) {
  const [queryClient] = useState(() => createQueryClient());
  return (
    <AppProviders queryClient={queryClient}>
      <AppShell identity={<Skeleton variant="rounded" width={120} height={32} />}>
        <ContentSkeleton atDashboard={path === '/'} />
      </AppShell>
    </AppProviders>
  );
}

/** The page's place while it loads: a heading, a line and a panel, greyed. */
function ContentSkeleton({ atDashboard }: { atDashboard: boolean }) {
  const t = useText();
  return (
    <Stack spacing={2} role="status" aria-busy="true" aria-label={t('shell.loadingConsole')}>
      {atDashboard ? (
        <PageHeader title={t('dashboard.page.title')} subtitle={<Skeleton width={320} />} />
      ) : (
        <Skeleton variant="text" width={260} sx={{ fontSize: '1.75rem' }} />
      )}
      <Skeleton variant="text" width={320} />
      <Skeleton variant="rounded" height={240} />
    </Stack>
  );
}
