import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { LICENSE_COLUMN_LABELS } from './licenses-table';

const ROWS = 6;

/** The table's shape while it loads, at the height the rows will take (no layout shift). */
export function LicensesTableSkeleton() {
  return (
    <Table size="small" aria-label="Activated licenses" aria-busy="true">
      <TableHead>
        <TableRow>
          {LICENSE_COLUMN_LABELS.map((label) => (
            <TableCell key={label}>{label}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {Array.from({ length: ROWS }, (_, row) => (
          <TableRow key={row}>
            {LICENSE_COLUMN_LABELS.map((label) => (
              <TableCell key={label}>
                <Skeleton variant="text" />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
