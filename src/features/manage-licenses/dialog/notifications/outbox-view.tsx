import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import { notificationQueries } from '@/api/notifications';
import { OUTBOX_KEPT_MESSAGES } from '@/api/contract/notifications';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/table-skeleton';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { OUTBOX_COLUMNS, OUTBOX_TABLE_LABEL, OutboxTable } from './outbox-table';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

/** Sent notifications: the simulated cloud's outbox (SS-62). */
export function OutboxView() {
  const outbox = useQuery(notificationQueries.outbox());
  const url = useManageLicensesUrl();
  const t = useText();

  return (
    <QueryView
      query={outbox}
      pending={
        <TableSkeleton
          label={t(OUTBOX_TABLE_LABEL)}
          columns={OUTBOX_COLUMNS.map((column) => t(column))}
          rows={4}
        />
      }
      errorTitle={t('cms.outbox.loadError')}
      isEmpty={(messages) => messages.length === 0}
      empty={
        <EmptyState
          icon={<MarkEmailReadOutlined fontSize="inherit" />}
          title={t('cms.outbox.none')}
        >
          <Typography variant="body2" sx={{ maxWidth: 560 }}>
            {t('cms.outbox.noneHint')}
          </Typography>
          <Button onClick={() => url.open('notifications')}>
            {t('cms.dialog.view.notifications')}
          </Button>
        </EmptyState>
      }
    >
      {(messages) =>
        messages.length < OUTBOX_KEPT_MESSAGES ? (
          <OutboxTable messages={messages} />
        ) : (
          <Stack spacing={1}>
            <Typography variant="body2" color="text.secondary">
              {t('cms.outbox.newestOnly', { count: OUTBOX_KEPT_MESSAGES })}
            </Typography>
            <OutboxTable messages={messages} />
          </Stack>
        )
      }
    </QueryView>
  );
}
