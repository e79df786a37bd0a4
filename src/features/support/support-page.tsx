import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { MAX_SEARCH_LENGTH, type SupportStaff } from '@/api/contract/customer-success';
import { customerSuccessQueries, useSignOutSupport } from '@/api/customer-success';
import { HistoryDialog } from '@/components/history';
import { PageHeader } from '@/components/page-header';
import { QueryView } from '@/components/query-view';
import { SearchField } from '@/components/search-field';
import { useText } from '@/lib/i18n';
import { SupportDetail } from './support-detail';
import { SupportSearch } from './support-search';
import { SupportSignInCard } from './support-sign-in-card';
import { useSupportUrl } from './support-url';

function SignOutButton() {
  const t = useText();
  const signOut = useSignOutSupport();
  return (
    <Button
      startIcon={<LogoutOutlined />}
      loading={signOut.isPending}
      onClick={() => signOut.mutate()}
    >
      {t('support.page.signOut')}
    </Button>
  );
}

function Console({ staff }: { staff: SupportStaff }) {
  const t = useText();
  const url = useSupportUrl();
  const header = (
    <PageHeader
      title={t('support.page.title')}
      subtitle={t('support.page.signedInAs', { name: staff.name })}
      actions={<SignOutButton />}
    />
  );
  // CS-1: the cloud refuses a support agent everything; say so before they try.
  if (staff.role !== 'License administrator')
    return (
      <>
        {header}
        <Alert severity="warning" sx={{ maxWidth: 640 }}>
          <AlertTitle>{t('support.notAdministrator.title')}</AlertTitle>
          {t('support.notAdministrator.body', { name: staff.name })}
        </Alert>
      </>
    );
  return (
    <>
      {header}
      <Stack spacing={2}>
        <SearchField
          label={t('support.search.label')}
          value={url.search}
          onChange={url.setSearch}
          problem={(text) =>
            text.trim().length > MAX_SEARCH_LENGTH
              ? t('support.search.tooLong', { max: MAX_SEARCH_LENGTH })
              : null
          }
          width={560}
        />
        <Stack
          direction={{ xs: 'column', lg: 'row' }}
          spacing={3}
          sx={{ alignItems: 'flex-start' }}
        >
          <Box
            component="section"
            aria-label={t('support.results.label')}
            sx={{ width: { xs: '100%', lg: 380 }, flexShrink: 0 }}
          >
            <SupportSearch url={url} />
          </Box>
          <Box sx={{ flexGrow: 1, minWidth: 0, width: '100%' }}>
            <SupportDetail url={url} />
          </Box>
        </Stack>
      </Stack>
      <HistoryDialog licenseApp="support" accountApp="support" />
    </>
  );
}

/** CS-1 … CS-4: the Customer Success console at `/support`. */
export function SupportPage() {
  const session = useQuery(customerSuccessQueries.session());
  const t = useText();
  return (
    <>
      {session.isError && session.data === undefined && (
        <PageHeader title={t('support.page.title')} />
      )}
      <QueryView
        query={session}
        pending={<LinearProgress aria-label={t('support.page.loading')} />}
        errorTitle={t('support.page.loadError')}
      >
        {({ staff }) =>
          staff ? (
            <Console key={staff.id} staff={staff} />
          ) : (
            <>
              <PageHeader title={t('support.page.title')} subtitle={t('support.page.intro')} />
              <SupportSignInCard />
            </>
          )
        }
      </QueryView>
    </>
  );
}
