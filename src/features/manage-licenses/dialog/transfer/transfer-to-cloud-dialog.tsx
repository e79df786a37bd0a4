import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { TransferConfirmation } from './transfer-confirmation';
import { planTransfer, type TransferPlan } from './transfer-plan';
import { useText } from '@/lib/i18n';

export interface TransferToCloudDialogProps {
  open: boolean;
  /** The capacity and maintenance licenses the list shows (SS-41): exactly these go back. */
  licenses: readonly ActivatedLicense[];
  controllers: readonly SegmentController[];
  onClose: () => void;
}

interface Opening {
  id: number;
  plan: TransferPlan;
}

/**
 * SS-40 … SS-42: Transfer to Cloud. Each opening fixes what goes back (the list may refresh while
 * the confirmation is open) and gets its own confirmation, with its own Idempotency-Key.
 */
export function TransferToCloudDialog({
  open,
  licenses,
  controllers,
  onClose,
}: TransferToCloudDialogProps) {
  const t = useText();
  const [wasOpen, setWasOpen] = useState(false);
  const [opening, setOpening] = useState<Opening | null>(null);
  // Kept while the message slides out, so it does not go blank on its way.
  const [toast, setToast] = useState({ open: false, text: '' });
  const hideToast = () => setToast((current) => ({ ...current, open: false }));
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open)
      setOpening({ id: (opening?.id ?? 0) + 1, plan: planTransfer(licenses, controllers, t) });
  }

  return (
    <>
      {opening && (
        <TransferConfirmation
          key={opening.id}
          open={open}
          plan={opening.plan}
          listed={licenses}
          onCancel={onClose}
          onTransferred={(text) => {
            setToast({ open: true, text });
            onClose();
          }}
        />
      )}
      <Snackbar
        open={toast.open}
        autoHideDuration={8000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') hideToast();
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity="success"
          variant="filled"
          role="status"
          closeText={t('cms.transfer.dismiss')}
          onClose={hideToast}
        >
          {toast.text}
        </Alert>
      </Snackbar>
    </>
  );
}
