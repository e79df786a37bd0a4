import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LicensesLeft as LicensesLeftData } from '@/api/contract/fleet';

/** LM-2: "Licenses left: N", with each key that still has some. */
export function LicensesLeft({ data }: { data: LicensesLeftData | undefined }) {
  const keys = data?.keys.filter((k) => k.available > 0) ?? [];
  return (
    <Stack role="status" aria-live="polite" sx={{ minWidth: 180 }}>
      <Typography variant="h2" component="p">
        Licenses left:{' '}
        {data ? (
          data.licensesLeft.toLocaleString('en')
        ) : (
          <Skeleton width={32} sx={{ display: 'inline-block' }} />
        )}
      </Typography>
      {/* Two lines kept for the keys, so the buttons below do not move when they load. */}
      <Typography variant="caption" color="text.secondary" sx={{ minHeight: '3.32em' }}>
        {!data
          ? '\u00a0'
          : keys.length === 0
            ? 'The pool is empty: add an Activation Code.'
            : keys.map((k) => `${k.id} × ${k.available} (${k.durationMonths} mo)`).join(' · ')}
      </Typography>
    </Stack>
  );
}
