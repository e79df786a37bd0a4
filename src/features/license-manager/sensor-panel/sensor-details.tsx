import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Sensor } from '@/api/contract/fleet';
import { StatusChip, type StatusTone } from '@/components/status-chip';
import type { SensorStatus } from '@/domain/fleet';
import { daysLeftWords, SENSOR_STATUS_TEXT } from '@/features/license-manager/sensor-words';
import { AutoRenewalSwitch } from '@/features/license-manager/sensors/auto-renewal-switch';
import { useDates, useText } from '@/lib/i18n';
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
  /** The sensor page says it beside the measurements instead (LM-14). */
  showExpiryNote?: boolean;
}

/** The sensor panel's content: status, current license, queue, Auto Renewal and Add license. */
export function SensorDetails({
  sensor,
  onAdd,
  addDisabledReason,
  showExpiryNote = true,
}: SensorDetailsProps) {
  const { current } = sensor;
  const t = useText();
  const dates = useDates();
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <StatusChip label={t(SENSOR_STATUS_TEXT[sensor.status])} tone={TONES[sensor.status]} />
        <Typography variant="body2" color="text.secondary">
          {sensor.location}
        </Typography>
      </Stack>
      {showExpiryNote && sensor.status === 'expired' && current && (
        // LM-4: measurements stop; nothing already recorded is lost.
        <Alert severity="error" role="note">
          {t('fleet.panel.expiredNote', { end: dates.day(current.endDate) })}
        </Alert>
      )}
      <Stack spacing={0.5}>
        <Typography variant="h3" component="h3">
          {t('fleet.panel.currentLicense')}
        </Typography>
        {current ? (
          <>
            <Field
              label={t('fleet.panel.key')}
              value={`${current.keyId} (${sensor.keyLicenseCount})`}
            />
            <Field label={t('fleet.panel.activationDate')} value={dates.day(current.startDate)} />
            <Field
              label={t('fleet.panel.expiresAt')}
              value={`${dates.day(current.endDate)} · ${daysLeftWords(sensor.daysLeft ?? 0, t)}`}
            />
            {sensor.renewedFromPoolOn && (
              <Typography variant="body2" color="text.secondary">
                {t('fleet.panel.renewedFromPool', { date: dates.day(sensor.renewedFromPoolOn) })}
              </Typography>
            )}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('fleet.panel.noLicense')}
          </Typography>
        )}
        <Field
          label={t('fleet.panel.lastMeasurement')}
          value={
            sensor.lastMeasurementAt ? dates.day(sensor.lastMeasurementAt) : t('fleet.panel.never')
          }
        />
      </Stack>
      <Divider />
      <Stack spacing={0.5}>
        <Typography variant="h3" component="h3">
          {t('fleet.panel.queuedLicenses')}
        </Typography>
        <QueuedLicenses sensor={sensor} />
      </Stack>
      <Divider />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Stack>
          <Typography variant="body2">{t('fleet.panel.autoRenewal')}</Typography>
          <Typography variant="caption" color="text.secondary">
            {t('fleet.panel.autoRenewalHint')}
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
        {/* LM-11: on an expired sensor the license starts today, so the button says so. */}
        {sensor.status === 'expired' ? t('fleet.panel.renewNow') : t('fleet.panel.addLicense')}
      </Button>
      {addDisabledReason && (
        <Typography variant="caption" color="text.secondary">
          {addDisabledReason}
        </Typography>
      )}
    </Stack>
  );
}
