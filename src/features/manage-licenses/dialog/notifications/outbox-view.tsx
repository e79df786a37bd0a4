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

/** Sent notifications: the simulated cloud's outbox (SS-62). */
export function OutboxView() {
  const outbox = useQuery(notificationQueries.outbox());
  const url = useManageLicensesUrl();

  return (
    <QueryView
      query={outbox}
      pending={<TableSkeleton label={OUTBOX_TABLE_LABEL} columns={OUTBOX_COLUMNS} rows={4} />}
      errorTitle="Sent notifications could not be loaded"
      isEmpty={(messages) => messages.length === 0}
      empty={
        <EmptyState
          icon={<MarkEmailReadOutlined fontSize="inherit" />}
          title="No notifications sent yet"
        >
          <Typography variant="body2" sx={{ maxWidth: 560 }}>
            The cloud e-mails the recipients set in Edit Notifications on each notification day
            before a maintenance license expires, and, if chosen, when one is activated or renewed.
          </Typography>
          <Button onClick={() => url.open('notifications')}>Edit Notifications</Button>
        </EmptyState>
      }
    >
      {(messages) =>
        messages.length < OUTBOX_KEPT_MESSAGES ? (
          <OutboxTable messages={messages} />
        ) : (
          <Stack spacing={1}>
            <Typography variant="body2" color="text.secondary">
              The newest {OUTBOX_KEPT_MESSAGES} messages; the cloud keeps no older ones.
            </Typography>
            <OutboxTable messages={messages} />
          </Stack>
        )
      }
    </QueryView>
  );
}
