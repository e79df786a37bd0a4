import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { EmptyState } from '@/components/empty-state';
import { MONOSPACE } from '@/lib/theme';
import type { DownloadRow } from './download-rows';
import { joinWithAnd } from '@/features/manage-licenses/dialog/join-names';
import { Message, useText } from '@/lib/i18n';
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
  const t = useText();
  const withRows = new Set(rows.flatMap((row) => row.license.segmentControllerIds));
  const empty = [...savedCustomerIds(controllers)].filter(([customerId]) =>
    controllers.every((c) => c.customerId !== customerId || !withRows.has(c.id)),
  );
  if (empty.length === 0) return null;
  return (
    <Stack spacing={0.5}>
      {empty.map(([customerId, names]) => (
        <Typography key={customerId} variant="body2" color="text.secondary">
          <Message
            id="cms.download.nothingForCustomerId"
            values={{
              customerId,
              names: joinWithAnd(names, t),
              id: (chunks) => (
                <Typography component="span" sx={{ fontFamily: MONOSPACE, fontSize: '0.8rem' }}>
                  {chunks}
                </Typography>
              ),
              saved: (chunks) => <span>{chunks}</span>,
            }}
          />
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
  const t = useText();
  const hasCustomerId = controllers.some((c) => c.customerId !== null);
  return (
    <EmptyState
      icon={<CloudOffOutlined fontSize="inherit" />}
      title={t(hasCustomerId ? 'cms.download.nothingToDownload' : 'cms.download.noCustomerId')}
    >
      {hasCustomerId ? (
        <NothingForCustomerIds controllers={controllers} rows={rows} />
      ) : (
        <>
          <Typography variant="body2">{t('cms.download.noCustomerIdHint')}</Typography>
          <Button variant="contained" onClick={() => url.open('customer-accounts')} sx={{ mt: 1 }}>
            {t('cms.dialog.view.customerAccounts')}
          </Button>
        </>
      )}
    </EmptyState>
  );
}
