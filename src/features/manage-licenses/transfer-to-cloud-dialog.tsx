import type { ActivatedLicense } from '@/api/licenses';
import type { SegmentController } from '@/api/segment-controllers';

export interface TransferToCloudDialogProps {
  open: boolean;
  /** The capacity and maintenance licences the list shows (SS-41): exactly these go back. */
  licenses: readonly ActivatedLicense[];
  controllers: readonly SegmentController[];
  onClose: () => void;
}

/** SS-40 … SS-42: being built (see the Transfer helper's brief). */
export function TransferToCloudDialog(_props: TransferToCloudDialogProps) {
  return null;
}
