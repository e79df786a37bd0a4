import { memo } from 'react';
import type { SensorQuery, SensorSort } from '@/api/contract/fleet';
import { TableCell, TableHead, TableRow, TableSortLabel } from '@/components/data-table';
import { useText } from '@/lib/i18n';
import { SENSOR_COLUMNS, type SensorColumn } from './sensor-columns';

/** Whole pixels, so the last row ends exactly at the bottom of the scroll box. */
const HEADER_HEIGHT = 40;

/** A long header (German compounds) breaks onto a second line within the same height. */
const HEADER_SX = {
  height: HEADER_HEIGHT,
  py: 0,
  fontWeight: 600,
  whiteSpace: 'normal',
  lineHeight: 1.2,
  hyphens: 'auto',
} as const;

interface SensorTableHeadProps {
  sort: SensorSort;
  direction: SensorQuery['direction'];
  onSort: (sort: SensorSort) => void;
  onSortIntent: (sort: SensorSort) => void;
}

/** LM-8: the sensor table's column headers; a click sorts, a hover or focus prepares that order. */
export const SensorTableHead = memo(function SensorTableHead({
  sort,
  direction,
  onSort,
  onSortIntent,
}: SensorTableHeadProps) {
  return (
    <TableHead>
      <TableRow aria-rowindex={1}>
        {SENSOR_COLUMNS.map((column) => (
          <HeaderCell
            key={column.label}
            column={column}
            sorted={column.sort !== null && column.sort === sort ? direction : null}
            onSort={onSort}
            onSortIntent={onSortIntent}
          />
        ))}
      </TableRow>
    </TableHead>
  );
});

interface HeaderCellProps {
  column: SensorColumn;
  /** The direction when the table is sorted by this column, else null. */
  sorted: SensorQuery['direction'] | null;
  onSort: (sort: SensorSort) => void;
  onSortIntent: (sort: SensorSort) => void;
}

/** Memoised: a new order draws the two headers whose arrow changes, not all six (P4). */
const HeaderCell = memo(function HeaderCell({
  column,
  sorted,
  onSort,
  onSortIntent,
}: HeaderCellProps) {
  const t = useText();
  const sortKey = column.sort;
  return (
    <TableCell
      align={column.align}
      sx={{ ...HEADER_SX, width: column.width }}
      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {sortKey === null ? (
        t(column.label)
      ) : (
        <TableSortLabel
          active={sorted !== null}
          direction={sorted ?? 'asc'}
          onClick={() => onSort(sortKey)}
          onPointerEnter={() => onSortIntent(sortKey)}
          onFocus={() => onSortIntent(sortKey)}
        >
          {t(column.label)}
        </TableSortLabel>
      )}
    </TableCell>
  );
});
