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
import { useText, type Translate } from '@/lib/i18n';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { TransferToCloudDialog } from '@/features/manage-licenses/dialog/transfer/transfer-to-cloud-dialog';

interface LicensesToolbarProps {
  /** The licenses the list shows now (after the segment filter). */
  visible: readonly ActivatedLicense[];
  controllers: readonly SegmentController[];
}

const isTransferable = (l: ActivatedLicense) => l.kind === 'capacity' || l.kind === 'maintenance';

function downloadUnavailable(
  controllers: readonly SegmentController[],
  t: Translate,
): string | null {
  if (controllers.some((c) => c.customerId !== null)) return null;
  return t('cms.toolbar.downloadUnavailable');
}

/** SS-41: what the list shows goes back, so every segment controller in it must be online. */
function transferUnavailable(
  transferable: readonly ActivatedLicense[],
  controllers: readonly SegmentController[],
  t: Translate,
): string | null {
  if (transferable.length === 0) return t('cms.toolbar.nothingToTransfer');
  const offline = controllers.filter(
    (c) => !c.online && transferable.some((l) => l.segmentControllerId === c.id),
  );
  if (offline.length === 0) return null;
  const names = offline.map((c) => c.name).join(', ');
  return t('cms.toolbar.transferOffline', { names, count: offline.length });
}

/** SS-8: the five actions of the main view, each saying why when it cannot run. */
export function LicensesToolbar({ visible, controllers }: LicensesToolbarProps) {
  const url = useManageLicensesUrl();
  const t = useText();
  const [transferOpen, setTransferOpen] = useState(false);
  const transferable = visible.filter(isTransferable);

  return (
    <Stack direction="row" spacing={0.5} role="toolbar" aria-label={t('cms.toolbar.label')}>
      <ToolbarAction
        label={t('cms.dialog.view.customerAccounts')}
        icon={<ManageAccountsOutlined />}
        onClick={() => url.open('customer-accounts')}
      />
      <ToolbarAction
        label={t('cms.dialog.view.download')}
        icon={<CloudDownloadOutlined />}
        onClick={() => url.open('download')}
        disabledReason={downloadUnavailable(controllers, t)}
      />
      <ToolbarAction
        label={t('cms.dialog.view.addLicense')}
        icon={<NoteAddOutlined />}
        onClick={() => url.open('add-license')}
      />
      <ToolbarAction
        label={t('cms.dialog.view.notifications')}
        icon={<NotificationsOutlined />}
        onClick={() => url.open('notifications')}
      />
      <ToolbarAction
        label={t('cms.dialog.view.transfer')}
        icon={<CloudUploadOutlined />}
        onClick={() => setTransferOpen(true)}
        disabledReason={transferUnavailable(transferable, controllers, t)}
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
