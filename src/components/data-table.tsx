import Table, { type TableProps } from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';

// The table's parts, wrapped once here: features import them from this file only.
export { default as TableBody } from '@mui/material/TableBody';
export { default as TableCell } from '@mui/material/TableCell';
export { default as TableContainer } from '@mui/material/TableContainer';
export { default as TableHead } from '@mui/material/TableHead';
export { default as TablePagination } from '@mui/material/TablePagination';
export { default as TableRow } from '@mui/material/TableRow';
export { default as TableSortLabel } from '@mui/material/TableSortLabel';

const STICKY = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;

/**
 * The kept column with the row's ID: on a phone a long ID breaks over lines, so the columns that
 * scroll past it keep most of the screen.
 */
const KEPT_ID = {
  ...STICKY,
  '@media (max-width: 599.95px)': {
    width: 160,
    minWidth: 160,
    maxWidth: 160,
    px: 1,
    '& span': { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  },
} as const;

/** UX-2: the leading cells of each row stay put while the rest scrolls sideways. */
function stickySx(stickyColumns: 1 | 2) {
  // The whole table on paper, so the kept cells' background matches the cells scrolling under them.
  if (stickyColumns === 1) return { bgcolor: 'background.paper', '& tr > :first-of-type': KEPT_ID };
  // Two kept columns: the first is a checkbox cell of MUI's fixed width, the second sits after it.
  return {
    bgcolor: 'background.paper',
    '& tr > :first-of-type': { ...STICKY, width: 48, minWidth: 48 },
    '& tr > :nth-of-type(2)': { ...KEPT_ID, left: 48 },
  };
}

/**
 * Every data table in the app: compact rows and an accessible name (the table's caption). With
 * `stickyColumns` it scrolls inside its own box (UX-2: a phone's page never scrolls sideways) and
 * keeps that many leading columns in view.
 */
export function DataTable({
  size = 'small',
  stickyColumns = 0,
  sx,
  ...props
}: TableProps & { 'aria-label': string; stickyColumns?: 0 | 1 | 2 } & Required<
    Pick<TableProps, 'children'>
  >) {
  if (stickyColumns === 0) return <Table size={size} sx={sx} {...props} />;
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table
        size={size}
        sx={[stickySx(stickyColumns), ...(Array.isArray(sx) ? sx : [sx])]}
        {...props}
      />
    </TableContainer>
  );
}
