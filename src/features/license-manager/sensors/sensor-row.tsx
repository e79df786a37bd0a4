import { memo } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Skeleton from '@mui/material/Skeleton';
import type { Sensor } from '@/api/contract/fleet';
import { ToolbarAction } from '@/components/toolbar-action';
import { daysLeftWords, SENSOR_STATUS_TEXT } from '@/features/license-manager/sensor-words';
import { useDates, useText } from '@/lib/i18n';
import { AutoRenewalSwitch } from './auto-renewal-switch';
import { SENSOR_COLUMNS } from './sensor-columns';
import { TableCell, TableRow } from '@/components/data-table';

const SERIAL_SX = { fontWeight: 500, fontFamily: 'monospace' } as const;
const CHECKBOX_SX = { p: 0.5, ml: -0.5 } as const;

/**
 * The cells' text styles, set once on the table body (sensor-table.tsx, ROW_TEXT_SX) and named by
 * class here: a row that scrolls in mounts plain elements instead of a styled component per text.
 */
export const ROW_TEXT = {
  sensorCell: 'sensor-cell',
  sensorText: 'sensor-text',
  body: 'sensor-body',
  secondary: 'sensor-secondary',
  key: 'sensor-key',
  muted: 'sensor-muted',
  warning: 'sensor-warning',
  error: 'sensor-error',
} as const;

const EXPIRY_CLASS = {
  active: '',
  expiring: ROW_TEXT.warning,
  expired: ROW_TEXT.error,
  unlicensed: '',
} as const;

function Secondary({ children, className = '' }: { children: string; className?: string }) {
  return <div className={`${ROW_TEXT.secondary} ${className}`}>{children}</div>;
}

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
  const checkbox = (
    <Checkbox
      size="small"
      disableRipple
      checked={selected}
      disabled={!selected && selectDisabledReason !== null}
      onChange={() => onSelect(sensor.serial)}
      slotProps={{
        input: {
          'aria-label': t('fleet.bulk.selectSensor', { name: sensor.name, serial: sensor.serial }),
        },
      }}
      sx={CHECKBOX_SX}
    />
  );
  return (
    <TableRow hover selected={selected} aria-rowindex={index + 2} data-serial={sensor.serial}>
      <TableCell>
        <div className={ROW_TEXT.sensorCell}>
          {/* The tooltip only when the box is off for a reason: most rows mount none. */}
          {!selected && selectDisabledReason !== null ? (
            <Tooltip title={selectDisabledReason}>{checkbox}</Tooltip>
          ) : (
            checkbox
          )}
          <div className={ROW_TEXT.sensorText}>
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
          </div>
        </div>
      </TableCell>
      <TableCell>{current ? dates.day(current.startDate) : '—'}</TableCell>
      <TableCell>
        {current && sensor.daysLeft !== null ? (
          <>
            <div className={ROW_TEXT.body}>{dates.day(current.endDate)}</div>
            <Secondary className={EXPIRY_CLASS[sensor.status]}>
              {daysLeftWords(sensor.daysLeft, t)}
            </Secondary>
          </>
        ) : (
          <div className={`${ROW_TEXT.body} ${ROW_TEXT.muted}`}>
            {t(SENSOR_STATUS_TEXT.unlicensed)}
          </div>
        )}
      </TableCell>
      <TableCell>
        {current ? (
          <div className={ROW_TEXT.key}>
            {current.keyId} ({sensor.keyLicenseCount})
          </div>
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
