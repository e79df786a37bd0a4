import { useState } from 'react';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CustomerInventoryLicense } from '@/api/contract/partner-portal';
import { useIssueMaintenanceFile } from '@/api/partner-portal';
import { EmptyState } from '@/components/empty-state';
import { MaintenanceFileDialog } from '@/components/maintenance-file-dialog';
import { useText } from '@/lib/i18n';
import { CustomerInventoryTable } from './customer-inventory-table';
import { matchesSearch, usePartnerPortalUrl } from './partner-portal-url';

/** PP-5, PP-6, PP-10: licenses transferred to customers, each with its maintenance file. */
export function CustomerInventoryPanel({ licenses }: { licenses: CustomerInventoryLicense[] }) {
  const url = usePartnerPortalUrl();
  const t = useText();
  const [fileFor, setFileFor] = useState<CustomerInventoryLicense | null>(null);
  const issueFile = useIssueMaintenanceFile();
  const theirs = licenses.filter((l) => matchesSearch(url.search, l));
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary" role="status">
        {t('partner.inventory.count', { count: theirs.length })}
      </Typography>
      {licenses.length === 0 ? (
        <EmptyState
          icon={<Inventory2Outlined fontSize="inherit" />}
          title={t('partner.customerInventory.emptyTitle')}
        >
          <Typography variant="body2">{t('partner.customerInventory.emptyText')}</Typography>
        </EmptyState>
      ) : theirs.length === 0 ? (
        <EmptyState
          icon={<SearchOutlined fontSize="inherit" />}
          title={t('partner.inventory.noMatch', { search: url.search })}
        />
      ) : (
        <CustomerInventoryTable
          rows={theirs}
          onIssueFile={setFileFor}
          onShowLicense={url.showLicense}
        />
      )}
      <MaintenanceFileDialog license={fileFor} issue={issueFile} onClose={() => setFileFor(null)} />
    </Stack>
  );
}
