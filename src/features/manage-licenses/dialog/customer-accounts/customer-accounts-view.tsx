import InfoOutlined from '@mui/icons-material/InfoOutlined';
import RouterOutlined from '@mui/icons-material/RouterOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { segmentControllerQueries } from '@/api/segment-controllers';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/table-skeleton';
import {
  CUSTOMER_ID_COLUMN_LABELS,
  CUSTOMER_ID_TABLE_LABEL,
  CustomerIdTable,
} from './customer-id-table';
import { QueryView } from '@/components/query-view';
import { Message, useText } from '@/lib/i18n';

/** SS-23: where a Customer ID comes from, and how that differs from the customer's own portal. */
function PortalsNote() {
  return (
    <Stack direction="row" spacing={1} sx={{ color: 'text.secondary' }}>
      <InfoOutlined fontSize="small" sx={{ mt: '2px' }} />
      <Typography variant="body2">
        <Message
          id="cms.customerAccounts.portalsNote"
          values={{ b: (chunks) => <strong>{chunks}</strong> }}
        />
      </Typography>
    </Stack>
  );
}

/** Manage Customer Accounts: the Customer ID each segment controller downloads licenses for (SS-20 … SS-23). */
export function CustomerAccountsView() {
  const controllers = useQuery(segmentControllerQueries.list());
  const t = useText();
  return (
    <QueryView
      query={controllers}
      pending={
        <TableSkeleton
          label={t(CUSTOMER_ID_TABLE_LABEL)}
          columns={CUSTOMER_ID_COLUMN_LABELS.map((label) => t(label))}
          rows={3}
          cellHeight={40}
        />
      }
      errorTitle={t('cms.segmentControllers.loadError')}
      lastLoaded={t('cms.segmentControllers.lastLoaded')}
    >
      {(list) => (
        <Stack spacing={2}>
          <PortalsNote />
          {list.length === 0 ? (
            <EmptyState
              icon={<RouterOutlined fontSize="inherit" />}
              title={t('cms.customerAccounts.none')}
            />
          ) : (
            <CustomerIdTable controllers={list} />
          )}
        </Stack>
      )}
    </QueryView>
  );
}
