import { lazy, Suspense } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { PoolForecast } from '@/api/contract/fleet';
import { fleetQueries } from '@/api/fleet';
import { QueryView } from '@/components/query-view';
import { useDates, useText, type Translate } from '@/lib/i18n';

// The chart library stays out of the License Manager's first paint (quality P1).
const ForecastChart = lazy(() =>
  import('./forecast-chart').then((m) => ({ default: m.ForecastChart })),
);

const CHART_HEIGHT = 160;
/**
 * Room for the sentence before it arrives, in lines of its own text, so nothing below moves when it
 * does (P2, CLS 0). From 1200 px the card shares the header's row, whose height the expiry chart
 * beside it sets; the chart takes what the sentence leaves.
 */
const SENTENCE_LINES = { xs: '5lh', sm: '3lh', md: '2lh', lg: '2lh' } as const;

/** LM-13: the forecast in one sentence: the pool lasts, or when it runs out and what to order. */
function forecastSentence(
  forecast: PoolForecast,
  t: Translate,
  day: (iso: string) => string,
): string {
  const due = forecast.months.reduce((sum, m) => sum + m.due, 0);
  if (due === 0) return t('fleet.forecast.noneDue');
  if (forecast.poolRunsOutOn === null) return t('fleet.forecast.lasts', { due });
  const { months3, months6, months12 } = forecast.toOrder;
  if (forecast.licensesLeft === 0) return t('fleet.forecast.empty', { months3, months6, months12 });
  return t('fleet.forecast.runsOut', {
    date: day(forecast.poolRunsOutOn),
    months3,
    months6,
    months12,
  });
}

function ForecastSkeleton() {
  const t = useText();
  return (
    <Box role="status" aria-label={t('fleet.forecast.loading')}>
      <Typography variant="body2" sx={{ minHeight: SENTENCE_LINES, mb: 1 }}>
        <Skeleton width="90%" />
        <Skeleton width="60%" />
      </Typography>
      <Skeleton variant="rounded" height={CHART_HEIGHT} />
    </Box>
  );
}

function ForecastBody({ forecast }: { forecast: PoolForecast }) {
  const t = useText();
  const { day } = useDates();
  return (
    <>
      <Typography
        variant="body2"
        color="text.secondary"
        data-testid="forecast-sentence"
        sx={{ minHeight: SENTENCE_LINES, mb: 1 }}
      >
        {forecastSentence(forecast, t, day)}
      </Typography>
      <Box sx={{ flex: 1, minHeight: CHART_HEIGHT, position: 'relative' }}>
        <Suspense fallback={<Skeleton variant="rounded" height={CHART_HEIGHT} />}>
          <ForecastChart months={forecast.months} />
        </Suspense>
      </Box>
    </>
  );
}

/**
 * LM-13 in the License Manager's header: renewals due per month against the pool, and one
 * sentence with the day the pool runs out and the licenses to order for 3, 6 and 12 months.
 */
export function PoolForecastCard() {
  const t = useText();
  const forecast = useQuery(fleetQueries.forecast());
  return (
    <Card variant="outlined" sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
        <Typography variant="h3" component="h2">
          {t('fleet.forecast.title')}
        </Typography>
        <QueryView
          query={forecast}
          pending={<ForecastSkeleton />}
          errorTitle={t('fleet.forecast.loadFailed')}
        >
          {(data) => <ForecastBody forecast={data} />}
        </QueryView>
      </CardContent>
    </Card>
  );
}
