import { memo, useEffect, useRef } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorAlert } from '@/components/error-alert';
import type { Sensor, SensorQuery, SensorSort } from '@/api/contract/fleet';
import { MAX_BULK_SELECTED } from '@/api/contract/fleet-bulk';
import type { SensorSelection } from '@/features/license-manager/bulk/use-sensor-selection';
import { toUserMessage } from '@/api/errors';
import { PAINT_MARKS, usePaintMark } from '@/lib/paint-marks';
import { SENSOR_ROW_HEIGHT } from './sensor-columns';
import { SensorTableHead } from './sensor-table-head';
import { SensorRow, SensorRowPlaceholder } from './sensor-row';
import { SENSOR_BODY_SX } from './sensor-row-sx';
import { useText } from '@/lib/i18n';
import { useSensorWindow } from './use-sensor-window';
import { DataTable, TableContainer } from '@/components/data-table';

const PROGRESS_SX = { position: 'absolute', insetInline: 0, top: 0, zIndex: 3 } as const;

/**
 * The rows' styles, inserted once per table: as an sx on the body they were turned into CSS again
 * on every scrolled frame (P8).
 */
const SensorBodyStyles = memo(function SensorBodyStyles() {
  return (
    <GlobalStyles
      styles={(theme) => ({
        'table[data-sensor-table] > tbody': theme.unstable_sx(SENSOR_BODY_SX),
      })}
    />
  );
});

/**
 * Shown while rows of the previous query stand in. Memoised, like the header: neither is drawn
 * again on every scrolled frame (P8).
 */
const BusyBar = memo(function BusyBar({ busy }: { busy: boolean }) {
  const t = useText();
  return (
    <LinearProgress
      aria-label={t('fleet.table.updating')}
      sx={PROGRESS_SX}
      // Inline: a class per state would insert new @media rules in the click that first shows
      // it, and that restyles the whole page (~5 ms at 10,000 sensors, P4).
      style={{ visibility: busy ? 'visible' : 'hidden' }}
    />
  );
});

/** The table's own height: fixed, so the page never shifts while rows arrive (CLS 0). */
export const SENSOR_TABLE_HEIGHT = 'max(420px, calc(100vh - 400px))';

interface SensorTableProps {
  query: SensorQuery;
  /** Sensors matching the query (from its first page, already loaded). */
  total: number;
  /** The rows shown belong to the previous query while the new one loads. */
  updating: boolean;
  onSort: (sort: SensorSort) => void;
  /** A header the pointer is over or that has focus: its order is likely to be asked for next. */
  onSortIntent: (sort: SensorSort) => void;
  onOpen: (serial: string) => void;
  onAdd: (sensor: Sensor) => void;
  addDisabledReason: string | null;
  /** LM-12: the rows ticked for a bulk action. */
  selection: SensorSelection;
}

/**
 * LM-3, LM-8: the fleet, virtualized: only the rows in view (and a margin) are in the page, and
 * only their pages are fetched, so 100,000 sensors scroll like 40.
 */
export function SensorTable({
  query,
  total,
  updating,
  onSort,
  onSortIntent,
  selection,
  ...rowProps
}: SensorTableProps) {
  const t = useText();
  const scrollRef = useRef<HTMLDivElement>(null);
  // No React Compiler here: the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => SENSOR_ROW_HEIGHT,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  usePaintMark(PAINT_MARKS.fleetRows, items.length > 0);
  const loaded = useSensorWindow(query, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);
  const busy = updating || loaded.updating;

  // A new search, filter or order starts at the top of its answer. Only when scrolled: writing
  // scrollTop lays the page out at once, inside the click or keystroke (~30 ms at 10,000 rows).
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    if (scrollRef.current && (virtualizer.scrollOffset ?? 0) > 0) scrollRef.current.scrollTop = 0;
  }, [queryKey, virtualizer]);

  const selectDisabledReason = selection.full
    ? t('fleet.bulk.selectLimit', { max: MAX_BULK_SELECTED })
    : null;
  const shown = new Set<string>();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <Paper variant="outlined" sx={{ position: 'relative' }}>
      <BusyBar busy={busy} />
      <SensorBodyStyles />
      {loaded.pageError && (
        <ErrorAlert
          error={t('fleet.table.someRowsFailed', { message: toUserMessage(loaded.pageError, t) })}
          onRetry={loaded.refetch}
        />
      )}
      <TableContainer ref={scrollRef} sx={{ height: SENSOR_TABLE_HEIGHT }}>
        <DataTable
          stickyHeader
          aria-label={t('fleet.table.name')}
          data-sensor-table
          aria-rowcount={total + 1}
          aria-busy={busy}
          sx={{ tableLayout: 'fixed', minWidth: 880 }}
        >
          <SensorTableHead
            sort={query.sort}
            direction={query.direction}
            onSort={onSort}
            onSortIntent={onSortIntent}
          />
          <tbody>
            {top > 0 && <tr aria-hidden style={{ height: top }} />}
            {items.map((item) => {
              const found = loaded.rows.get(item.index);
              // While a new order loads, pages of the old and new order can hold the same sensor.
              const sensor = found && !shown.has(found.serial) ? found : undefined;
              if (sensor) shown.add(sensor.serial);
              return sensor ? (
                <SensorRow
                  key={sensor.serial}
                  sensor={sensor}
                  index={item.index}
                  selected={selection.serials.has(sensor.serial)}
                  selectDisabledReason={selectDisabledReason}
                  onSelect={selection.toggle}
                  {...rowProps}
                />
              ) : (
                <SensorRowPlaceholder key={`placeholder-${item.index}`} index={item.index} />
              );
            })}
            {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
          </tbody>
        </DataTable>
      </TableContainer>
    </Paper>
  );
}
