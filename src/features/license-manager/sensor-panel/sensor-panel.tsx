import CloseOutlined from '@mui/icons-material/CloseOutlined';
import OpenInFullOutlined from '@mui/icons-material/OpenInFullOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from 'wouter';
import { fleetQueries } from '@/api/fleet';
import type { Sensor } from '@/api/contract/fleet';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';
import { sensorPageHref } from '@/features/license-manager/sensor-page/sensor-page-url';
import { SensorDetails } from './sensor-details';

interface SensorPanelProps {
  serial: string | null;
  onClose: () => void;
  onAdd: (sensor: Sensor) => void;
  addDisabledReason: string | null;
}

/** One sensor: its license now, the queue with dates (LM-5), and what expiry means (LM-4). */
export function SensorPanel({ serial, onClose, onAdd, addDisabledReason }: SensorPanelProps) {
  const sensor = useQuery({ ...fleetQueries.sensor(serial ?? ''), enabled: serial !== null });
  const t = useText();
  return (
    <Drawer
      anchor="right"
      open={serial !== null}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': 'sensor-panel-title',
          sx: { width: { xs: '100%', sm: 420 } },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', p: 2, pb: 1 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography id="sensor-panel-title" variant="h2" noWrap>
            {sensor.data?.name ?? t('fleet.panel.sensor')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {serial}
          </Typography>
        </Box>
        <IconButton aria-label={t('fleet.panel.close')} onClick={onClose}>
          <CloseOutlined />
        </IconButton>
      </Stack>
      <Box sx={{ p: 2, pt: 1 }}>
        <QueryView
          query={sensor}
          pending={<LinearProgress aria-label={t('fleet.panel.loading')} />}
          errorTitle={t('fleet.panel.loadFailed')}
          lastLoaded={t('fleet.panel.lastLoaded')}
        >
          {(data) => (
            <>
              <SensorDetails sensor={data} onAdd={onAdd} addDisabledReason={addDisabledReason} />
              {/* LM-14: measurements, past alerts and license events on the sensor's own page. */}
              <SensorPageLink serial={data.serial} />
            </>
          )}
        </QueryView>
      </Box>
    </Drawer>
  );
}

/**
 * LM-14: the sensor's own page, keeping the table's search and filters for its way back. Reads the
 * address itself, so a new order or search re-renders this link, not the panel and its drawer.
 */
function SensorPageLink({ serial }: { serial: string }) {
  const t = useText();
  const search = useSearch();
  return (
    <Button
      component={Link}
      href={sensorPageHref(serial, search)}
      startIcon={<OpenInFullOutlined />}
      fullWidth
      sx={{ mt: 1 }}
    >
      {t('fleet.sensorPage.open')}
    </Button>
  );
}
