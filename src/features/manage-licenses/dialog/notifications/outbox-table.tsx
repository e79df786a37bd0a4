import Typography from '@mui/material/Typography';
import type { OutboxMessage } from '@/api/contract/notifications';
import { CopyableId } from '@/components/copyable-id';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';

export const OUTBOX_TABLE_LABEL = 'Sent notifications';
export const OUTBOX_COLUMNS = ['Date', 'Recipients', 'Subject', 'License'] as const;

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
  return (
    <DataTable aria-label={OUTBOX_TABLE_LABEL}>
      <TableHead>
        <TableRow>
          {OUTBOX_COLUMNS.map((column) => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {messages.map((message) => (
          <TableRow key={message.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{message.sentOn}</TableCell>
            <RecipientsCell recipients={message.recipients} />
            <TableCell>{message.subject}</TableCell>
            <TableCell>
              {message.licenseId && <CopyableId id={message.licenseId} label="License ID" />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
