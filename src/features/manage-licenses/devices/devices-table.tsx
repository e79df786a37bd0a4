import type { Device } from '@/api/contract/devices';
import type { DeviceState } from '@/api/contract/segment-controllers';
import { DeviceRow } from './device-row';
import { useText, type MessageId } from '@/lib/i18n';
import {
  DataTable,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@/components/data-table';

const COLUMNS: readonly MessageId[] = [
  'dashboard.devices.column.device',
  'dashboard.devices.column.protocol',
  'dashboard.devices.column.state',
  'dashboard.devices.column.action',
];

/** Devices that need something done come first: unprovisioned, then unlicensed. */
const ORDER: Record<DeviceState, number> = { unprovisioned: 0, unlicensed: 1, provisioned: 2 };

interface DevicesTableProps {
  controllerName: string;
  devices: readonly Device[];
  /** Null when the user may not provision (read-only). */
  provision: {
    pendingIds: readonly string[] | 'all' | null;
    onProvision: (deviceId: string) => void;
  } | null;
}

/** Compact and scrolling: Main Hall alone has 128 devices. */
export function DevicesTable({ controllerName, devices, provision }: DevicesTableProps) {
  const t = useText();
  const sorted = devices.toSorted((a, b) => ORDER[a.state] - ORDER[b.state]);
  const busy = provision?.pendingIds != null;
  return (
    <TableContainer
      tabIndex={0}
      role="region"
      aria-label={t('dashboard.devices.tableRegion', { controller: controllerName })}
      sx={{ maxHeight: 380, border: 1, borderColor: 'divider', borderRadius: 2 }}
    >
      <DataTable
        stickyHeader
        aria-label={t('dashboard.devices.tableLabel', { controller: controllerName })}
      >
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>{t(column)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((device) => (
            <DeviceRow
              key={device.id}
              device={device}
              provision={
                provision && {
                  pending:
                    provision.pendingIds !== null &&
                    provision.pendingIds !== 'all' &&
                    provision.pendingIds.includes(device.id),
                  disabled: busy,
                  onClick: () => provision.onProvision(device.id),
                }
              }
            />
          ))}
        </TableBody>
      </DataTable>
    </TableContainer>
  );
}
