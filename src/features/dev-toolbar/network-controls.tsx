import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useSetNetworkFaults } from '@/api/simulation';
import type { NetworkFaultSettings } from '@/api/contract/simulation';
import { useText } from '@/lib/i18n';

const LATENCIES = [0, 250, 1_000, 3_000, 10_000];
const ERROR_RATES = [0, 0.1, 0.25, 0.5, 1];

/** MC-4: how the network between this browser and the simulated cloud misbehaves. */
export function NetworkControls({ faults }: { faults: NetworkFaultSettings }) {
  const t = useText();
  const setFaults = useSetNetworkFaults();
  const shown = setFaults.isPending ? setFaults.variables : faults;
  const change = (next: Partial<NetworkFaultSettings>) => setFaults.mutate({ ...shown, ...next });

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField
        select
        size="small"
        label={t('simulation.network.latency')}
        value={shown.latencyMs}
        onChange={(e) => change({ latencyMs: Number(e.target.value) })}
        sx={{ minWidth: 110 }}
      >
        {LATENCIES.map((ms) => (
          <MenuItem key={ms} value={ms}>
            {ms === 0
              ? t('simulation.network.none')
              : t('simulation.network.milliseconds', { ms: String(ms) })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('simulation.network.errorRate')}
        value={shown.errorRate}
        onChange={(e) => change({ errorRate: Number(e.target.value) })}
        sx={{ minWidth: 110 }}
      >
        {ERROR_RATES.map((rate) => (
          <MenuItem key={rate} value={rate}>
            {rate === 0
              ? t('simulation.network.none')
              : t('simulation.network.percent', { percent: rate * 100 })}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Switch
            checked={shown.unreachable}
            onChange={(e) => change({ unreachable: e.target.checked })}
          />
        }
        label={t('simulation.network.unreachable')}
      />
    </Stack>
  );
}
