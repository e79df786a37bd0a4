import AddOutlined from '@mui/icons-material/AddOutlined';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Sensor } from '@/api/fleet-schemas';
import { ToolbarAction } from '@/components/toolbar-action';
import { daysLeftText, SENSOR_STATUS_LABELS } from '@/domain/fleet';
import { AutoRenewalSwitch } from './auto-renewal-switch';
import { SENSOR_COLUMNS, SENSOR_ROW_HEIGHT } from './sensor-columns';

const TWO_LINES = { py: 0.5, height: SENSOR_ROW_HEIGHT, overflow: 'hidden' } as const;

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
  /** Why "+" is unavailable (no licences left), or null. */
  addDisabledReason: string | null;
  onOpen: (serial: string) => void;
  onAdd: (sensor: Sensor) => void;
}

/** LM-3: one sensor, in the table's exact columns. */
export function SensorRow({ sensor, index, addDisabledReason, onOpen, onAdd }: SensorRowProps) {
  const { current } = sensor;
  return (
    <TableRow hover aria-rowindex={index + 2}>
      <TableCell sx={TWO_LINES}>
        <Link
          component="button"
          variant="body2"
          underline="hover"
          onClick={() => onOpen(sensor.serial)}
          sx={{ fontWeight: 500, fontFamily: 'monospace' }}
        >
          {sensor.serial}
        </Link>
        <Secondary>{sensor.name}</Secondary>
      </TableCell>
      <TableCell sx={TWO_LINES}>{current?.startDate ?? '—'}</TableCell>
      <TableCell sx={TWO_LINES}>
        {current && sensor.daysLeft !== null ? (
          <>
            <Typography variant="body2" component="div">
              {current.endDate}
            </Typography>
            <Secondary color={EXPIRY_COLOR[sensor.status]}>
              {daysLeftText(sensor.daysLeft)}
            </Secondary>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {SENSOR_STATUS_LABELS.unlicensed}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={TWO_LINES}>
        {current ? (
          <Typography variant="body2" noWrap sx={{ fontFamily: 'monospace' }}>
            {current.keyId} ({sensor.keyLicenseCount})
          </Typography>
        ) : (
          '—'
        )}
        {sensor.queue.length > 0 && <Secondary>{`${sensor.queue.length} queued`}</Secondary>}
      </TableCell>
      <TableCell sx={TWO_LINES} align="center">
        <ToolbarAction
          label={`Add license to ${sensor.name} (${sensor.serial})`}
          icon={<AddOutlined />}
          onClick={() => onAdd(sensor)}
          disabledReason={addDisabledReason}
        />
      </TableCell>
      <TableCell sx={TWO_LINES} align="center">
        <AutoRenewalSwitch sensor={sensor} />
      </TableCell>
    </TableRow>
  );
}

/** A row whose page is still on its way: same height, marked as loading. */
export function SensorRowPlaceholder({ index }: { index: number }) {
  return (
    <TableRow aria-rowindex={index + 2} aria-busy="true">
      {SENSOR_COLUMNS.map((column) => (
        <TableCell key={column.label} sx={TWO_LINES}>
          <Skeleton variant="text" width="70%" />
          <Skeleton variant="text" width="40%" />
        </TableCell>
      ))}
    </TableRow>
  );
}
