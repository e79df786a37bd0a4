import { useState } from 'react';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { TransferConfirmation } from './transfer-confirmation';
import { planTransfer, type TransferPlan } from './transfer-plan';
import { SuccessToast } from '@/components/success-toast';
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
  const [toast, setToast] = useState<string | null>(null);
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
            setToast(text);
            onClose();
          }}
        />
      )}
      <SuccessToast
        message={toast}
        closeText={t('cms.transfer.dismiss')}
        onClose={() => setToast(null)}
      />
    </>
  );
}
