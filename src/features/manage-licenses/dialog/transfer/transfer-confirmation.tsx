import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivatedLicense } from '@/api/contract/licenses';
import { useTransferToCloud } from '@/api/transfers';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TransferErrorAlert } from './transfer-error-alert';
import { describePlan, transferredMessage, type TransferPlan } from './transfer-plan';
import { joinWithAnd } from '@/features/manage-licenses/dialog/join-names';
import { Message, useDates, useText } from '@/lib/i18n';

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
  const t = useText();
  const { day } = useDates();
  const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

  const confirm = async () => {
    try {
      const result = await transfer.mutateAsync({ licenseIds: plan.licenseIds });
      onTransferred(
        transferredMessage(plan, result.transferredLicenseIds.length, day(result.transferDate), t),
      );
    } catch {
      // Shown inline from the mutation's error; the dialog stays open.
    }
  };
  const stillListed = plan.licenseIds.filter((id) => listed.some((l) => l.licenseId === id)).length;

  return (
    <ConfirmDialog
      open={open}
      title={t('cms.transfer.title')}
      confirmLabel={t('cms.transfer.confirm')}
      destructive
      pending={transfer.isPending}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <Stack spacing={2}>
        <Typography>
          <Message id="cms.transfer.sends" values={{ plan: describePlan(plan, t), b: bold }} />
        </Typography>
        <Box
          component="ul"
          aria-label={t('cms.transfer.listLabel')}
          sx={{ m: 0, pl: 3, maxHeight: 160, overflowY: 'auto', color: 'text.secondary' }}
        >
          {plan.items.map((item) => (
            <Typography component="li" variant="body2" key={item.licenseId}>
              {plan.controllerNames.length > 1
                ? t('cms.transfer.item', {
                    description: item.description,
                    segment: item.controllerName,
                  })
                : item.description}
            </Typography>
          ))}
        </Box>
        {plan.capacity > 0 ? (
          <Alert severity="warning" role="note">
            <Message
              id="cms.transfer.unlicensedWarning"
              values={{ names: joinWithAnd(plan.controllerNames, t), b: bold }}
            />
          </Alert>
        ) : (
          <Alert severity="info" role="note">
            {t('cms.transfer.noCapacity')}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary">
          {t('cms.transfer.maintenanceKeepsRunning')}
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
