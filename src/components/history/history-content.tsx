import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FilterAltOffOutlined from '@mui/icons-material/FilterAltOffOutlined';
import type { HistoryEntry } from '@/api/contract/history';
import { downloadTextFile } from '@/lib/download-text-file';
import { useText } from '@/lib/i18n';
import { EmptyState } from '@/components/empty-state';
import { useHistoryCsv } from './history-csv';
import { HistoryFilterBar } from './history-filter-bar';
import { applyFilters, filterChoices, NO_FILTERS, rangeBackwards } from './history-filters';
import { HistoryTable } from './history-table';

/** A loaded History: its filters, how many events they show, the table and its CSV export. */
export function HistoryContent({
  entries,
  lineage,
  fileId,
}: {
  entries: readonly HistoryEntry[];
  lineage: readonly string[];
  /** Names the exported file: the License ID in use, or the Customer ID. */
  fileId: string;
}) {
  const t = useText();
  const [filters, setFilters] = useState(NO_FILTERS);
  const choices = useMemo(() => filterChoices(entries), [entries]);
  const shown = useMemo(
    () => (rangeBackwards(filters) ? [] : applyFilters(entries, filters)),
    [entries, filters],
  );
  const toCsv = useHistoryCsv();
  const exportCsv = () =>
    downloadTextFile(t('history.csv.fileName', { id: fileId }), toCsv(shown), 'text/csv');
  return (
    <Stack spacing={2}>
      {lineage.length > 1 ? (
        <Typography variant="body2">
          {t('history.lineage', { count: lineage.length, ids: lineage.join(' → ') })}
        </Typography>
      ) : null}
      <HistoryFilterBar filters={filters} choices={choices} onChange={setFilters} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" role="status">
          {t('history.count', { shown: shown.length, hidden: entries.length - shown.length })}
        </Typography>
        <Tooltip title={shown.length === 0 ? t('history.exportEmpty') : ''}>
          <span>
            <Button
              size="small"
              startIcon={<FileDownloadOutlined />}
              onClick={exportCsv}
              disabled={shown.length === 0}
            >
              {t('history.export')}
            </Button>
          </span>
        </Tooltip>
      </Stack>
      {shown.length > 0 ? (
        <HistoryTable entries={shown} lineage={lineage} />
      ) : (
        <EmptyState icon={<FilterAltOffOutlined fontSize="inherit" />} title={t('history.noMatch')}>
          <Button onClick={() => setFilters(NO_FILTERS)}>{t('history.clearFilters')}</Button>
        </EmptyState>
      )}
    </Stack>
  );
}
