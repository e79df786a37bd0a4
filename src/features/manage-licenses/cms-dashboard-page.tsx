import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { PageHeader } from '@/components/page-header';
import { ActivationJobNotice } from './activation-job-notice';
import { DevicesPanel } from './devices-panel';
import { LicenseStatusDisplay } from './license-status-display';
import { ManageLicensesDialog } from './manage-licenses-dialog';

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
