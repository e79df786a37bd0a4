import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { HistoryEntry } from '@/api/contract/history';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText } from '@/lib/i18n';
import { useHistoryWords } from './history-words';

/** Rows shown at first and added by each "Show more": a History of 1,000 events opens at once. */
const HISTORY_ROWS_PER_STEP = 100;

/**
 * AU-1: one row per event, oldest first: when (wall time on hover), what, who, before → after.
 * Long histories show their first events and more on request; the filters and the CSV see all.
 */
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
  const [limit, setLimit] = useState(HISTORY_ROWS_PER_STEP);
  const [shownFor, setShownFor] = useState(entries);
  if (shownFor !== entries) {
    setShownFor(entries);
    setLimit(HISTORY_ROWS_PER_STEP);
  }
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const showMore = () => {
    const firstNew = limit;
    flushSync(() => setLimit(limit + HISTORY_ROWS_PER_STEP));
    // The button may be gone now: focus goes to the first event it brought.
    bodyRef.current?.querySelectorAll<HTMLElement>('tr')[firstNew]?.focus();
  };
  const left = entries.length - limit;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <DataTable aria-label={t('history.table')} stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell>{t('history.column.when')}</TableCell>
            <TableCell>{t('history.column.what')}</TableCell>
            <TableCell>{t('history.column.who')}</TableCell>
            <TableCell>{t('history.column.changes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody ref={bodyRef}>
          {entries.slice(0, limit).map((entry) => (
            <TableRow key={entry.id} tabIndex={-1}>
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
      {left > 0 && (
        <Button onClick={showMore}>
          {t('history.showMore', { count: Math.min(left, HISTORY_ROWS_PER_STEP), left })}
        </Button>
      )}
    </Stack>
  );
}
