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
import { useText } from '@/lib/i18n';

/** LM-5: queued licenses with their dates; each can go back to the pool. */
export function QueuedLicenses({ sensor }: { sensor: Sensor }) {
  const t = useText();
  const remove = useRemoveQueued();
  const notify = useFleetNotify();
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
          Nothing queued. A license added while one is running waits here.
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
      notify(`The queued license of key ${removing.keyId} is back in the pool.`);
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
      <List dense disablePadding aria-label="Queued licenses">
        {sensor.queue.map((license, i) => (
          <ListItem
            key={license.licenseId}
            divider
            secondaryAction={
              <Tooltip title="Remove back to the pool">
                <IconButton
                  edge="end"
                  aria-label={`Remove back to the pool: queued license ${i + 1} (${license.keyId})`}
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
              primary={`${i + 1}. ${license.keyId} · ${license.durationMonths} months`}
              secondary={`Starts ${license.startDate} · ends ${license.endDate}`}
            />
          </ListItem>
        ))}
      </List>
      <ConfirmDialog
        open={removing !== null}
        title="Remove the queued license?"
        confirmLabel="Remove to pool"
        destructive
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void confirm()}
      >
        <Typography>
          The license of key {removing?.keyId} ({removing?.startDate} – {removing?.endDate}) goes
          back to the pool; later queued licenses move up.
        </Typography>
        {remove.isError && (
          <Typography color="error" role="alert" sx={{ mt: 2 }}>
            {toUserMessage(remove.error, t)}
          </Typography>
        )}
      </ConfirmDialog>
    </>
  );
}
