import SearchOutlined from '@mui/icons-material/SearchOutlined';
import SensorsOutlined from '@mui/icons-material/SensorsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Sensor, SensorPage, SensorQuery } from '@/api/contract/fleet';
import { EmptyState } from '@/components/empty-state';
import { QueryView, type ViewQuery } from '@/components/query-view';
import { TableSkeleton } from '@/components/table-skeleton';
import type { SensorSelection } from '@/features/license-manager/bulk/use-sensor-selection';
import { useFleetUrl } from '@/features/license-manager/fleet-url';
import { useText } from '@/lib/i18n';
import { useStableCallback } from '@/lib/use-stable-callback';
import { SENSOR_COLUMNS } from './sensor-columns';
import { SENSOR_TABLE_HEIGHT, SensorTable } from './sensor-table';
import { useSortBy } from './use-sort-by';

interface SensorTableSectionProps {
  /** The first page of the filtered table: its total decides between the table and an empty state. */
  head: ViewQuery<SensorPage> & { isPlaceholderData: boolean };
  /** The query whose sensors are shown (use-shown-sensors.ts). */
  query: SensorQuery;
  /** All sensors of the organization, to tell "none yet" from "none match". */
  fleetSize: number | undefined;
  onAdd: (sensor: Sensor) => void;
  addDisabledReason: string | null;
  selection: SensorSelection;
}

/**
 * LM-2, LM-8: the sensor table with its states. Only the first answer goes through QueryView; the
 * virtualized table then loads further windows itself.
 */
export function SensorTableSection({
  head,
  query,
  fleetSize,
  onAdd,
  addDisabledReason,
  selection,
}: SensorTableSectionProps) {
  const url = useFleetUrl();
  const t = useText();
  const openSensor = useStableCallback((serial: string) => url.openSensor(serial));
  // Stable, so the memoised header is not drawn again with every answer (P4).
  const { sortBy, prepareSort } = useSortBy(url, query);
  return (
    <QueryView
      query={head}
      pending={
        // The same frame as the loaded table (border outside the scroll box's height): no shift.
        <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
          <Box sx={{ height: SENSOR_TABLE_HEIGHT }}>
            <TableSkeleton
              label={t('fleet.table.name')}
              columns={SENSOR_COLUMNS.map((c) => t(c.label))}
              rows={8}
              cellHeight={40}
            />
          </Box>
        </Paper>
      }
      errorTitle={t('fleet.table.loadFailed')}
      lastLoaded={t('fleet.table.lastLoaded')}
      isEmpty={(page) => page.total === 0}
      empty={
        fleetSize === 0 ? (
          <EmptyState
            icon={<SensorsOutlined fontSize="inherit" />}
            title={t('fleet.table.noSensorsTitle')}
          >
            <Typography variant="body2">{t('fleet.table.noSensorsText')}</Typography>
          </EmptyState>
        ) : (
          <EmptyState
            icon={<SearchOutlined fontSize="inherit" />}
            title={t('fleet.table.noMatchTitle')}
          >
            <Button onClick={() => url.setQuery({ search: '', status: null, location: null })}>
              {t('fleet.table.showAll')}
            </Button>
          </EmptyState>
        )
      }
    >
      {(page) => (
        <SensorTable
          query={query}
          total={page.total}
          updating={head.isPlaceholderData}
          onSort={sortBy}
          onSortIntent={prepareSort}
          onOpen={openSensor}
          onAdd={onAdd}
          addDisabledReason={addDisabledReason}
          selection={selection}
        />
      )}
    </QueryView>
  );
}
