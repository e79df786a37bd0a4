import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FleetOverview } from '@/api/contract/fleet';
import type { SensorStatus } from '@/domain/fleet';
import { useText, type MessageId } from '@/lib/i18n';

const NEEDS_ATTENTION: readonly { status: SensorStatus; text: MessageId }[] = [
  { status: 'expiring', text: 'fleet.summary.expiring' },
  { status: 'expired', text: 'fleet.summary.expired' },
  { status: 'unlicensed', text: 'fleet.summary.unlicensed' },
];

/** What needs a license soon; each figure filters the table to those sensors. */
export function FleetSummary({
  overview,
  onShow,
}: {
  overview: FleetOverview;
  onShow: (status: SensorStatus) => void;
}) {
  const t = useText();
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {t('fleet.summary.sensors', { count: overview.fleetSize })}
      </Typography>
      {NEEDS_ATTENTION.map(({ status, text }) => (
        <Typography key={status} variant="body2" color="text.secondary">
          <Link component="button" variant="body2" onClick={() => onShow(status)}>
            {t(text, { count: overview.counts[status] })}
          </Link>
        </Typography>
      ))}
    </Stack>
  );
}
