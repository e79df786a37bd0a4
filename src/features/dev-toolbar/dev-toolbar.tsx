import { useState } from 'react';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Divider from '@mui/material/Divider';
import Fab from '@mui/material/Fab';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { simulationQueries } from '@/api/simulation';
import { ClockControls } from './clock-controls';
import { NetworkControls } from './network-controls';
import { ScenarioControls } from './scenario-controls';
import { SessionControls } from './session-controls';

const PANEL_ID = 'dev-toolbar-panel';

/**
 * MC-4: the simulated cloud's controls, in mock mode only. Its state lives in the cloud, not here.
 * It floats over the page but beneath dialogs, so it never covers a dialog's own buttons.
 */
export function DevToolbar() {
  const [open, setOpen] = useState(false);
  const simulation = useQuery({ ...simulationQueries.current(), enabled: open });

  if (!open) {
    return (
      <Fab
        variant="extended"
        size="medium"
        color="secondary"
        aria-expanded={false}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(true)}
        sx={{
          position: 'fixed',
          right: 24,
          bottom: 24,
          zIndex: (theme) => theme.zIndex.speedDial,
        }}
      >
        <ScienceOutlined sx={{ mr: 1 }} />
        Simulation
      </Fab>
    );
  }
  return (
    <Paper
      id={PANEL_ID}
      role="region"
      aria-label="Simulated cloud controls"
      elevation={8}
      sx={{
        position: 'fixed',
        right: 24,
        bottom: 24,
        width: 420,
        maxWidth: 'calc(100vw - 48px)',
        p: 2,
        zIndex: (theme) => theme.zIndex.speedDial,
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h3" component="h2">
          Simulated cloud
        </Typography>
        <IconButton
          aria-label="Close simulated cloud controls"
          onClick={() => setOpen(false)}
          size="small"
        >
          <CloseOutlined fontSize="small" />
        </IconButton>
      </Stack>
      <Stack spacing={2} divider={<Divider flexItem />}>
        <ClockControls />
        <SessionControls />
        {simulation.data && (
          <ScenarioControls key={simulation.data.scenario} simulation={simulation.data} />
        )}
        {simulation.data && <NetworkControls faults={simulation.data.faults} />}
      </Stack>
    </Paper>
  );
}
