import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { toUserMessage } from '@/api/errors';
import { fleetQueries, useSetExpiryRecipients } from '@/api/fleet';
import type { ExpiryRecipients } from '@/api/contract/fleet';
import { ErrorState } from '@/components/error-state';
import { useFleetNotify } from './fleet-notices';

function RecipientsForm({ data, onClose }: { data: ExpiryRecipients; onClose: () => void }) {
  const save = useSetExpiryRecipients();
  const notify = useFleetNotify();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(data.recipientIds));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async () => {
    try {
      const saved = await save.mutateAsync(
        data.users.filter((u) => chosen.has(u.id)).map((u) => u.id),
      );
      notify(
        saved.recipientIds.length === 0
          ? 'Nobody receives expiry e-mails now.'
          : `Expiry e-mails go to ${saved.recipientIds.length} ${saved.recipientIds.length === 1 ? 'user' : 'users'}.`,
      );
      onClose();
    } catch {
      // Shown below the list; the choice stays.
    }
  };

  return (
    <>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          Chosen users get an e-mail one month before a sensor’s licenses run out and on the day.
        </DialogContentText>
        <FormGroup aria-label="Recipients">
          {data.users.map((user) => (
            <FormControlLabel
              key={user.id}
              control={<Checkbox checked={chosen.has(user.id)} onChange={() => toggle(user.id)} />}
              label={`${user.name} · ${user.role} · ${user.email}`}
            />
          ))}
        </FormGroup>
        {save.isError && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {toUserMessage(save.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={save.isPending}>
          Cancel
        </Button>
        <Button variant="contained" loading={save.isPending} onClick={() => void submit()}>
          Save
        </Button>
      </DialogActions>
    </>
  );
}

/** LM-7: who receives expiry e-mails, chosen from the organisation's users. */
export function ExpiryRecipientsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const recipients = useQuery({ ...fleetQueries.expiryRecipients(), enabled: open });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="recipients-title"
    >
      <DialogTitle id="recipients-title">Expiry e-mails</DialogTitle>
      {recipients.isPending && <LinearProgress aria-label="Loading users" />}
      {recipients.isError && (
        <DialogContent>
          <ErrorState
            title="The organisation’s users could not be loaded"
            error={recipients.error}
            onRetry={() => void recipients.refetch()}
            retrying={recipients.isRefetching}
          />
        </DialogContent>
      )}
      {recipients.data && open && <RecipientsForm data={recipients.data} onClose={onClose} />}
    </Dialog>
  );
}
