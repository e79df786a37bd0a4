import { useState } from 'react';
import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import NotificationsOutlined from '@mui/icons-material/NotificationsOutlined';
import Stack from '@mui/material/Stack';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { ToolbarAction } from '@/components/toolbar-action';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { TransferToCloudDialog } from '@/features/manage-licenses/dialog/transfer/transfer-to-cloud-dialog';

interface LicensesToolbarProps {
  /** The licenses the list shows now (after the segment filter). */
  visible: readonly ActivatedLicense[];
  controllers: readonly SegmentController[];
}

const isTransferable = (l: ActivatedLicense) => l.kind === 'capacity' || l.kind === 'maintenance';

function downloadUnavailable(controllers: readonly SegmentController[]): string | null {
  if (controllers.some((c) => c.customerId !== null)) return null;
  return 'No segment controller has a saved Customer ID. Save one in Manage Customer Accounts first.';
}

/** SS-41: what the list shows goes back, so every segment controller in it must be online. */
function transferUnavailable(
  transferable: readonly ActivatedLicense[],
  controllers: readonly SegmentController[],
): string | null {
  if (transferable.length === 0)
    return 'The list has no capacity or maintenance licenses to transfer.';
  const offline = controllers.filter(
    (c) => !c.online && transferable.some((l) => l.segmentControllerId === c.id),
  );
  if (offline.length === 0) return null;
  const names = offline.map((c) => c.name).join(', ');
  return `${names} ${offline.length === 1 ? 'is' : 'are'} offline and cannot reach the cloud. Filter the list to online segment controllers.`;
}

/** SS-8: the five actions of the main view, each saying why when it cannot run. */
export function LicensesToolbar({ visible, controllers }: LicensesToolbarProps) {
  const url = useManageLicensesUrl();
  const [transferOpen, setTransferOpen] = useState(false);
  const transferable = visible.filter(isTransferable);

  return (
    <Stack direction="row" spacing={0.5} role="toolbar" aria-label="License actions">
      <ToolbarAction
        label="Manage Customer Accounts"
        icon={<ManageAccountsOutlined />}
        onClick={() => url.open('customer-accounts')}
      />
      <ToolbarAction
        label="Download Licenses from the Cloud"
        icon={<CloudDownloadOutlined />}
        onClick={() => url.open('download')}
        disabledReason={downloadUnavailable(controllers)}
      />
      <ToolbarAction
        label="Add License"
        icon={<NoteAddOutlined />}
        onClick={() => url.open('add-license')}
      />
      <ToolbarAction
        label="Edit Notifications"
        icon={<NotificationsOutlined />}
        onClick={() => url.open('notifications')}
      />
      <ToolbarAction
        label="Transfer to Cloud"
        icon={<CloudUploadOutlined />}
        onClick={() => setTransferOpen(true)}
        disabledReason={transferUnavailable(transferable, controllers)}
      />
      <TransferToCloudDialog
        open={transferOpen}
        licenses={transferable}
        controllers={controllers}
        onClose={() => setTransferOpen(false)}
      />
    </Stack>
  );
}
