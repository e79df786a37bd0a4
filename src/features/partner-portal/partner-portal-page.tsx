import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries, useSignOutPartner } from '@/api/partner-portal';
import type { Partner } from '@/api/contract/partner-portal';
import { HistoryDialog } from '@/components/history';
import { PageHeader } from '@/components/page-header';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';
import { CustomersPanel } from './customers-panel';
import { InventoryPanel } from './inventory-panel';
import { PartnerSignInCard } from './partner-sign-in-card';
import { usePartnerPortalUrl, type PartnerTab } from './partner-portal-url';
import { PartnerSearchField } from './partner-search-field';

function SignedInPortal({ partner }: { partner: Partner }) {
  const url = usePartnerPortalUrl();
  const signOut = useSignOutPartner();
  const customers = useQuery(partnerPortalQueries.customers());
  const t = useText();
  return (
    <>
      <PageHeader
        title={t('partner.page.title')}
        subtitle={t('partner.page.signedInAs', { name: partner.name })}
        actions={
          <Button
            startIcon={<LogoutOutlined />}
            loading={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {t('partner.page.signOut')}
          </Button>
        }
      />
      {/* The customers sit beside the inventory only where its ten columns still fit (xl). */}
      <Stack direction={{ xs: 'column', xl: 'row' }} spacing={3} sx={{ alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ flexGrow: 1, minWidth: 0, width: '100%' }}>
          <Stack
            direction="row"
            spacing={2}
            sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
          >
            <Tabs
              value={url.tab}
              onChange={(_, next: PartnerTab) => url.setTab(next)}
              aria-label={t('partner.page.inventoryTabs')}
            >
              <Tab
                label={t('partner.page.myInventoryTab')}
                value="my-inventory"
                id="tab-my-inventory"
                aria-controls="panel-inventory"
              />
              <Tab
                label={t('partner.page.customerInventoryTab')}
                value="customer-inventory"
                id="tab-customer-inventory"
                aria-controls="panel-inventory"
              />
            </Tabs>
            <PartnerSearchField value={url.search} onChange={url.setSearch} />
          </Stack>
          <div role="tabpanel" id="panel-inventory" aria-labelledby={`tab-${url.tab}`}>
            <InventoryPanel key={url.tab} tab={url.tab} />
          </div>
        </Stack>
        <Box sx={{ width: { xs: '100%', xl: 'clamp(280px, 24%, 400px)' }, flexShrink: 0 }}>
          <CustomersPanel />
        </Box>
      </Stack>
      <HistoryDialog
        licenseApp="partner"
        accountApp="partner"
        accountName={(id) => customers.data?.find((c) => c.id === id)?.name}
      />
    </>
  );
}

/** PP-1 … PP-7: the License Partner Portal at `/partner`. */
export function PartnerPortalPage() {
  const session = useQuery(partnerPortalQueries.session());
  const t = useText();
  return (
    <>
      {session.isError && session.data === undefined && (
        <PageHeader title={t('partner.page.title')} />
      )}
      <QueryView
        query={session}
        pending={<LinearProgress aria-label={t('partner.page.loading')} />}
        errorTitle={t('partner.page.loadError')}
      >
        {({ partner }) =>
          partner ? (
            <SignedInPortal key={partner.id} partner={partner} />
          ) : (
            <>
              <PageHeader title={t('partner.page.title')} subtitle={t('partner.page.intro')} />
              <PartnerSignInCard />
            </>
          )
        }
      </QueryView>
    </>
  );
}
