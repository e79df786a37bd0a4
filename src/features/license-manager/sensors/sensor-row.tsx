import { memo } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { Sensor } from '@/api/contract/fleet';
import { ToolbarAction } from '@/components/toolbar-action';
import { daysLeftWords, SENSOR_STATUS_TEXT } from '@/features/license-manager/sensor-words';
import { useDates, useText } from '@/lib/i18n';
import { AutoRenewalSwitch } from './auto-renewal-switch';
import { SENSOR_COLUMNS } from './sensor-columns';
import { TableCell, TableRow } from '@/components/data-table';

const SERIAL_SX = { fontWeight: 500, fontFamily: 'monospace' } as const;
const KEY_SX = { fontFamily: 'monospace' } as const;
const SENSOR_CELL_SX = { display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 } as const;
const CHECKBOX_SX = { p: 0.5, ml: -0.5 } as const;

function Secondary({ children, color = 'text.secondary' }: { children: string; color?: string }) {
  return (
    <Typography variant="caption" noWrap component="div" sx={{ color }}>
      {children}
    </Typography>
  );
}

const EXPIRY_COLOR = {
  active: 'text.secondary',
  expiring: 'warning.main',
  expired: 'error.main',
  unlicensed: 'text.secondary',
} as const;

interface SensorRowProps {
  sensor: Sensor;
  index: number;
  /** Why "+" is unavailable (no licenses left), or null. */
  addDisabledReason: string | null;
  onOpen: (serial: string) => void;
  onAdd: (sensor: Sensor) => void;
  /** LM-12: ticked for a bulk action. */
  selected: boolean;
  /** Why this row cannot be ticked (the selection is full), or null. */
  selectDisabledReason: string | null;
  onSelect: (serial: string) => void;
}

/**
 * LM-3: one sensor, in the table's exact columns. Memoised: while scrolling only the rows that
 * come into view render (the callbacks it gets are stable).
 */
export const SensorRow = memo(function SensorRow({
  sensor,
  index,
  addDisabledReason,
  onOpen,
  onAdd,
  selected,
  selectDisabledReason,
  onSelect,
}: SensorRowProps) {
  const { current } = sensor;
  const t = useText();
  const dates = useDates();
  return (
    <TableRow hover selected={selected} aria-rowindex={index + 2} data-serial={sensor.serial}>
      <TableCell>
        <Box sx={SENSOR_CELL_SX}>
          <Tooltip title={selected ? '' : (selectDisabledReason ?? '')}>
            <Checkbox
              size="small"
              disableRipple
              checked={selected}
              disabled={!selected && selectDisabledReason !== null}
              onChange={() => onSelect(sensor.serial)}
              slotProps={{
                input: {
                  'aria-label': t('fleet.bulk.selectSensor', {
                    name: sensor.name,
                    serial: sensor.serial,
                  }),
                },
              }}
              sx={CHECKBOX_SX}
            />
          </Tooltip>
          <Box sx={{ minWidth: 0 }}>
            <Link
              component="button"
              variant="body2"
              underline="hover"
              onClick={() => onOpen(sensor.serial)}
              sx={SERIAL_SX}
            >
              {sensor.serial}
            </Link>
            <Secondary>{sensor.name}</Secondary>
          </Box>
        </Box>
      </TableCell>
      <TableCell>{current ? dates.day(current.startDate) : '—'}</TableCell>
      <TableCell>
        {current && sensor.daysLeft !== null ? (
          <>
            <Typography variant="body2" component="div">
              {dates.day(current.endDate)}
            </Typography>
            <Secondary color={EXPIRY_COLOR[sensor.status]}>
              {daysLeftWords(sensor.daysLeft, t)}
            </Secondary>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t(SENSOR_STATUS_TEXT.unlicensed)}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {current ? (
          <Typography variant="body2" noWrap sx={KEY_SX}>
            {current.keyId} ({sensor.keyLicenseCount})
          </Typography>
        ) : (
          '—'
        )}
        {sensor.queue.length > 0 && (
          <Secondary>{t('fleet.table.queued', { count: sensor.queue.length })}</Secondary>
        )}
      </TableCell>
      <TableCell align="center" data-add-license>
        <ToolbarAction
          label={t('fleet.table.addLicenseTo', { name: sensor.name, serial: sensor.serial })}
          icon={<AddOutlined />}
          onClick={() => onAdd(sensor)}
          disabledReason={addDisabledReason}
        />
      </TableCell>
      <TableCell align="center">
        <AutoRenewalSwitch sensor={sensor} />
      </TableCell>
    </TableRow>
  );
});

/** A row whose page is still on its way: same height, marked as loading. */
export function SensorRowPlaceholder({ index }: { index: number }) {
  return (
    <TableRow aria-rowindex={index + 2} aria-busy="true">
      {SENSOR_COLUMNS.map((column) => (
        <TableCell key={column.label}>
          <Skeleton variant="text" width="70%" />
          <Skeleton variant="text" width="40%" />
        </TableCell>
      ))}
    </TableRow>
  );
}
