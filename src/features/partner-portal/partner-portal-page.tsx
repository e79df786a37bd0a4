import { useState } from 'react';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries, useSignInPartner, useSignOutPartner } from '@/api/partner-portal';
import type { CustomerInventoryLicense, Partner } from '@/api/contract/partner-portal';
import { toUserMessage } from '@/api/errors';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { TableSkeleton } from '@/components/table-skeleton';
import { CUSTOMER_INVENTORY_COLUMNS, CustomerInventoryTable } from './customer-inventory-table';
import { CustomersPanel } from './customers-panel';
import { MaintenanceFileDialog } from './maintenance-file-dialog';
import { MY_INVENTORY_COLUMNS, MyInventoryTable } from './my-inventory-table';
import { matchesSearch, usePartnerPortalUrl, type PartnerTab } from './partner-portal-url';
import { PartnerSearchField } from './partner-search-field';
import { TransferDialog } from './transfer-dialog';

const TITLE = 'License Partner Portal';

/** PP-1 (simulated): choose one of the cloud's partners. */
function SignInCard() {
  const partners = useQuery(partnerPortalQueries.partners());
  const signIn = useSignInPartner();
  return (
    <Card variant="outlined" sx={{ maxWidth: 480 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          Sign in
        </Typography>
        <Typography color="text.secondary" variant="body2">
          Simulated sign-in: choose the partner you work for.
        </Typography>
        {partners.isPending && <LinearProgress aria-label="Loading partners" sx={{ mt: 2 }} />}
        {partners.isError && (
          <Box sx={{ mt: 2 }}>
            <ErrorState
              title="Partners could not be loaded"
              error={partners.error}
              onRetry={() => void partners.refetch()}
              retrying={partners.isRefetching}
            />
          </Box>
        )}
        {signIn.isError && (
          <Typography color="error" role="alert" sx={{ mt: 2 }}>
            {toUserMessage(signIn.error)}
          </Typography>
        )}
      </CardContent>
      {partners.data && (
        <CardActions sx={{ flexDirection: 'column', alignItems: 'stretch', gap: 1, px: 2, pb: 2 }}>
          {partners.data.map((partner) => (
            <Button
              key={partner.id}
              variant="outlined"
              sx={{ m: 0 }}
              loading={signIn.isPending && signIn.variables === partner.id}
              disabled={signIn.isPending}
              onClick={() => signIn.mutate(partner.id)}
            >
              Sign in as {partner.name}
            </Button>
          ))}
        </CardActions>
      )}
    </Card>
  );
}

function InventoryPanel({ tab }: { tab: PartnerTab }) {
  const url = usePartnerPortalUrl();
  const inventory = useQuery(partnerPortalQueries.inventory());
  const customers = useQuery(partnerPortalQueries.customers());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [transferOpen, setTransferOpen] = useState(false);
  const [fileFor, setFileFor] = useState<CustomerInventoryLicense | null>(null);

  if (inventory.isPending) {
    return tab === 'my-inventory' ? (
      <TableSkeleton label="My Inventory" columns={MY_INVENTORY_COLUMNS} rows={5} selectable />
    ) : (
      <TableSkeleton label="Customer Inventory" columns={CUSTOMER_INVENTORY_COLUMNS} rows={5} />
    );
  }
  if (inventory.isError) {
    return (
      <ErrorState
        title="The inventory could not be loaded"
        error={inventory.error}
        onRetry={() => void inventory.refetch()}
        retrying={inventory.isRefetching}
      />
    );
  }

  const { myInventory, customerInventory } = inventory.data;
  const mine = myInventory.filter((l) => matchesSearch(url.search, l));
  const theirs = customerInventory.filter((l) => matchesSearch(url.search, l));
  const held = new Set(myInventory.map((l) => l.licenseId));
  const chosen = myInventory.filter((l) => selected.has(l.licenseId) && held.has(l.licenseId));
  const toggle = (licenseId: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(licenseId)) next.delete(licenseId);
      else next.add(licenseId);
      return next;
    });

  if (tab === 'my-inventory') {
    return (
      <Stack spacing={1}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" role="status" sx={{ flexGrow: 1 }}>
            {mine.length === 1 ? '1 license' : `${mine.length} licenses`}
            {chosen.length > 0 ? ` · ${chosen.length} selected` : ''}
          </Typography>
          <Button
            variant="contained"
            startIcon={<SendOutlined />}
            disabled={chosen.length === 0}
            onClick={() => setTransferOpen(true)}
          >
            Transfer to customer
          </Button>
        </Stack>
        {myInventory.length === 0 ? (
          <EmptyState icon={<Inventory2Outlined fontSize="inherit" />} title="No licenses in stock">
            <Typography variant="body2">
              Licenses you buy appear here until you transfer them to a customer.
            </Typography>
          </EmptyState>
        ) : mine.length === 0 ? (
          <EmptyState
            icon={<SearchOutlined fontSize="inherit" />}
            title={`No licenses match “${url.search}”`}
          />
        ) : (
          <MyInventoryTable rows={mine} selected={selected} onToggle={toggle} />
        )}
        <TransferDialog
          open={transferOpen}
          licenses={chosen}
          customers={customers.data ?? []}
          onClose={() => setTransferOpen(false)}
          onTransferred={() => setSelected(new Set())}
        />
      </Stack>
    );
  }

  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary" role="status">
        {theirs.length === 1 ? '1 license' : `${theirs.length} licenses`}
      </Typography>
      {customerInventory.length === 0 ? (
        <EmptyState
          icon={<Inventory2Outlined fontSize="inherit" />}
          title="No licenses transferred yet"
        >
          <Typography variant="body2">
            Transfer licenses from My Inventory to a customer to see them here.
          </Typography>
        </EmptyState>
      ) : theirs.length === 0 ? (
        <EmptyState
          icon={<SearchOutlined fontSize="inherit" />}
          title={`No licenses match “${url.search}”`}
        />
      ) : (
        <CustomerInventoryTable rows={theirs} onIssueFile={setFileFor} />
      )}
      <MaintenanceFileDialog license={fileFor} onClose={() => setFileFor(null)} />
    </Stack>
  );
}

