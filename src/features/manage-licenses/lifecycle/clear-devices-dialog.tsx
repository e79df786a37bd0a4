import Stack from '@mui/material/Stack';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { useClearDevices } from '@/api/segment-lifecycle';
import { totalDevices } from '@/api/segment-controllers';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { useText } from '@/lib/i18n';

export type ClearDevicesAction = 'reset-databases' | 'restore-factory-settings';

const WORDS = {
  'reset-databases': {
    title: 'dashboard.lifecycle.resetTitle',
    text: 'dashboard.lifecycle.resetText',
    action: 'dashboard.lifecycle.resetAction',
    done: 'dashboard.lifecycle.resetDone',
  },
  'restore-factory-settings': {
    title: 'dashboard.lifecycle.restoreTitle',
    text: 'dashboard.lifecycle.restoreText',
    action: 'dashboard.lifecycle.restoreAction',
    done: 'dashboard.lifecycle.restoreDone',
  },
} as const;

interface ClearDevicesDialogProps {
  action: ClearDevicesAction;
  open: boolean;
  controller: SegmentController;
  onClose: () => void;
  /** What was done, in a sentence. */
  onDone: (message: string) => void;
}

/** SS-70: Reset Databases or Restore Factory Settings, asked first: the device list goes, licenses stay. */
export function ClearDevicesDialog({
  action,
  open,
  controller,
  onClose,
  onDone,
}: ClearDevicesDialogProps) {
  const t = useText();
  const clear = useClearDevices(action);
  const words = WORDS[action];
  const cancel = () => {
    clear.reset();
    onClose();
  };
  const confirm = () =>
    clear.mutate(controller.id, {
      onSuccess: () => {
        clear.reset();
        onDone(t(words.done, { controller: controller.name }));
      },
    });
  return (
    <ConfirmDialog
      open={open}
      title={t(words.title, { controller: controller.name })}
      confirmLabel={t(words.action)}
      destructive
      pending={clear.isPending}
      onConfirm={confirm}
      onCancel={cancel}
    >
      <Stack spacing={2}>
        <DialogText>
          {t(words.text, { controller: controller.name, devices: totalDevices(controller) })}
        </DialogText>
        {clear.isError && <ErrorAlert error={clear.error} />}
      </Stack>
    </ConfirmDialog>
  );
}
