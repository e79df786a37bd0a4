import Switch from '@mui/material/Switch';
import { useSetAutoRenewal } from '@/api/fleet';
import type { Sensor } from '@/api/contract/fleet';
import { toUserMessage } from '@/api/errors';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';

/**
 * LM-3, LM-6: on by default. The switch moves at once (the pending value); if the cloud refuses,
 * the refetch puts it back and a message says what happened.
 */
export function AutoRenewalSwitch({ sensor }: { sensor: Sensor }) {
  const notify = useFleetNotify();
  const save = useSetAutoRenewal(sensor.serial, (error, on) =>
    notify(
      `Auto Renewal for ${sensor.name} was not turned ${on ? 'on' : 'off'}: ${toUserMessage(error)}`,
      'error',
    ),
  );
  const checked = save.isPending ? save.variables : sensor.autoRenewal;
  return (
    <Switch
      checked={checked}
      onChange={(event) => save.mutate(event.target.checked)}
      slotProps={{ input: { 'aria-label': `Auto Renewal for ${sensor.name} (${sensor.serial})` } }}
    />
  );
}
