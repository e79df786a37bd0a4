import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DeviceStateChip } from './device-state-chip';
import { DEVICE_STATE_INFO, DEVICE_STATES, type DeviceStateCounts } from './device-states';
import { useDates, useText } from '@/lib/i18n';

interface DeviceStateLegendProps {
  controllerName: string;
  counts: DeviceStateCounts;
}

/** SS-42: what each color means, with how many devices of the segment controller are in it. */
export function DeviceStateLegend({ controllerName, counts }: DeviceStateLegendProps) {
  const t = useText();
  const dates = useDates();
  return (
    <Box
      component="ul"
      aria-label={t('dashboard.devices.legendLabel', { controller: controllerName })}
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' },
      }}
    >
      {DEVICE_STATES.map((state) => (
        <Box
          component="li"
          key={state}
          sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 2 }}
        >
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <DeviceStateChip state={state} />
            <Typography component="span" sx={{ fontSize: '1.25rem', fontWeight: 600 }}>
              {dates.number(counts[state])}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75 }}>
            {t(DEVICE_STATE_INFO[state].description)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
