import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useText } from '@/lib/i18n';

/** The panel's shape while it loads, so nothing jumps when the devices arrive. */
export function DevicesPanelSkeleton() {
  const t = useText();
  return (
    <Stack
      spacing={2}
      role="progressbar"
      aria-busy="true"
      aria-label={t('dashboard.devices.loading')}
    >
      <Skeleton variant="rounded" height={40} width={420} />
      <Box
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } }}
      >
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={84} />
        ))}
      </Box>
      <Skeleton variant="rounded" height={36} />
      <Skeleton variant="rounded" height={380} />
    </Stack>
  );
}
