import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ForecastMonth } from '@/api/contract/fleet';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { monthLabel } from '@/features/license-manager/summary/month-label';
import { useLanguage, useText } from '@/lib/i18n';

/** LM-13: renewals due per month, the part the pool covers and the part to order. Lazy-loaded. */
export function ForecastChart({ months }: { months: readonly ForecastMonth[] }) {
  const { palette } = useTheme();
  const t = useText();
  const { locale } = useLanguage().preferences;
  const dataset = months.map((m) => ({
    month: monthLabel(m.month, locale),
    covered: m.coveredByPool,
    toOrder: m.due - m.coveredByPool,
  }));
  return (
    <>
      {/* inert: a picture of the table below, which tells a screen reader and a keyboard the same. */}
      {/* Fills the box it is given (the card's room below the sentence), whatever its height. */}
      <div inert data-testid="forecast-chart" style={{ position: 'absolute', inset: 0 }}>
        <BarChart
          dataset={dataset}
          xAxis={[{ scaleType: 'band', dataKey: 'month' }]}
          yAxis={[{ width: 40, tickMinStep: 1 }]}
          series={[
            {
              dataKey: 'covered',
              label: t('fleet.forecast.covered'),
              stack: 'month',
              color: palette.primary.main,
            },
            {
              dataKey: 'toOrder',
              label: t('fleet.forecast.toOrder'),
              stack: 'month',
              color: palette.error.main,
            },
          ]}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          skipAnimation
        />
      </div>
      <table style={VISUALLY_HIDDEN}>
        <caption>{t('fleet.forecast.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fleet.forecast.month')}</th>
            <th scope="col">{t('fleet.forecast.due')}</th>
            <th scope="col">{t('fleet.forecast.covered')}</th>
            <th scope="col">{t('fleet.forecast.toOrder')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month, locale)}</th>
              <td>{m.due}</td>
              <td>{m.coveredByPool}</td>
              <td>{m.due - m.coveredByPool}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
