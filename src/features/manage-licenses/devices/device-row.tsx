import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Device } from '@/api/contract/devices';
import { DeviceStateChip } from './device-state-chip';
import { TableCell, TableRow } from '@/components/data-table';
import { useText } from '@/lib/i18n';

interface DeviceRowProps {
  device: Device;
  /** Only the Owner may provision (SS-1); null for everyone else. */
  provision: { pending: boolean; disabled: boolean; onClick: () => void } | null;
}

function Hint({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {children}
    </Typography>
  );
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
    // One height for every row, with or without a Provision button.
    <TableRow hover sx={{ height: 41 }}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{device.name}</TableCell>
      <TableCell>{device.protocol}</TableCell>
      <TableCell>
        <DeviceStateChip state={device.state} />
      </TableCell>
      <TableCell sx={{ py: 0 }}>
        <NextStep device={device} provision={provision} />
      </TableCell>
    </TableRow>
  );
}
