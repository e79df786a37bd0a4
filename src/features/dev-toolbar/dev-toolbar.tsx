import { useState } from 'react';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Divider from '@mui/material/Divider';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { simulationQueries } from '@/api/simulation';
import { ClockControls } from './clock-controls';
import { NetworkControls } from './network-controls';
import { ScenarioControls } from './scenario-controls';
import { SessionControls } from './session-controls';
import { useText } from '@/lib/i18n';

const PANEL_ID = 'dev-toolbar-panel';

/**
 * MC-4: the simulated cloud's controls, in mock mode only. Its state lives in the cloud, not here.
 * The button sits in the top bar and the panel drops below it, beneath dialogs, so neither covers
 * a table's last rows or a dialog's own buttons.
 */
export function DevToolbar() {
  const t = useText();
  const [open, setOpen] = useState(false);
  const simulation = useQuery({ ...simulationQueries.current(), enabled: open });
  // Below xl the top bar holds five area tabs beside it: the button keeps only its icon.
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('xl'));
  const toggle = {
    color: 'inherit',
    'aria-expanded': open,
    'aria-controls': open ? PANEL_ID : undefined,
    onClick: () => setOpen((wasOpen) => !wasOpen),
  } as const;

  return (
    <>
      {compact ? (
        <Tooltip title={t('simulation.button')}>
          <IconButton {...toggle} aria-label={t('simulation.button')}>
            <ScienceOutlined />
          </IconButton>
        </Tooltip>
      ) : (
        <Button {...toggle} startIcon={<ScienceOutlined />} sx={{ textTransform: 'none' }}>
          {t('simulation.button')}
        </Button>
      )}
      {open && (
        <Paper
          id={PANEL_ID}
          role="region"
          aria-label={t('simulation.panel')}
          elevation={8}
          sx={{
            position: 'fixed',
            right: { xs: 8, sm: 16 },
            top: { xs: 64, sm: 72 },
            width: 420,
            maxWidth: 'calc(100vw - 16px)',
            maxHeight: 'calc(100vh - 80px)',
            overflowY: 'auto',
            p: 2,
            zIndex: (theme) => theme.zIndex.speedDial,
          }}
        >
          <Stack
            direction="row"
            sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}
          >
            <Typography variant="h3" component="h2">
              {t('simulation.title')}
            </Typography>
            <IconButton
              aria-label={t('simulation.close')}
              onClick={() => setOpen(false)}
              size="small"
            >
              <CloseOutlined fontSize="small" />
            </IconButton>
          </Stack>
          <Stack spacing={2} divider={<Divider flexItem />}>
            <ClockControls />
            <SessionControls />
            {simulation.isPending && (
              <Stack role="status" aria-busy="true" aria-label={t('simulation.loading')}>
                <Skeleton variant="rounded" height={72} />
                <Skeleton variant="rounded" height={120} sx={{ mt: 2 }} />
              </Stack>
            )}
            {simulation.data && (
              <ScenarioControls key={simulation.data.scenario} simulation={simulation.data} />
            )}
            {simulation.data && <NetworkControls faults={simulation.data.faults} />}
          </Stack>
        </Paper>
      )}
    </>
  );
}
