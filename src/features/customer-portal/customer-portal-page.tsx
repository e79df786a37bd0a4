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
import { HistoryDialog } from '@/components/history';
import { PageHeader } from '@/components/page-header';
import { TableSkeleton } from '@/components/table-skeleton';
import { CapacityFileForm } from './capacity-file-form';
import { CUSTOMER_LICENSE_COLUMNS } from './customer-licenses-table';
import { CustomerSignInCard } from './customer-sign-in-card';
import { IssuedFiles } from './issued-files';
import { QueryView } from '@/components/query-view';
import { Message, useText } from '@/lib/i18n';

/** CP-2: the licenses, with their loading, error and empty states. */
function CustomerLicenses() {
  const licenses = useQuery(customerPortalQueries.licenses());
  const t = useText();
  return (
    <QueryView
      query={licenses}
      pending={
        <TableSkeleton
          label={t('customer.licenses.title')}
          columns={CUSTOMER_LICENSE_COLUMNS.map((column) => t(column))}
          rows={4}
          selectable
        />
      }
      errorTitle={t('customer.licenses.loadError')}
      lastLoaded={t('customer.licenses.lastLoaded')}
      isEmpty={(rows) => rows.length === 0}
      empty={
        <EmptyState
          icon={<WorkspacePremiumOutlined fontSize="inherit" />}
          title={t('customer.licenses.emptyTitle')}
        >
          <Typography variant="body2">{t('customer.licenses.emptyText')}</Typography>
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
  const signOut = useSignOutCustomer();
  const t = useText();
  return (
    <>
      <PageHeader
        title={t('customer.page.title')}
        subtitle={
          <Message
            id="customer.page.signedInAs"
            values={{ name: customer.name, b: (chunks) => <strong>{chunks}</strong> }}
          />
        }
        actions={
          <Button variant="outlined" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            {t('customer.page.signOut')}
          </Button>
        }
      />
      {signOut.isError && (
        <Typography color="error" role="alert" sx={{ mb: 2 }}>
          {toUserMessage(signOut.error, t)}
        </Typography>
      )}
      <Stack spacing={2}>
        <Typography variant="h2">{t('customer.licenses.title')}</Typography>
        <CustomerLicenses />
      </Stack>
      <HistoryDialog licenseApp="customer" />
    </>
  );
}

/** The License Customer Portal (CP-1 … CP-3). */
export function CustomerPortalPage() {
  const session = useQuery(customerPortalQueries.session());
  const t = useText();
  return (
    <>
      {session.isError && session.data === undefined && (
        <PageHeader title={t('customer.page.title')} />
      )}
      <QueryView
        query={session}
        pending={<LinearProgress aria-label={t('customer.page.loading')} />}
        errorTitle={t('customer.page.loadError')}
      >
        {(customer) =>
          customer ? (
            <SignedIn customer={customer} />
          ) : (
            <>
              <PageHeader title={t('customer.page.title')} subtitle={t('customer.page.intro')} />
              <CustomerSignInCard />
            </>
          )
        }
      </QueryView>
    </>
  );
}
