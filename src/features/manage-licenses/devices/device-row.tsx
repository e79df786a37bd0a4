import Button from '@mui/material/Button';
import type { Device } from '@/api/contract/devices';
import { DeviceStateChip } from './device-state-chip';
import { TableCell, TableRow } from '@/components/data-table';
import { useText } from '@/lib/i18n';

interface DeviceRowProps {
  device: Device;
  /** Only the Owner may provision (SS-1); null for everyone else. */
  provision: { pending: boolean; disabled: boolean; onClick: () => void } | null;
}

/**
 * The row's parts that are styled, named by class and drawn by the table (devices-table.tsx): a
 * site's hundred rows mount plain elements instead of a styled component and an sx each (P2).
 */
export const DEVICE_ROW = {
  name: 'device-name',
  action: 'device-action',
  hint: 'device-hint',
} as const;

function Hint({ children }: { children: string }) {
  return <span className={DEVICE_ROW.hint}>{children}</span>;
}

function NextStep({ device, provision }: DeviceRowProps) {
  const t = useText();
  if (device.state === 'unlicensed') return <Hint>{t('dashboard.devices.licenseHint')}</Hint>;
  if (device.state === 'provisioned') return null;
  if (!provision) return <Hint>{t('dashboard.devices.waitingForOwner')}</Hint>;
  return (
    <Button
      size="small"
      variant="outlined"
      aria-label={t('dashboard.devices.provisionDevice', { device: device.name })}
      loading={provision.pending}
      disabled={provision.disabled}
      onClick={provision.onClick}
    >
      {t('dashboard.devices.provision')}
    </Button>
  );
}

export function DeviceRow({ device, provision }: DeviceRowProps) {
  return (
    <TableRow hover>
      <TableCell className={DEVICE_ROW.name}>{device.name}</TableCell>
      <TableCell>{device.protocol}</TableCell>
      <TableCell>
        <DeviceStateChip state={device.state} />
      </TableCell>
      <TableCell className={DEVICE_ROW.action}>
        <NextStep device={device} provision={provision} />
      </TableCell>
    </TableRow>
  );
}
