import { useState, type ReactNode } from 'react';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { clockQueries } from '@/api/clock';
import { ApiError } from '@/api/errors';
import { fleetQueries } from '@/api/fleet';
import type { Sensor } from '@/api/contract/fleet';
import { EmptyState } from '@/components/empty-state';
import { QueryView } from '@/components/query-view';
import { SensorDetails } from '@/features/license-manager/sensor-panel/sensor-details';
import { AssignLicenseDialog } from '@/features/license-manager/sensors/assign-license-dialog';
import { useText } from '@/lib/i18n';
import { SensorAlerts } from './sensor-alerts';
import { SensorEvents } from './sensor-events';
import { SensorMeasurements } from './sensor-measurements';

/** One titled card of the page; `order` places it on a phone, where the cards form one column. */
function Section({
  title,
  order,
  children,
}: {
  title: string;
  order: number;
  children: ReactNode;
}) {
  return (
    <Card variant="outlined" component="section" sx={{ order: { xs: order, md: 0 }, minWidth: 0 }}>
      <CardContent>
        <Typography variant="h2" sx={{ mb: 1.5 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** While the history loads: the shape of what comes. */
function HistorySkeleton({ label }: { label: string }) {
  return <Skeleton variant="rounded" height={200} role="status" aria-label={label} />;
}

/** The sensor query failed with 404: a mistyped or foreign serial number. */
function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

function SensorNotFound({ serial }: { serial: string }) {
  const t = useText();
  return (
    <EmptyState
      icon={<SearchOffOutlined fontSize="inherit" />}
      title={t('fleet.sensorPage.notFound', { serial })}
    >
      <Typography variant="body2">{t('fleet.sensorPage.notFoundHint')}</Typography>
    </EmptyState>
  );
}

/**
 * LM-14 for an Administrator or a Manager: the license now (as in the sensor panel, LM-5), the
 * measurement history, past alerts and license events. Two columns on a desktop, one on a phone.
 */
export function SensorPageContent({ serial }: { serial: string }) {
  const t = useText();
  const sensor = useQuery(fleetQueries.sensor(serial));
  const history = useQuery({
    ...fleetQueries.sensorHistory(serial),
    enabled: !isNotFound(sensor.error),
  });
  const clock = useQuery(clockQueries.current());
  const left = useQuery(fleetQueries.licensesLeft());
  const [adding, setAdding] = useState<Sensor | null>(null);
  const addDisabledReason =
    left.data?.licensesLeft === 0 ? t('fleet.workspace.noLicensesLeft') : null;

  if (sensor.data === undefined && isNotFound(sensor.error))
    return <SensorNotFound serial={serial} />;

  const pending = <HistorySkeleton label={t('fleet.sensorPage.measurementsLoading')} />;
  // The measurements card says what failed, with Retry; the cards fed by the same read only wait.
  const fromHistory = (children: (data: NonNullable<typeof history.data>) => ReactNode) => {
    if (history.data !== undefined) return children(history.data);
    if (!history.error) return pending;
    return (
      <Typography variant="body2" color="text.secondary">
        {t('fleet.sensorPage.historyLoadFailed')}
      </Typography>
    );
  };

  return (
    <>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(320px, 400px) minmax(0, 1fr)' },
          alignItems: 'start',
        }}
      >
        {/* On a phone the columns dissolve, and each card's order makes one column. */}
        <Stack spacing={2} sx={{ display: { xs: 'contents', md: 'flex' } }}>
          <Section title={t('fleet.sensorPage.license')} order={1}>
            <QueryView
              query={sensor}
              pending={<LinearProgress aria-label={t('fleet.sensorPage.loading')} />}
              errorTitle={t('fleet.sensorPage.loadFailed')}
              lastLoaded={t('fleet.sensorPage.lastLoaded')}
            >
              {(data) => (
                <SensorDetails
                  sensor={data}
                  onAdd={setAdding}
                  addDisabledReason={addDisabledReason}
                  showExpiryNote={false}
                />
              )}
            </QueryView>
          </Section>
          <Section title={t('fleet.sensorPage.events')} order={4}>
            {fromHistory((data) => (
              <SensorEvents events={data.events} />
            ))}
          </Section>
        </Stack>
        <Stack spacing={2} sx={{ display: { xs: 'contents', md: 'flex' }, minWidth: 0 }}>
          <Section title={t('fleet.sensorPage.measurements')} order={2}>
            <QueryView
              query={history}
              pending={pending}
              errorTitle={t('fleet.sensorPage.historyLoadFailed')}
              lastLoaded={t('fleet.sensorPage.historyLastLoaded')}
            >
              {(data) => <SensorMeasurements history={data} />}
            </QueryView>
          </Section>
          <Section title={t('fleet.sensorPage.alerts')} order={3}>
            {fromHistory((data) => (
              <SensorAlerts alerts={data.alerts} />
            ))}
          </Section>
        </Stack>
      </Box>
      <AssignLicenseDialog
        key={adding?.serial ?? 'none'}
        sensor={adding}
        keys={left.data?.keys ?? []}
        today={clock.data?.today ?? ''}
        onClose={() => setAdding(null)}
        onAssigned={() => undefined}
      />
    </>
  );
}
