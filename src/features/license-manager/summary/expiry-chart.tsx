import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ExpiryMonth } from '@/api/contract/fleet';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { useLanguage, useText } from '@/lib/i18n';
import { monthLabel } from './month-label';

/** The renewal wave (LM-8): stacked by whether the pool will renew them (LM-6). Lazy-loaded. */
export function ExpiryChart({ months }: { months: readonly ExpiryMonth[] }) {
  const { palette } = useTheme();
  const t = useText();
  const { locale } = useLanguage().preferences;
  const dataset = months.map((m) => ({
    month: monthLabel(m.month, locale),
    renewed: m.withAutoRenewal,
    notRenewed: m.sensors - m.withAutoRenewal,
  }));
  return (
    <>
      {/* inert: the chart's surface would otherwise be a tab stop that shows nothing (the table below
          says the same to a screen reader and a keyboard). */}
      <div inert data-testid="expiry-chart">
        <BarChart
          height={200}
          dataset={dataset}
          xAxis={[{ scaleType: 'band', dataKey: 'month' }]}
          yAxis={[{ width: 48 }]}
          series={[
            {
              dataKey: 'renewed',
              label: t('fleet.chart.autoRenewalOn'),
              stack: 'month',
              color: palette.primary.main,
            },
            {
              dataKey: 'notRenewed',
              label: t('fleet.chart.autoRenewalOff'),
              stack: 'month',
              color: palette.warning.main,
            },
          ]}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          skipAnimation
        />
      </div>
      <table style={VISUALLY_HIDDEN}>
        <caption>{t('fleet.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fleet.chart.month')}</th>
            <th scope="col">{t('fleet.chart.sensors')}</th>
            <th scope="col">{t('fleet.chart.withAutoRenewal')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month, locale)}</th>
              <td>{m.sensors}</td>
              <td>{m.withAutoRenewal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
