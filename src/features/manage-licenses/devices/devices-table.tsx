import type { Device } from '@/api/contract/devices';
import type { DeviceState } from '@/api/contract/segment-controllers';
import { useDeferredValue } from 'react';
import { DEVICE_ROW, DeviceRow } from './device-row';
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

/** The rows' styles, once for the table rather than once per row. */
const ROWS_SX = {
  // One height for every row, with or without a Provision button.
  '& tbody tr': { height: 41 },
  [`& .${DEVICE_ROW.name}`]: { whiteSpace: 'nowrap' },
  [`& .${DEVICE_ROW.action}`]: { py: 0 },
  [`& .${DEVICE_ROW.hint}`]: { typography: 'body2', color: 'text.secondary' },
} as const;

/**
 * The rows the box shows (380 px) and a few more are in the first render; the rest follow in a
 * background render that React splits into short tasks, so the dashboard's first answer does not
 * wait for every row of a large site (Lighthouse's blocking time, P2).
 */
const FIRST_ROWS = 12;

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
  const shown = useDeferredValue(sorted.length, Math.min(sorted.length, FIRST_ROWS));
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
        sx={ROWS_SX}
        // Until the background render has added the last rows.
        aria-busy={shown < sorted.length ? true : undefined}
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
          {sorted.slice(0, shown).map((device) => (
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
