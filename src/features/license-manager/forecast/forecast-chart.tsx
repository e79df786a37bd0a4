import type { ForecastMonth } from '@/api/contract/fleet';
import { StackedMonthChart } from '@/features/license-manager/summary/stacked-month-chart';
import { useText } from '@/lib/i18n';

/**
 * LM-13: renewals due per month, the part the pool covers and the part to order. Lazy-loaded; it
 * fills the box it is given (the card's room below the sentence), whatever its height.
 */
export function ForecastChart({ months }: { months: readonly ForecastMonth[] }) {
  const t = useText();
  return (
    <StackedMonthChart
      testId="forecast-chart"
      rows={months}
      yAxis={{ width: 40, tickMinStep: 1 }}
      parts={[
        {
          label: t('fleet.forecast.covered'),
          color: (palette) => palette.primary.main,
          value: (m) => m.coveredByPool,
        },
        {
          label: t('fleet.forecast.toOrder'),
          color: (palette) => palette.error.main,
          value: (m) => m.due - m.coveredByPool,
        },
      ]}
      caption={t('fleet.forecast.tableCaption')}
      monthHeader={t('fleet.forecast.month')}
      columns={[
        { label: t('fleet.forecast.due'), value: (m) => m.due },
        { label: t('fleet.forecast.covered'), value: (m) => m.coveredByPool },
        { label: t('fleet.forecast.toOrder'), value: (m) => m.due - m.coveredByPool },
      ]}
    />
  );
}