function SignedInPortal({ partner }: { partner: Partner }) {
  const url = usePartnerPortalUrl();
  const signOut = useSignOutPartner();
  const customers = useQuery(partnerPortalQueries.customers());
  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={`Signed in as ${partner.name}`}
        actions={
          <Button
            startIcon={<LogoutOutlined />}
            loading={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            Sign out
          </Button>
        }
      />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3} sx={{ alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ flexGrow: 1, minWidth: 0, width: '100%' }}>
          <Stack
            direction="row"
            spacing={2}
            sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
          >
            <Tabs
              value={url.tab}
              onChange={(_, next: PartnerTab) => url.setTab(next)}
              aria-label="Inventory"
            >
              <Tab
                label="My Inventory"
                value="my-inventory"
                id="tab-my-inventory"
                aria-controls="panel-inventory"
              />
              <Tab
                label="Customer Inventory"
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
        <Box sx={{ width: { xs: '100%', lg: 380 }, flexShrink: 0 }}>
          <CustomersPanel
            customers={customers.data}
            error={customers.error}
            onRetry={() => void customers.refetch()}
            retrying={customers.isRefetching}
          />
        </Box>
      </Stack>
    </>
  );
}

/** PP-1 … PP-7: the License Partner Portal at `/partner`. */
export function PartnerPortalPage() {
  const session = useQuery(partnerPortalQueries.session());
  if (session.isPending) return <LinearProgress aria-label="Loading the partner portal" />;
  if (session.isError) {
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorState
          title="The partner portal could not be loaded"
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isRefetching}
        />
      </>
    );
  }
  const { partner } = session.data;
  if (!partner) {
    return (
      <>
        <PageHeader
          title={TITLE}
          subtitle="Partners manage purchased licenses, customer accounts and transfers here."
        />
        <SignInCard />
      </>
    );
  }
  return <SignedInPortal key={partner.id} partner={partner} />;
}
