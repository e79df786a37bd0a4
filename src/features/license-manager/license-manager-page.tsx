import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import { PageHeader } from '@/components/page-header';
import { FleetAccessDenied } from './fleet-access-denied';
import { FleetNoticesProvider } from './fleet-notices';
import { FleetWorkspace } from './fleet-workspace';
import { QueryView } from '@/components/query-view';

const TITLE = 'License Manager';

/** LM-1 … LM-9: the sensor fleet's licenses at `/fleet`. */
export function LicenseManagerPage() {
  const session = useQuery(fleetQueries.session());
  return (
    <>
      {session.isError && session.data === undefined && <PageHeader title={TITLE} />}
      <QueryView
        query={session}
        pending={
          <>
            <PageHeader title={TITLE} subtitle="Sensor licenses: expiry, queue and renewal." />
            <LinearProgress aria-label="Loading the License Manager" />
          </>
        }
        errorTitle="The License Manager could not be loaded"
      >
        {(data) => (
          <FleetNoticesProvider>
            <PageHeader
              title={TITLE}
              subtitle={`Sensor licenses of ${data.user.name}’s organization: expiry, queue and renewal.`}
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
