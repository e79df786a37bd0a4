import { lazy, Suspense } from 'react';
import ShowChartOutlined from '@mui/icons-material/ShowChartOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SensorHistory } from '@/api/contract/fleet';
import { EmptyState } from '@/components/empty-state';
import { useDates, useText } from '@/lib/i18n';

// The chart library loads after the page's words (quality P1), as the fleet's expiry chart does.
const MeasurementChart = lazy(() =>
  import('./measurement-chart').then((m) => ({ default: m.MeasurementChart })),
);

function range(values: readonly number[]) {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The chart's content in words, for everyone (and the only account a screen reader gets). */
function useSummary(history: SensorHistory): string {
  const t = useText();
  const dates = useDates();
  const { measurements } = history;
  const temperature = range(measurements.map((m) => m.temperature));
  const humidity = range(measurements.map((m) => m.humidity));
  return t('fleet.sensorPage.chartSummary', {
    days: measurements.length,
    from: dates.day(measurements[0]?.day ?? history.from),
    to: dates.day(measurements.at(-1)?.day ?? history.to),
    minTemperature: temperature.min,
    maxTemperature: temperature.max,
    minHumidity: humidity.min,
    maxHumidity: humidity.max,
  });
}

function Readings({ history }: { history: SensorHistory }) {
  const t = useText();
  const dates = useDates();
  const summary = useSummary(history);
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t('fleet.sensorPage.period', {
          from: dates.day(history.from),
          to: dates.day(history.to),
        })}
      </Typography>
      <Suspense
        fallback={
          <Skeleton
            variant="rounded"
            height={260}
            role="status"
            aria-label={t('fleet.sensorPage.measurementsLoading')}
          />
        }
      >
        <MeasurementChart history={history} />
      </Suspense>
      <Typography variant="body2">{summary}</Typography>
    </Stack>
  );
}

/**
 * LM-14, LM-4: the measurement history; once no license runs, a line says since when new
 * measurements are not saved, and the history stays.
 */
export function SensorMeasurements({ history }: { history: SensorHistory }) {
  const t = useText();
  const dates = useDates();
  return (
    <Stack spacing={2}>
      {history.notSavedSince && (
        <Alert severity="warning" role="note">
          <AlertTitle>
            {t('fleet.sensorPage.notSavedSince', { date: dates.day(history.notSavedSince) })}
          </AlertTitle>
          {t('fleet.sensorPage.notSavedSinceHint')}
        </Alert>
      )}
      {history.measurements.length > 0 ? (
        <Readings history={history} />
      ) : (
        <EmptyState
          icon={<ShowChartOutlined fontSize="inherit" />}
          title={t('fleet.sensorPage.noMeasurements')}
        >
          <Typography variant="body2">{t('fleet.sensorPage.noMeasurementsHint')}</Typography>
        </EmptyState>
      )}
    </Stack>
  );
}
