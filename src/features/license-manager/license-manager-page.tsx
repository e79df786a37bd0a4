import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import { PageHeader } from '@/components/page-header';
import { usesSimulatedCloud } from '@/lib/env';
import { FleetAccessDenied } from './fleet-access-denied';
import { FleetNoticesProvider } from './fleet-notices';
import { FleetUserSwitch } from './fleet-user-switch';
import { FleetWorkspace } from './fleet-workspace';
import { ErrorAlert } from '@/components/error-alert';

const TITLE = 'License Manager';

/** LM-1 … LM-9: the sensor fleet's licenses at `/fleet`. */
export function LicenseManagerPage() {
  const session = useQuery(fleetQueries.session());
  if (session.isPending) {
    return (
      <>
        <PageHeader title={TITLE} subtitle="Sensor licenses: expiry, queue and renewal." />
        <LinearProgress aria-label="Loading the License Manager" />
      </>
    );
  }
  if (session.isError) {
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorAlert
          title="The License Manager could not be loaded"
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isRefetching}
        />
      </>
    );
  }
  const { data } = session;
  return (
    <FleetNoticesProvider>
      <PageHeader
        title={TITLE}
        subtitle={`Sensor licenses of ${data.user.name}’s organization: expiry, queue and renewal.`}
        actions={usesSimulatedCloud() ? <FleetUserSwitch session={data} /> : undefined}
      />
      {data.canManage ? (
        <FleetWorkspace key={data.user.id} />
      ) : (
        <FleetAccessDenied session={data} />
      )}
    </FleetNoticesProvider>
  );
}
