import Typography from '@mui/material/Typography';
import type { SensorAlert } from '@/api/contract/fleet';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText, type MessageId, type Translate } from '@/lib/i18n';

const ALERT_TEXT: Record<SensorAlert['kind'], MessageId> = {
  temperatureHigh: 'fleet.sensorPage.alert.temperatureHigh',
  humidityHigh: 'fleet.sensorPage.alert.humidityHigh',
  measurementsStopped: 'fleet.sensorPage.alert.measurementsStopped',
};

function reading(alert: SensorAlert, t: Translate): string {
  if (alert.value === null) return t('fleet.sensorPage.reading.none');
  return alert.kind === 'humidityHigh'
    ? t('fleet.sensorPage.reading.humidity', { value: alert.value })
    : t('fleet.sensorPage.reading.temperature', { value: alert.value });
}

/** LM-14: the last year's alerts, newest first: a reading over its limit, or measurements stopped. */
export function SensorAlerts({ alerts }: { alerts: readonly SensorAlert[] }) {
  const t = useText();
  const dates = useDates();
  if (alerts.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('fleet.sensorPage.noAlerts')}
      </Typography>
    );
  }
  return (
    <DataTable aria-label={t('fleet.sensorPage.alertsLabel')} sx={{ minWidth: 320 }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('fleet.sensorPage.alertDay')}</TableCell>
          <TableCell>{t('fleet.sensorPage.alertWhat')}</TableCell>
          <TableCell align="right">{t('fleet.sensorPage.alertReading')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {alerts.map((alert) => (
          <TableRow key={`${alert.day}:${alert.kind}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{dates.day(alert.day)}</TableCell>
            <TableCell>{t(ALERT_TEXT[alert.kind], { limit: alert.threshold ?? 0 })}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {reading(alert, t)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
