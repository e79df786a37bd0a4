import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Sensor } from '@/api/contract/fleet';
import { StatusChip, type StatusTone } from '@/components/status-chip';
import { daysLeftText, SENSOR_STATUS_LABELS } from '@/domain/fleet';
import type { SensorStatus } from '@/domain/fleet';
import { AutoRenewalSwitch } from '@/features/license-manager/sensors/auto-renewal-switch';
import { QueuedLicenses } from './queued-licenses';

const TONES: Record<SensorStatus, StatusTone> = {
  active: 'success',
  expiring: 'warning',
  expired: 'error',
  unlicensed: 'default',
};

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" sx={{ textAlign: 'right' }}>
        {value}
      </Typography>
    </Stack>
  );
}

interface SensorDetailsProps {
  sensor: Sensor;
  onAdd: (sensor: Sensor) => void;
  addDisabledReason: string | null;
}

/** The sensor panel's content: status, current license, queue, Auto Renewal and Add license. */
export function SensorDetails({ sensor, onAdd, addDisabledReason }: SensorDetailsProps) {
  const { current } = sensor;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <StatusChip label={SENSOR_STATUS_LABELS[sensor.status]} tone={TONES[sensor.status]} />
        <Typography variant="body2" color="text.secondary">
          {sensor.location}
        </Typography>
      </Stack>
      {sensor.status === 'expired' && current && (
        // LM-4: measurements stop; nothing already recorded is lost.
        <Alert severity="error" role="note">
          The license expired on {current.endDate}. New measurements are not saved; the sensor’s
          history and past alerts stay visible.
        </Alert>
      )}
      <Stack spacing={0.5}>
        <Typography variant="h3" component="h3">
          Current license
        </Typography>
        {current ? (
          <>
            <Field label="Key" value={`${current.keyId} (${sensor.keyLicenseCount})`} />
            <Field label="Activation date" value={current.startDate} />
            <Field
              label="Expires at"
              value={`${current.endDate} · ${daysLeftText(sensor.daysLeft ?? 0)}`}
            />
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            No license yet: the sensor does not save measurements.
          </Typography>
        )}
        <Field label="Last measurement saved" value={sensor.lastMeasurementAt ?? 'Never'} />
      </Stack>
      <Divider />
      <Stack spacing={0.5}>
        <Typography variant="h3" component="h3">
          Queued licenses
        </Typography>
        <QueuedLicenses sensor={sensor} />
      </Stack>
      <Divider />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Stack>
          <Typography variant="body2">Auto Renewal</Typography>
          <Typography variant="caption" color="text.secondary">
            With nothing queued, a license from the pool starts when this one ends.
          </Typography>
        </Stack>
        <AutoRenewalSwitch sensor={sensor} />
      </Stack>
      <Button
        variant="outlined"
        startIcon={<AddOutlined />}
        disabled={addDisabledReason !== null}
        onClick={() => onAdd(sensor)}
      >
        Add license
      </Button>
      {addDisabledReason && (
        <Typography variant="caption" color="text.secondary">
          {addDisabledReason}
        </Typography>
      )}
    </Stack>
  );
}
