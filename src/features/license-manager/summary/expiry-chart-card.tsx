import { lazy, memo, Suspense } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { FleetOverview } from '@/api/contract/fleet';
import { useLanguage, useText, type Locale, type Translate } from '@/lib/i18n';
import { monthLabel } from './month-label';

// The chart library stays out of the License Manager's first paint (quality P1).
const ExpiryChart = lazy(() => import('./expiry-chart').then((m) => ({ default: m.ExpiryChart })));

const CHART_HEIGHT = 240;

function peak(overview: FleetOverview, t: Translate, locale: Locale): string {
  const busiest = overview.expiringPerMonth.reduce(
    (top, m) => (m.sensors > (top?.sensors ?? 0) ? m : top),
    overview.expiringPerMonth[0],
  );
  if (!busiest || busiest.sensors === 0) return t('fleet.chart.nothingRunsOut');
  const total = overview.expiringPerMonth.reduce((sum, m) => sum + m.sensors, 0);
  return t('fleet.chart.peak', {
    total,
    month: monthLabel(busiest.month, locale),
    peak: busiest.sensors,
  });
}

/**
 * LM-8: the renewal wave at a glance, next to the table. Memoised: a sort or a search must not
 * redraw the chart (its data only changes with the fleet).
 */
export const ExpiryChartCard = memo(function ExpiryChartCard({
  overview,
}: {
  overview: FleetOverview | undefined;
}) {
  const t = useText();
  const { locale } = useLanguage().preferences;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h3" component="h2">
          {t('fleet.chart.title')}
        </Typography>
        {/* Two lines from the start: in a narrow card the sentence wraps once it arrives (CLS 0). */}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, minHeight: '2lh' }}>
          {overview ? peak(overview, t, locale) : t('fleet.chart.loading')}
        </Typography>
        <div style={{ height: CHART_HEIGHT }}>
          {overview ? (
            <Suspense fallback={<Skeleton variant="rounded" height={CHART_HEIGHT} />}>
              <ExpiryChart months={overview.expiringPerMonth} />
            </Suspense>
          ) : (
            <Skeleton variant="rounded" height={CHART_HEIGHT} />
          )}
        </div>
      </CardContent>
    </Card>
  );
});
