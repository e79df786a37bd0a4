import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { HistoryEntry } from '@/api/contract/history';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText } from '@/lib/i18n';
import { useHistoryWords } from './history-words';

const ROW_PARTS = {
  alignItems: 'flex-start',
  '& tbody p': { m: 0 },
  '& .history-under': { typography: 'caption', color: 'text.secondary' },
  '& .history-refused': { color: 'error.main' },
  '& .history-changes': { display: 'flex', flexDirection: 'column', gap: 0.25 },
} as const;

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
    // A row's parts are plain elements styled here once: a hundred rows of Typography and Stack
    // components would slow the first paint (AU-1: 1,000 events within 300 ms).
    <Stack spacing={1} sx={ROW_PARTS}>
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
                {/* The browser's own hover text, for the same reason as ROW_PARTS. */}
                {entry.at ? (
                  <time
                    dateTime={entry.at}
                    title={t('history.recordedAt', { moment: moment(entry.at) })}
                  >
                    {day(entry.day)}
                  </time>
                ) : (
                  day(entry.day)
                )}
              </TableCell>
              <TableCell>
                <p>{words.what(entry)}</p>
                {lineage.length > 1 && entry.licenseId ? (
                  <span className="history-under">
                    {t('history.under', { licenseId: entry.licenseId })}
                  </span>
                ) : null}
                {entry.refusal ? (
                  <p className="history-refused">
                    {t('history.refused', { message: entry.refusal.message })}
                  </p>
                ) : null}
              </TableCell>
              <TableCell>{words.who(entry)}</TableCell>
              <TableCell>
                <div className="history-changes">
                  {words.changes(entry).map((change) => (
                    <p key={change.field}>{t('history.change', change)}</p>
                  ))}
                </div>
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
