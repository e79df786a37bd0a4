import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LicensesLeft as LicensesLeftData } from '@/api/contract/fleet';
import { Message, useDates, useText } from '@/lib/i18n';

/** LM-2: "Licenses left: N", with each key that still has some. */
export function LicensesLeft({ data }: { data: LicensesLeftData | undefined }) {
  const t = useText();
  const dates = useDates();
  const keys = data?.keys.filter((k) => k.available > 0) ?? [];
  return (
    <Stack role="status" aria-live="polite" sx={{ minWidth: 180 }}>
      <Typography variant="h2" component="p">
        <Message
          id="fleet.licensesLeft.title"
          values={{
            count: data ? (
              dates.number(data.licensesLeft)
            ) : (
              <Skeleton width={32} sx={{ display: 'inline-block' }} />
            ),
          }}
        />
      </Typography>
      {/* Two lines kept for the keys, so the buttons below do not move when they load. */}
      <Typography variant="caption" color="text.secondary" sx={{ minHeight: '3.32em' }}>
        {!data
          ? '\u00a0'
          : keys.length === 0
            ? t('fleet.licensesLeft.poolEmpty')
            : keys
                .map((k) =>
                  t('fleet.licensesLeft.key', {
                    key: k.id,
                    available: k.available,
                    months: k.durationMonths,
                  }),
                )
                .join(' · ')}
      </Typography>
    </Stack>
  );
}
