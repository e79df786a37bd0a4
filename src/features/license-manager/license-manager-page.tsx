import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import { PageHeader } from '@/components/page-header';
import { FleetAccessDenied } from './fleet-access-denied';
import { FleetNoticesProvider } from './fleet-notices';
import { FleetWorkspace } from './fleet-workspace';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

/** LM-1 … LM-9: the sensor fleet's licenses at `/fleet`. */
export function LicenseManagerPage() {
  const session = useQuery(fleetQueries.session());
  const t = useText();
  const title = t('fleet.page.title');
  return (
    <>
      {session.isError && session.data === undefined && <PageHeader title={title} />}
      <QueryView
        query={session}
        pending={
          <>
            <PageHeader title={title} subtitle={t('fleet.page.subtitle')} />
            <LinearProgress aria-label={t('fleet.page.loading')} />
          </>
        }
        errorTitle={t('fleet.page.loadFailed')}
      >
        {(data) => (
          <FleetNoticesProvider>
            <PageHeader
              title={title}
              subtitle={t('fleet.page.subtitleOf', { name: data.user.name })}
            />
            {data.canManage ? (
              <FleetWorkspace key={data.user.id} />
            ) : (
              <FleetAccessDenied session={data} />
            )}
          </FleetNoticesProvider>
        )}
      </QueryView>
    </>
  );
}
