import { useState } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Simulation } from '@/api/contract/simulation';
import { useResetSimulation } from '@/api/simulation';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useText, type MessageId } from '@/lib/i18n';

/** The scenarios the simulated cloud offers, in the user's language; a new one shows its own label. */
const SCENARIO_NAMES: Partial<Record<string, MessageId>> = {
  'typical-site': 'simulation.scenario.typicalSite',
  'fresh-install': 'simulation.scenario.freshInstall',
  'expiring-soon': 'simulation.scenario.expiringSoon',
  'software-upgrades': 'simulation.scenario.softwareUpgrades',
  'cloud-unreachable': 'simulation.scenario.cloudUnreachable',
  'slow-cloud': 'simulation.scenario.slowCloud',
  'large-site': 'simulation.scenario.largeSite',
  'long-history': 'simulation.scenario.longHistory',
  'fleet-1k': 'simulation.scenario.fleet1k',
  'large-fleet': 'simulation.scenario.largeFleet',
  'benchmark-fleet': 'simulation.scenario.benchmarkFleet',
  'huge-fleet': 'simulation.scenario.hugeFleet',
};

/** MC-3, MC-4: start a named scenario afresh. Everything done so far in the simulated cloud is lost. */
export function ScenarioControls({ simulation }: { simulation: Simulation }) {
  const t = useText();
  const [scenario, setScenario] = useState(simulation.scenario);
  const [confirming, setConfirming] = useState(false);
  const reset = useResetSimulation();
  const nameOf = (name: string, label: string) => {
    const id = SCENARIO_NAMES[name];
    return id ? t(id) : label;
  };
  const label = simulation.scenarios.find((s) => s.name === scenario)?.label ?? scenario;

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        select
        size="small"
        label={t('simulation.scenario.label')}
        value={scenario}
        onChange={(event) => setScenario(event.target.value)}
        sx={{ minWidth: 180 }}
      >
        {simulation.scenarios.map((s) => (
          <MenuItem key={s.name} value={s.name}>
            {nameOf(s.name, s.label)}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" color="error" variant="outlined" onClick={() => setConfirming(true)}>
        {t('simulation.scenario.reset')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('simulation.scenario.confirmTitle')}
        confirmLabel={t('simulation.scenario.reset')}
        destructive
        pending={reset.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => reset.mutate(scenario, { onSettled: () => setConfirming(false) })}
      >
        <Typography>
          {t('simulation.scenario.confirmText', { scenario: nameOf(scenario, label) })}
        </Typography>
      </ConfirmDialog>
    </Stack>
  );
}
