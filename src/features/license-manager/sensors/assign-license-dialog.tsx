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
import { useDates, useText, type Translate } from '@/lib/i18n';

type Dates = ReturnType<typeof useDates>;

/** LM-5: where the new license would go: current from today, or queued after the last one. */
function preview(sensor: Sensor, months: number, today: IsoDate) {
  const running = sensor.current !== null && sensor.status !== 'expired';
  const last = sensor.queue.at(-1) ?? (running ? sensor.current : null);
  const [period] = queuePeriods(last?.endDate ?? null, [months], today);
  return { queued: running, period };
}

/** What the cloud did, told against what the dialog showed: another tab may have added one first. */
function outcome(
  before: Sensor,
  after: Sensor,
  planned: ReturnType<typeof preview> | null,
  t: Translate,
  dates: Dates,
) {
  const known = new Set([before.current, ...before.queue].map((l) => l?.licenseId));
  const last = after.queue.at(-1);
  const queued = last !== undefined && !known.has(last.licenseId);
  const ours = queued ? last : after.current;
  const day = (iso: string | undefined) => (iso === undefined ? '' : dates.day(iso));
  const told = queued
    ? t('fleet.assignDialog.queuedOn', { name: before.name, start: day(ours?.startDate) })
    : t('fleet.assignDialog.addedTo', { name: before.name, end: day(ours?.endDate) });
  if (!planned?.period) return told;
  const { startDate } = planned.period;
  if (planned.queued === queued && startDate === ours?.startDate) return told;
  const changed = t('fleet.assignDialog.changedMeanwhile', {
    shown: planned.queued ? 'queued' : 'current',
    start: dates.day(startDate),
  });
  return `${told} ${changed}`;
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
  const t = useText();
  const dates = useDates();
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
      notify(outcome(sensor, updated, plan, t, dates));
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
      title={t('fleet.assignDialog.title', { name: sensor.name, serial: sensor.serial })}
      actions={
        <>
          <Button onClick={close} disabled={assign.isPending}>
            {t('fleet.dialog.cancel')}
          </Button>
          <Button
            variant="contained"
            onClick={() => void submit()}
            loading={assign.isPending}
            disabled={!chosen}
          >
            {t(plan?.queued ? 'fleet.assignDialog.queue' : 'fleet.assignDialog.add')}
          </Button>
        </>
      }
    >
      {available.length === 0 ? (
        <Alert severity="info" role="note">
          {t('fleet.assignDialog.poolEmpty')}
        </Alert>
      ) : (
        <FormControl>
          <FormLabel id="assign-key-label">{t('fleet.assignDialog.keyLabel')}</FormLabel>
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
                label={t('fleet.assignDialog.keyOption', {
                  key: k.id,
                  months: k.durationMonths,
                  available: k.available,
                })}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {plan?.period && (
        <Typography variant="body2" sx={{ mt: 2 }} role="status">
          {t(
            plan.queued ? 'fleet.assignDialog.previewQueued' : 'fleet.assignDialog.previewCurrent',
            {
              start: dates.day(plan.period.startDate),
              end: dates.day(plan.period.endDate),
            },
          )}
        </Typography>
      )}
      {assign.isError && <ErrorAlert error={assign.error} sx={{ mt: 2 }} />}
    </AppDialog>
  );
}
