import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivatedLicense } from '@/api/contract/licenses';
import { useTransferToCloud } from '@/api/transfers';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TransferErrorAlert } from './transfer-error-alert';
import { describePlan, joinNames, transferredMessage, type TransferPlan } from './transfer-plan';

interface TransferConfirmationProps {
  open: boolean;
  plan: TransferPlan;
  /** The transferable licenses the list shows now (to tell, after an unknown outcome, what happened). */
  listed: readonly ActivatedLicense[];
  onCancel: () => void;
  onTransferred: (message: string) => void;
}

/**
 * SS-40, SS-41: asks first, then sends the plan back. Mounted once per opening, so its one
 * Idempotency-Key is reused by every retry of this opening (R10).
 */
export function TransferConfirmation({
  open,
  plan,
  listed,
  onCancel,
  onTransferred,
}: TransferConfirmationProps) {
  const transfer = useTransferToCloud();

  const confirm = async () => {
    try {
      const result = await transfer.mutateAsync({ licenseIds: plan.licenseIds });
      onTransferred(
        transferredMessage(plan, result.transferredLicenseIds.length, result.transferDate),
      );
    } catch {
      // Shown inline from the mutation's error; the dialog stays open.
    }
  };
  const stillListed = plan.licenseIds.filter((id) => listed.some((l) => l.licenseId === id)).length;

  return (
    <ConfirmDialog
      open={open}
      title="Transfer licenses to the cloud?"
      confirmLabel="Transfer Licenses"
      destructive
      pending={transfer.isPending}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <Stack spacing={2}>
        <Typography>
          This sends <strong>{describePlan(plan)}</strong> back to the cloud. They leave this list
          and their Transfer Date becomes today.
        </Typography>
        <Box
          component="ul"
          aria-label="Licenses to transfer"
          sx={{ m: 0, pl: 3, maxHeight: 160, overflowY: 'auto', color: 'text.secondary' }}
        >
          {plan.items.map((item) => (
            <Typography component="li" variant="body2" key={item.licenseId}>
              {item.description}
              {plan.controllerNames.length > 1 && ` · ${item.controllerName}`}
            </Typography>
          ))}
        </Box>
        {plan.capacity > 0 ? (
          <Alert severity="warning" role="note">
            LON, BACnet and Modbus devices on {joinNames(plan.controllerNames)} will become{' '}
            <strong>unlicensed (purple)</strong> and need manual provisioning after a new capacity
            license is activated.
          </Alert>
        ) : (
          <Alert severity="info" role="note">
            No capacity license goes back, so the devices keep their state.
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary">
          Maintenance terms keep running while the licenses are in the cloud.
        </Typography>
        {transfer.error && (
          <TransferErrorAlert
            error={transfer.error}
            stillListed={stillListed}
            retrying={transfer.isPending}
            onRetry={() => void confirm()}
          />
        )}
      </Stack>
    </ConfirmDialog>
  );
}
