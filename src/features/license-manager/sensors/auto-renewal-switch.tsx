import Switch from '@mui/material/Switch';
import { useState } from 'react';
import { useSetAutoRenewal } from '@/api/fleet';
import type { Sensor } from '@/api/contract/fleet';
import { toUserMessage } from '@/api/errors';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { useText } from '@/lib/i18n';

/**
 * LM-3, LM-6: on by default. The switch moves at once and keeps the click until the cloud's answer
 * and the refetch are in: the mutation's own pending state reaches React a tick later, and a
 * controlled switch would spring back in between. If the cloud refuses, the refetch puts it back
 * and a message says what happened.
 */
export function useAutoRenewal(sensor: Sensor) {
  const t = useText();
  const notify = useFleetNotify();
  const save = useSetAutoRenewal(sensor.serial, (error, on) =>
    notify(
      t(on ? 'fleet.autoRenewal.notTurnedOn' : 'fleet.autoRenewal.notTurnedOff', {
        name: sensor.name,
        message: toUserMessage(error, t),
      }),
      'error',
    ),
  );
  const [clicked, setClicked] = useState<boolean | null>(null);
  return {
    on: clicked ?? sensor.autoRenewal,
    label: t('fleet.autoRenewal.switchLabel', { name: sensor.name, serial: sensor.serial }),
    set: (on: boolean) => {
      setClicked(on);
      save.mutate(on, { onSettled: () => setClicked(null) });
    },
  };
}

/** The sensor panel's switch; the table's rows draw a lighter one (sensor-row.tsx). */
export function AutoRenewalSwitch({ sensor }: { sensor: Sensor }) {
  const renewal = useAutoRenewal(sensor);
  return (
    <Switch
      checked={renewal.on}
      onChange={(event) => renewal.set(event.target.checked)}
      slotProps={{ input: { 'aria-label': renewal.label } }}
    />
  );
}
