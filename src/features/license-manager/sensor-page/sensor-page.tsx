import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from 'wouter';
import { fleetQueries } from '@/api/fleet';
import { HistoryDialog, SensorHistoryButton } from '@/components/history';
import { PageHeader } from '@/components/page-header';
import { QueryView } from '@/components/query-view';
import { FleetAccessDenied } from '@/features/license-manager/fleet-access-denied';
import { FleetNoticesProvider } from '@/features/license-manager/fleet-notices';
import { useText } from '@/lib/i18n';
import { SensorPageContent } from './sensor-page-content';
import { fleetHref } from './sensor-page-url';

/** The sensor's name once known (a sensor not found keeps the word "Sensor"), with its serial. */
function SensorHeader({ serial }: { serial: string }) {
  const t = useText();
  const sensor = useQuery({ ...fleetQueries.sensor(serial), enabled: false });
  const name = sensor.data?.name;
  return (
    <>
      <PageHeader
        title={name ?? t('fleet.sensorPage.title')}
        subtitle={
          <Typography component="span" sx={{ fontFamily: 'monospace' }}>
            {serial}
          </Typography>
        }
        actions={name && <SensorHistoryButton serial={serial} name={name} />}
      />
      {/* AU-1: who added the sensor, gave it licenses or switched Auto Renewal, refusals too. */}
      <HistoryDialog sensorName={() => name} />
    </>
  );
}

/**
 * LM-14: a sensor's page at `/fleet/sensors/SERIAL`: its license now, its (simulated) measurement
 * history, past alerts and license events. LM-1 holds here too: an Analyst is told why not.
 */
export function SensorPage({ serial }: { serial: string }) {
  const t = useText();
  const search = useSearch();
  const session = useQuery(fleetQueries.session());
  return (
    <Stack spacing={1}>
      <Button
        component={Link}
        href={fleetHref(search)}
        startIcon={<ArrowBackOutlined />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('fleet.sensorPage.back')}
      </Button>
      <QueryView
        query={session}
        pending={<LinearProgress aria-label={t('fleet.sensorPage.loading')} />}
        errorTitle={t('fleet.page.loadFailed')}
      >
        {(data) => (
          <FleetNoticesProvider>
            {data.canManage ? (
              <>
                <SensorHeader serial={serial} />
                <SensorPageContent key={data.user.id} serial={serial} />
              </>
            ) : (
              <FleetAccessDenied session={data} />
            )}
          </FleetNoticesProvider>
        )}
      </QueryView>
    </Stack>
  );
}
