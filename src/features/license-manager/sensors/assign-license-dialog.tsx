import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@/components/error-alert';
import { useAssignLicense } from '@/api/fleet';
import type { LicenseKey, Sensor } from '@/api/contract/fleet';
import { queuePeriods } from '@/domain/fleet';
import type { IsoDate } from '@/domain/dates';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { AppDialog } from '@/components/app-dialog';

/** LM-5: where the new license would go: current from today, or queued after the last one. */
function preview(sensor: Sensor, months: number, today: IsoDate) {
  const running = sensor.current !== null && sensor.status !== 'expired';
  const last = sensor.queue.at(-1) ?? (running ? sensor.current : null);
  const [period] = queuePeriods(last?.endDate ?? null, [months], today);
  return { queued: running, period };
}

/** What the cloud did, told against what the dialog showed: another tab may have added one first. */
function outcome(before: Sensor, after: Sensor, planned: ReturnType<typeof preview> | null) {
  const known = new Set([before.current, ...before.queue].map((l) => l?.licenseId));
  const last = after.queue.at(-1);
  const queued = last !== undefined && !known.has(last.licenseId);
  const ours = queued ? last : after.current;
  const told = queued
    ? `License queued on ${before.name}: it starts ${ours?.startDate}.`
    : `License added to ${before.name}: it runs until ${ours?.endDate}.`;
  if (!planned?.period) return told;
  const { startDate } = planned.period;
  if (planned.queued === queued && startDate === ours?.startDate) return told;
  const shown = `${planned.queued ? 'queued' : 'current'} from ${startDate}`;
  return `${told} The sensor changed meanwhile, so this differs from what was shown (${shown}).`;
}

interface AssignLicenseDialogProps {
  sensor: Sensor | null;
  keys: readonly LicenseKey[];
  today: IsoDate;
  onClose: () => void;
  /** After the cloud assigned the license; the dialog closes itself. */
  onAssigned: (sensor: Sensor) => void;
}

/** LM-5 "+": one license of a chosen key goes to the sensor. */
export function AssignLicenseDialog({
  sensor,
  keys,
  today,
  onClose,
  onAssigned,
}: AssignLicenseDialogProps) {
  const assign = useAssignLicense();
  const notify = useFleetNotify();
  const available = keys.filter((k) => k.available > 0);
  const [keyId, setKeyId] = useState<string | null>(null);
  const chosen = available.find((k) => k.id === keyId) ?? available[0];

  const close = () => {
    if (!assign.isPending) onClose();
  };

  if (!sensor) return null;
  const plan = chosen ? preview(sensor, chosen.durationMonths, today) : null;

  const submit = async () => {
    if (!chosen) return;
    try {
      const request = { serial: sensor.serial, keyId: chosen.id };
      const updated = await assign.mutateAsync(request);
      notify(outcome(sensor, updated, plan));
      onClose();
      onAssigned(sensor);
    } catch {
      // The refusal is shown in the dialog; the choice stays for another try.
    }
  };

  return (
    <AppDialog
      open
      onClose={close}
      maxWidth="xs"
      title={
        <>
          Add license to {sensor.name} ({sensor.serial})
        </>
      }
      actions={
        <>
          <Button onClick={close} disabled={assign.isPending}>
            Cancel
          </Button>
          <Button
            variant="contained"
            onClick={() => void submit()}
            loading={assign.isPending}
            disabled={!chosen}
          >
            {plan?.queued ? 'Queue license' : 'Add license'}
          </Button>
        </>
      }
    >
      {available.length === 0 ? (
        <Alert severity="info" role="note">
          No licenses left in the pool. Add an Activation Code first.
        </Alert>
      ) : (
        <FormControl>
          <FormLabel id="assign-key-label">License key</FormLabel>
          <RadioGroup
            aria-labelledby="assign-key-label"
            value={chosen?.id ?? ''}
            onChange={(event) => setKeyId(event.target.value)}
          >
            {available.map((k) => (
              <FormControlLabel
                key={k.id}
                value={k.id}
                control={<Radio />}
                label={`${k.id} · ${k.durationMonths} months · ${k.available} left`}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {plan?.period && (
        <Typography variant="body2" sx={{ mt: 2 }} role="status">
          {plan.queued
            ? `Queued: starts ${plan.period.startDate}, ends ${plan.period.endDate}.`
            : `Current from today: ${plan.period.startDate} to ${plan.period.endDate}.`}
        </Typography>
      )}
      {assign.isError && <ErrorAlert error={assign.error} sx={{ mt: 2 }} />}
    </AppDialog>
  );
}
