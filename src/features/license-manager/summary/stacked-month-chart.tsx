import { useTheme, type Palette } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { useLanguage } from '@/lib/i18n';
import { monthLabel } from './month-label';

interface MonthRow {
  /** `YYYY-MM` */
  month: string;
}

/** One stacked part of a month's bar. */
interface StackedPart<Row> {
  label: string;
  color: (palette: Palette) => string;
  value: (row: Row) => number;
}

/** One column of the table that says what the chart shows. */
interface TableColumn<Row> {
  label: string;
  value: (row: Row) => number;
}

interface StackedMonthChartProps<Row extends MonthRow> {
  testId: string;
  rows: readonly Row[];
  /** Bottom first. */
  parts: readonly [StackedPart<Row>, StackedPart<Row>];
  caption: string;
  monthHeader: string;
  columns: readonly TableColumn<Row>[];
  yAxis: { width: number; tickMinStep?: number };
  /** A fixed height; without one the chart fills its (positioned) box. */
  height?: number;
}

/**
 * The License Manager's month charts (LM-8's renewal wave, LM-13's forecast): two stacked parts
 * per month, and a visually hidden table that says the same to a screen reader and a keyboard.
 * Lazy-loaded by its cards, so the chart library stays out of the first paint.
 */
export function StackedMonthChart<Row extends MonthRow>({
  testId,
  rows,
  parts,
  caption,
  monthHeader,
  columns,
  yAxis,
  height,
}: StackedMonthChartProps<Row>) {
  const { palette } = useTheme();
  const { locale } = useLanguage().preferences;
  const [lower, upper] = parts;
  const dataset = rows.map((row) => ({
    month: monthLabel(row.month, locale),
    lower: lower.value(row),
    upper: upper.value(row),
  }));
  return (
    <>
      {/* inert: the chart's surface would otherwise be a tab stop that shows nothing. */}
      <div
        inert
        data-testid={testId}
        style={height === undefined ? { position: 'absolute', inset: 0 } : undefined}
      >
        <BarChart
          height={height}
          dataset={dataset}
          xAxis={[{ scaleType: 'band', dataKey: 'month' }]}
          yAxis={[yAxis]}
          series={[
            { dataKey: 'lower', label: lower.label, stack: 'month', color: lower.color(palette) },
            { dataKey: 'upper', label: upper.label, stack: 'month', color: upper.color(palette) },
          ]}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          skipAnimation
        />
      </div>
      <table style={VISUALLY_HIDDEN}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{monthHeader}</th>
            {columns.map((column) => (
              <th scope="col" key={column.label}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{monthLabel(row.month, locale)}</th>
              {columns.map((column) => (
                <td key={column.label}>{column.value(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
