import { useTheme } from '@mui/material/styles';
import { LineChart } from '@mui/x-charts/LineChart';
import type { SensorHistory } from '@/api/contract/fleet';
import { addDays, type IsoDate } from '@/domain/dates';
import { useDates, useText } from '@/lib/i18n';

const dayInstant = (day: IsoDate) => new Date(`${day}T00:00:00Z`);

/** Every day of the window, with its reading or nothing (a gap: no license that day). */
function daily(history: SensorHistory) {
  const byDay = new Map(history.measurements.map((m) => [m.day, m]));
  const rows: { date: Date; temperature: number | null; humidity: number | null }[] = [];
  for (let day = history.from; day <= history.to; day = addDays(day, 1)) {
    const reading = byDay.get(day);
    rows.push({
      date: dayInstant(day),
      temperature: reading?.temperature ?? null,
      humidity: reading?.humidity ?? null,
    });
  }
  return rows;
}

/**
 * LM-14: temperature (left axis) and humidity (right axis) per day. Lazy-loaded; a picture of the
 * summary sentence beside it, so it takes no focus.
 */
export function MeasurementChart({ history }: { history: SensorHistory }) {
  const { palette } = useTheme();
  const t = useText();
  const dates = useDates();
  const formatDay = (value: Date) => dates.day(value.toISOString().slice(0, 10));
  return (
    <div inert data-testid="measurement-chart">
      <LineChart
        height={260}
        dataset={daily(history)}
        xAxis={[
          {
            dataKey: 'date',
            scaleType: 'time',
            valueFormatter: formatDay,
            tickNumber: 4,
          },
        ]}
        yAxis={[
          { id: 'temperature', width: 40 },
          { id: 'humidity', position: 'right', width: 40, min: 0, max: 100 },
        ]}
        series={[
          {
            dataKey: 'temperature',
            yAxisId: 'temperature',
            label: t('fleet.sensorPage.temperature'),
            color: palette.error.main,
            showMark: false,
            connectNulls: false,
          },
          {
            dataKey: 'humidity',
            yAxisId: 'humidity',
            label: t('fleet.sensorPage.humidity'),
            color: palette.primary.main,
            showMark: false,
            connectNulls: false,
          },
        ]}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        skipAnimation
      />
    </div>
  );
}
