import { useState } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Simulation } from '@/api/contract/simulation';
import { useResetSimulation } from '@/api/simulation';
import { ConfirmDialog } from '@/components/confirm-dialog';

/** MC-3, MC-4: start a named scenario afresh. Everything done so far in the simulated cloud is lost. */
export function ScenarioControls({ simulation }: { simulation: Simulation }) {
  const [scenario, setScenario] = useState(simulation.scenario);
  const [confirming, setConfirming] = useState(false);
  const reset = useResetSimulation();
  const label = simulation.scenarios.find((s) => s.name === scenario)?.label ?? scenario;

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        select
        size="small"
        label="Scenario"
        value={scenario}
        onChange={(event) => setScenario(event.target.value)}
        sx={{ minWidth: 180 }}
      >
        {simulation.scenarios.map((s) => (
          <MenuItem key={s.name} value={s.name}>
            {s.label}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" color="error" variant="outlined" onClick={() => setConfirming(true)}>
        Reset data
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Reset the simulated cloud?"
        confirmLabel="Reset data"
        destructive
        pending={reset.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => reset.mutate(scenario, { onSettled: () => setConfirming(false) })}
      >
        <Typography>
          Everything done in the simulated cloud so far — activations, transfers, notes, the clock —
          is replaced by the “{label}” scenario.
        </Typography>
      </ConfirmDialog>
    </Stack>
  );
}
