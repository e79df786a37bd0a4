import Typography from '@mui/material/Typography';
import type { OutboxMessage } from '@/api/contract/notifications';
import { CopyableId } from '@/components/copyable-id';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText, type MessageId } from '@/lib/i18n';

export const OUTBOX_TABLE_LABEL: MessageId = 'cms.dialog.view.outbox';
export const OUTBOX_COLUMNS: readonly MessageId[] = [
  'cms.outbox.column.date',
  'cms.outbox.column.recipients',
  'cms.outbox.column.subject',
  'cms.outbox.column.license',
];

function RecipientsCell({ recipients }: { recipients: readonly string[] }) {
  return (
    <TableCell>
      {recipients.map((recipient) => (
        <Typography key={recipient} variant="body2" component="div">
          {recipient}
        </Typography>
      ))}
    </TableCell>
  );
}

/** SS-62: each e-mail the cloud sent, in the order given (newest first). */
export function OutboxTable({ messages }: { messages: readonly OutboxMessage[] }) {
  const t = useText();
  const { day } = useDates();
  return (
    <DataTable aria-label={t(OUTBOX_TABLE_LABEL)}>
      <TableHead>
        <TableRow>
          {OUTBOX_COLUMNS.map((column) => (
            <TableCell key={column}>{t(column)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {messages.map((message) => (
          <TableRow key={message.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{day(message.sentOn)}</TableCell>
            <RecipientsCell recipients={message.recipients} />
            <TableCell>{message.subject}</TableCell>
            <TableCell>
              {message.licenseId && (
                <CopyableId id={message.licenseId} label={t('cms.column.licenseId')} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
