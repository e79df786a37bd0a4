import { useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { fleetQueries, useSetExpiryRecipients } from '@/api/fleet';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { QueryView } from '@/components/query-view';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { useText } from '@/lib/i18n';

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** LM-7: who receives expiry e-mails, chosen from the organization's users. */
export function ExpiryRecipientsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const recipients = useQuery({ ...fleetQueries.expiryRecipients(), enabled: open });
  const save = useSetExpiryRecipients();
  const notify = useFleetNotify();
  const t = useText();
  // The user's choice while the dialog is open; null until they change the saved one.
  const [edited, setEdited] = useState<ReadonlySet<string> | null>(null);
  const chosen = edited ?? new Set(recipients.data?.recipientIds);
  const close = () => {
    setEdited(null);
    save.reset();
    onClose();
  };

  const submit = async () => {
    const users = recipients.data?.users ?? [];
    try {
      const saved = await save.mutateAsync(users.filter((u) => chosen.has(u.id)).map((u) => u.id));
      notify(
        saved.recipientIds.length === 0
          ? t('fleet.recipients.savedNobody')
          : t('fleet.recipients.saved', { count: saved.recipientIds.length }),
      );
      close();
    } catch {
      // Shown below the list; the choice stays.
    }
  };

  return (
    <AppDialog
      open={open}
      onClose={close}
      title={t('fleet.recipients.title')}
      actions={
        <>
          <Button onClick={close} disabled={save.isPending}>
            {t('fleet.dialog.cancel')}
          </Button>
          <Button
            variant="contained"
            loading={save.isPending}
            disabled={!recipients.data}
            onClick={() => void submit()}
          >
            {t('fleet.recipients.save')}
          </Button>
        </>
      }
    >
      <QueryView
        query={recipients}
        pending={<LinearProgress aria-label={t('fleet.recipients.loading')} />}
        errorTitle={t('fleet.recipients.loadFailed')}
      >
        {(data) => (
          <>
            <DialogText sx={{ mb: 1 }}>{t('fleet.recipients.intro')}</DialogText>
            <FormGroup aria-label={t('fleet.recipients.listLabel')}>
              {data.users.map((user) => (
                <FormControlLabel
                  key={user.id}
                  control={
                    <Checkbox
                      checked={chosen.has(user.id)}
                      onChange={() => setEdited(toggled(chosen, user.id))}
                    />
                  }
                  label={t('fleet.recipients.user', {
                    name: user.name,
                    role: t('common.role', { role: user.role }),
                    email: user.email,
                  })}
                />
              ))}
            </FormGroup>
            {save.isError && <ErrorAlert error={save.error} sx={{ mt: 2 }} />}
          </>
        )}
      </QueryView>
    </AppDialog>
  );
}
