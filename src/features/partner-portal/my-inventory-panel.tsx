import { useState } from 'react';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import AddShoppingCartOutlined from '@mui/icons-material/AddShoppingCartOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries } from '@/api/partner-portal';
import type { MyInventoryLicense } from '@/api/contract/partner-portal';
import { EmptyState } from '@/components/empty-state';
import { SuccessToast } from '@/components/success-toast';
import { useText } from '@/lib/i18n';
import { MyInventoryTable } from './my-inventory-table';
import { OrderDialog } from './order-dialog';
import { matchesSearch, usePartnerPortalUrl } from './partner-portal-url';
import { TransferDialog } from './transfer-dialog';

/**
 * UX-2: after a transfer the button that opened the dialog is disabled (nothing is selected), so
 * focus goes to where the licenses went. Two frames: after the dialog's own focus return.
 */
function focusCustomerInventoryTab() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.getElementById('tab-customer-inventory')?.focus()),
  );
}

/** PP-3, PP-4: the partner's own licenses, chosen with check marks and transferred to a customer. */
export function MyInventoryPanel({ licenses }: { licenses: MyInventoryLicense[] }) {
  const url = usePartnerPortalUrl();
  const t = useText();
  const customers = useQuery(partnerPortalQueries.customers());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [transferOpen, setTransferOpen] = useState(false);
  const [orderOpen, setOrderOpen] = useState(false);
  const [ordered, setOrdered] = useState<string | null>(null);
  const mine = licenses.filter((l) => matchesSearch(url.search, l));
  const chosen = licenses.filter((l) => selected.has(l.licenseId));
  const toggle = (licenseId: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(licenseId)) next.delete(licenseId);
      else next.add(licenseId);
      return next;
    });

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" role="status" sx={{ flexGrow: 1 }}>
          {t('partner.myInventory.status', { count: mine.length, selected: chosen.length })}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<AddShoppingCartOutlined />}
          onClick={() => setOrderOpen(true)}
        >
          {t('partner.myInventory.order')}
        </Button>
        <Button
          variant="contained"
          startIcon={<SendOutlined />}
          disabled={chosen.length === 0}
          onClick={() => setTransferOpen(true)}
        >
          {t('partner.myInventory.transfer')}
        </Button>
      </Stack>
      {licenses.length === 0 ? (
        <EmptyState
          icon={<Inventory2Outlined fontSize="inherit" />}
          title={t('partner.myInventory.emptyTitle')}
        >
          <Typography variant="body2">{t('partner.myInventory.emptyText')}</Typography>
        </EmptyState>
      ) : mine.length === 0 ? (
        <EmptyState
          icon={<SearchOutlined fontSize="inherit" />}
          title={t('partner.inventory.noMatch', { search: url.search })}
        />
      ) : (
        <MyInventoryTable rows={mine} selected={selected} onToggle={toggle} />
      )}
      <TransferDialog
        open={transferOpen}
        licenses={chosen}
        customers={customers.data ?? []}
        onClose={(transferred) => {
          setTransferOpen(false);
          if (transferred) focusCustomerInventoryTab();
        }}
        onTransferred={() => setSelected(new Set())}
      />
      <OrderDialog
        open={orderOpen}
        onClose={() => setOrderOpen(false)}
        onOrdered={(order, count) => {
          setOrderOpen(false);
          setOrdered(t('partner.order.done', { count, purchaseOrder: order.purchaseOrder }));
        }}
      />
      <SuccessToast
        message={ordered}
        closeText={t('partner.order.dismiss')}
        onClose={() => setOrdered(null)}
      />
    </Stack>
  );
}
