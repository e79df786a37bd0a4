import { useState } from 'react';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders } from './app-providers';
import { AppShell } from './app-shell';
import { useText } from '@/lib/i18n';

/** Painted at once on a cold load, while the simulated cloud starts: the shell, its content greyed. */
export function ShellSkeleton() {
  const [queryClient] = useState(() => createQueryClient());
  return (
    <AppProviders queryClient={queryClient}>
      <AppShell identity={<Skeleton variant="rounded" width={120} height={32} />}>
        <ContentSkeleton />
      </AppShell>
    </AppProviders>
  );
}

/** The page's place while it loads: a heading, a line and a panel, greyed. */
function ContentSkeleton() {
  const t = useText();
  return (
    <Stack spacing={2} role="status" aria-busy="true" aria-label={t('shell.loadingConsole')}>
      <Skeleton variant="text" width={260} sx={{ fontSize: '1.75rem' }} />
      <Skeleton variant="text" width={320} />
      <Skeleton variant="rounded" height={240} />
    </Stack>
  );
}
