import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import { useQuery } from '@tanstack/react-query';
import { customerPortalQueries, useSignOutCustomer } from '@/api/customer-portal';
import type { CustomerPortalCustomer } from '@/api/contract/customer-portal';
import { toUserMessage } from '@/api/errors';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { TableSkeleton } from '@/components/table-skeleton';
import { CapacityFileForm } from './capacity-file-form';
import { CUSTOMER_LICENSE_COLUMNS } from './customer-licenses-table';
import { CustomerSignInCard } from './customer-sign-in-card';
import { IssuedFiles } from './issued-files';
import { QueryView } from '@/components/query-view';
import { useHeadingFocusAfterSignIn } from '@/lib/focus-page-heading';
import { useText } from '@/lib/i18n';

const TITLE = 'License Customer Portal';

/** CP-2: the licenses, with their loading, error and empty states. */
function CustomerLicenses() {
  const licenses = useQuery(customerPortalQueries.licenses());
  return (
    <QueryView
      query={licenses}
      pending={
        <TableSkeleton
          label="Your licenses"
          columns={CUSTOMER_LICENSE_COLUMNS}
          rows={4}
          selectable
        />
      }
      errorTitle="Licenses could not be loaded"
      lastLoaded="your licenses"
      isEmpty={(rows) => rows.length === 0}
      empty={
        <EmptyState icon={<WorkspacePremiumOutlined fontSize="inherit" />} title="No licenses yet">
          <Typography variant="body2">
            Licenses your partner transfers to your account appear here.
          </Typography>
        </EmptyState>
      }
    >
      {(rows) => (
        <Stack spacing={3}>
          <CapacityFileForm licenses={rows} />
          <IssuedFiles licenses={rows} />
        </Stack>
      )}
    </QueryView>
  );
}

function SignedIn({ customer }: { customer: CustomerPortalCustomer }) {
  const t = useText();
  const signOut = useSignOutCustomer();
  useHeadingFocusAfterSignIn();
  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={
          <>
            Signed in as <strong>{customer.name}</strong>
          </>
        }
        actions={
          <Button variant="outlined" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            Sign out
          </Button>
        }
      />
      {signOut.isError && (
        <Typography color="error" role="alert" sx={{ mb: 2 }}>
          {toUserMessage(signOut.error, t)}
        </Typography>
      )}
      <Stack spacing={2}>
        <Typography variant="h2">Your licenses</Typography>
        <CustomerLicenses />
      </Stack>
    </>
  );
}

/** The License Customer Portal (CP-1 … CP-3). */
export function CustomerPortalPage() {
  const session = useQuery(customerPortalQueries.session());
  return (
    <>
      {session.isError && session.data === undefined && <PageHeader title={TITLE} />}
      <QueryView
        query={session}
        pending={<LinearProgress aria-label="Loading the customer portal" />}
        errorTitle="The customer portal could not be loaded"
      >
        {(customer) =>
          customer ? (
            <SignedIn customer={customer} />
          ) : (
            <>
              <PageHeader
                title={TITLE}
                subtitle="See your licenses and create offline activation files for SmartServers without Internet access."
              />
              <CustomerSignInCard />
            </>
          )
        }
      </QueryView>
    </>
  );
}
