import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { HistoryEntry } from '@/api/contract/history';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText } from '@/lib/i18n';
import { useHistoryWords } from './history-words';

/** AU-1: one row per event, oldest first: when (wall time on hover), what, who, before → after. */
export function HistoryTable({
  entries,
  lineage,
}: {
  entries: readonly HistoryEntry[];
  lineage: readonly string[];
}) {
  const t = useText();
  const { day, moment } = useDates();
  const words = useHistoryWords();
  return (
    <DataTable aria-label={t('history.table')} stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{t('history.column.when')}</TableCell>
          <TableCell>{t('history.column.what')}</TableCell>
          <TableCell>{t('history.column.who')}</TableCell>
          <TableCell>{t('history.column.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {entry.at ? (
                <Tooltip title={t('history.recordedAt', { moment: moment(entry.at) })}>
                  <span>{day(entry.day)}</span>
                </Tooltip>
              ) : (
                day(entry.day)
              )}
            </TableCell>
            <TableCell>
              <Typography variant="body2">{words.what(entry)}</Typography>
              {lineage.length > 1 && entry.licenseId ? (
                <Typography variant="caption" color="text.secondary">
                  {t('history.under', { licenseId: entry.licenseId })}
                </Typography>
              ) : null}
              {entry.refusal ? (
                <Typography variant="body2" color="error">
                  {t('history.refused', { message: entry.refusal.message })}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>{words.who(entry)}</TableCell>
            <TableCell>
              <Stack spacing={0.25}>
                {words.changes(entry).map((change) => (
                  <Typography key={change.field} variant="body2">
                    {t('history.change', change)}
                  </Typography>
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
