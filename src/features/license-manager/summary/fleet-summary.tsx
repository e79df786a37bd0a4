import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FleetOverview } from '@/api/contract/fleet';
import type { SensorStatus } from '@/domain/fleet';

const NEEDS_ATTENTION: readonly { status: SensorStatus; text: string }[] = [
  { status: 'expiring', text: 'expire within 30 days' },
  { status: 'expired', text: 'expired' },
  { status: 'unlicensed', text: 'without a license' },
];

/** What needs a license soon; each figure filters the table to those sensors. */
export function FleetSummary({
  overview,
  onShow,
}: {
  overview: FleetOverview;
  onShow: (status: SensorStatus) => void;
}) {
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {overview.fleetSize.toLocaleString('en')} sensors
      </Typography>
      {NEEDS_ATTENTION.map(({ status, text }) => (
        <Typography key={status} variant="body2" color="text.secondary">
          <Link component="button" variant="body2" onClick={() => onShow(status)}>
            {overview.counts[status].toLocaleString('en')} {text}
          </Link>
        </Typography>
      ))}
    </Stack>
  );
}
