import { useState, type ReactNode } from 'react';
// Not through data-table: whatever the first load imports from there is bundled into it, and only
// lazily loaded tables have pages (quality P1).
import TablePagination from '@mui/material/TablePagination';

const PAGE_SIZE = 25;

/**
 * Client-side pages of a table's rows: the rows of the current page and the pager (none when one
 * page holds them all). The page is clamped, so a shrinking list never shows an empty page.
 */
export function usePagedRows<Row>(rows: readonly Row[]): {
  visible: readonly Row[];
  pager: ReactNode;
} {
  const [page, setPage] = useState(0);
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
  const current = Math.min(page, lastPage);
  const pager =
    rows.length > PAGE_SIZE ? (
      <TablePagination
        component="div"
        count={rows.length}
        page={current}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[PAGE_SIZE]}
        onPageChange={(_, next) => setPage(next)}
      />
    ) : null;
  return { visible: rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), pager };
}
