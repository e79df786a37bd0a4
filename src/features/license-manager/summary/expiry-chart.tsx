import type { ExpiryMonth } from '@/api/contract/fleet';
import { useText } from '@/lib/i18n';
import { StackedMonthChart } from './stacked-month-chart';

/** The renewal wave (LM-8): stacked by whether the pool will renew them (LM-6). Lazy-loaded. */
export function ExpiryChart({ months }: { months: readonly ExpiryMonth[] }) {
  const t = useText();
  return (
    <StackedMonthChart
      testId="expiry-chart"
      rows={months}
      height={200}
      yAxis={{ width: 48 }}
      parts={[
        {
          label: t('fleet.chart.autoRenewalOn'),
          color: (palette) => palette.primary.main,
          value: (m) => m.withAutoRenewal,
        },
        {
          label: t('fleet.chart.autoRenewalOff'),
          color: (palette) => palette.warning.main,
          value: (m) => m.sensors - m.withAutoRenewal,
        },
      ]}
      caption={t('fleet.chart.title')}
      monthHeader={t('fleet.chart.month')}
      columns={[
        { label: t('fleet.chart.sensors'), value: (m) => m.sensors },
        { label: t('fleet.chart.withAutoRenewal'), value: (m) => m.withAutoRenewal },
      ]}
    />
  );
}
