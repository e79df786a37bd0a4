import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { EmptyState } from '@/components/empty-state';
import { MONOSPACE } from '@/lib/theme';
import type { DownloadRow } from './download-rows';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';

/** The saved Customer IDs, each with the segment controllers that saved it, in list order. */
function savedCustomerIds(controllers: readonly SegmentController[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const { customerId, name } of controllers) {
    if (customerId) ids.set(customerId, [...(ids.get(customerId) ?? []), name]);
  }
  return ids;
}

/** SS-36, per saved Customer ID that has nothing waiting in the cloud. */
export function NothingForCustomerIds({
  controllers,
  rows,
}: {
  controllers: readonly SegmentController[];
  rows: readonly DownloadRow[];
}) {
  const withRows = new Set(rows.flatMap((row) => row.license.segmentControllerIds));
  const empty = [...savedCustomerIds(controllers)].filter(([customerId]) =>
    controllers.every((c) => c.customerId !== customerId || !withRows.has(c.id)),
  );
  if (empty.length === 0) return null;
  return (
    <Stack spacing={0.5}>
      {empty.map(([customerId, names]) => (
        <Typography key={customerId} variant="body2" color="text.secondary">
          No licenses are available for Customer ID{' '}
          <Typography component="span" sx={{ fontFamily: MONOSPACE, fontSize: '0.8rem' }}>
            {customerId}
          </Typography>
          . <span>Saved on {names.join(' and ')}.</span>
        </Typography>
      ))}
    </Stack>
  );
}

/** SS-36: nothing to download at all, or no Customer ID to download for. */
export function DownloadEmptyState({
  controllers,
  rows,
}: {
  controllers: readonly SegmentController[];
  rows: readonly DownloadRow[];
}) {
  const url = useManageLicensesUrl();
  const hasCustomerId = controllers.some((c) => c.customerId !== null);
  return (
    <EmptyState
      icon={<CloudOffOutlined fontSize="inherit" />}
      title={
        hasCustomerId ? 'No licenses to download' : 'No segment controller has a saved Customer ID'
      }
    >
      {hasCustomerId ? (
        <NothingForCustomerIds controllers={controllers} rows={rows} />
      ) : (
        <>
          <Typography variant="body2">
            Licenses are downloaded for the Customer ID saved on a segment controller. Copy it from
            the License Partner Portal and save it in Manage Customer Accounts.
          </Typography>
          <Button variant="contained" onClick={() => url.open('customer-accounts')} sx={{ mt: 1 }}>
            Manage Customer Accounts
          </Button>
        </>
      )}
    </EmptyState>
  );
}
