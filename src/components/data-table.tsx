import Table, { type TableProps } from '@mui/material/Table';

// The table's parts, wrapped once here: features import them from this file only.
export { default as TableBody } from '@mui/material/TableBody';
export { default as TableCell } from '@mui/material/TableCell';
export { default as TableContainer } from '@mui/material/TableContainer';
export { default as TableHead } from '@mui/material/TableHead';
export { default as TablePagination } from '@mui/material/TablePagination';
export { default as TableRow } from '@mui/material/TableRow';
export { default as TableSortLabel } from '@mui/material/TableSortLabel';

/** Every data table in the app: compact rows and an accessible name (the table's caption). */
export function DataTable({
  size = 'small',
  ...props
}: TableProps & { 'aria-label': string } & Required<Pick<TableProps, 'children'>>) {
  return <Table size={size} {...props} />;
}
