import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { PageHeader } from '@/components/page-header';
import { ActivationJobNotice } from '@/features/manage-licenses/activation/activation-job-notice';
import { DevicesPanel } from '@/features/manage-licenses/devices/devices-panel';
import { LicenseStatusDisplay } from '@/features/manage-licenses/status/license-status-display';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

export function CmsDashboardPage() {
  const session = useQuery(sessionQueries.current());
  const user = session.data?.user;
  return (
    <>
      <PageHeader
        title="CMS Dashboard"
        subtitle={user ? `Signed in as ${user.name} (${user.role})` : 'SmartServer CMS'}
      />
      <LicenseStatusDisplay />
      <DevicesPanel sx={{ mt: 3 }} />
      <ManageLicensesDialog />
      <ActivationJobNotice />
    </>
  );
}
