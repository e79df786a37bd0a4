import Skeleton from '@mui/material/Skeleton';
import { VISUALLY_HIDDEN } from './visually-hidden';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from './data-table';
import { useText } from '@/lib/i18n';

interface TableSkeletonProps {
  /** The accessible name the loaded table will have. */
  label: string;
  columns: readonly string[];
  rows: number;
  /** Height of a loaded row's content, so nothing shifts when the data arrives. */
  cellHeight?: number;
  /** A leading check-mark column (selection tables). */
  selectable?: boolean;
}

/** A table's shape while it loads, marked busy, at the height its rows will take. */
export function TableSkeleton({
  label,
  columns,
  rows,
  cellHeight,
  selectable = false,
}: TableSkeletonProps) {
  const t = useText();
  return (
    <DataTable aria-label={label} aria-busy="true">
      <TableHead>
        <TableRow>
          {selectable && (
            <TableCell padding="checkbox">
              <span style={VISUALLY_HIDDEN}>{t('common.selectColumn')}</span>
            </TableCell>
          )}
          {columns.map((column) => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {Array.from({ length: rows }, (_, row) => (
          <TableRow key={row}>
            {selectable && (
              <TableCell padding="checkbox">
                <Skeleton variant="circular" width={24} height={24} sx={{ m: 1 }} />
              </TableCell>
            )}
            {columns.map((column) => (
              <TableCell key={column}>
                {cellHeight ? (
                  <Skeleton variant="rounded" height={cellHeight} />
                ) : (
                  <Skeleton variant="text" />
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
