import { useState } from 'react';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { ApiError, toUserMessage } from '@/api/errors';
import { useRemoveQueued } from '@/api/fleet';
import type { Sensor, SensorLicense } from '@/api/contract/fleet';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { useDates, useText } from '@/lib/i18n';

/** LM-5: queued licenses with their dates; each can go back to the pool. */
export function QueuedLicenses({ sensor }: { sensor: Sensor }) {
  const t = useText();
  const remove = useRemoveQueued();
  const notify = useFleetNotify();
  const dates = useDates();
  const [removing, setRemoving] = useState<SensorLicense | null>(null);
  // Said here, not in a toast: the panel is modal, so a toast outside it would be hidden from AT.
  const [conflict, setConflict] = useState<string | null>(null);
  const conflictAlert = conflict && (
    <Alert severity="warning" onClose={() => setConflict(null)} sx={{ mb: 1 }}>
      {conflict}
    </Alert>
  );

  if (sensor.queue.length === 0) {
    return (
      <>
        {conflictAlert}
        <Typography variant="body2" color="text.secondary">
          {t('fleet.queue.empty')}
        </Typography>
      </>
    );
  }

  const confirm = async () => {
    if (!removing) return;
    const request = { serial: sensor.serial, licenseId: removing.licenseId };
    setConflict(null);
    try {
      await remove.mutateAsync(request);
      notify(t('fleet.queue.removed', { key: removing.keyId }));
      setRemoving(null);
    } catch (error) {
      // R7: the queue changed elsewhere; the panel refetches and says what happened. Any other
      // refusal stays in the dialog for another try.
      if (error instanceof ApiError && error.status === 409) {
        setConflict(toUserMessage(error, t));
        setRemoving(null);
      }
    }
  };

  return (
    <>
      {conflictAlert}
      <List dense disablePadding aria-label={t('fleet.queue.listLabel')}>
        {sensor.queue.map((license, i) => (
          <ListItem
            key={license.licenseId}
            divider
            secondaryAction={
              <Tooltip title={t('fleet.queue.remove')}>
                <IconButton
                  edge="end"
                  aria-label={t('fleet.queue.removeLabel', { position: i + 1, key: license.keyId })}
                  onClick={() => {
                    remove.reset();
                    setRemoving(license);
                  }}
                >
                  <DeleteOutlined />
                </IconButton>
              </Tooltip>
            }
          >
            <ListItemText
              primary={t('fleet.queue.item', {
                position: i + 1,
                key: license.keyId,
                months: license.durationMonths,
              })}
              secondary={t('fleet.queue.itemDates', {
                start: dates.day(license.startDate),
                end: dates.day(license.endDate),
              })}
            />
          </ListItem>
        ))}
      </List>
      <ConfirmDialog
        open={removing !== null}
        title={t('fleet.queue.confirmTitle')}
        confirmLabel={t('fleet.queue.confirm')}
        destructive
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void confirm()}
      >
        {removing && (
          <Typography>
            {t('fleet.queue.confirmText', {
              key: removing.keyId,
              start: dates.day(removing.startDate),
              end: dates.day(removing.endDate),
            })}
          </Typography>
        )}
        {remove.isError && (
          <Typography color="error" role="alert" sx={{ mt: 2 }}>
            {toUserMessage(remove.error, t)}
          </Typography>
        )}
      </ConfirmDialog>
    </>
  );
}
