import Checkbox from '@mui/material/Checkbox';
import type { MyInventoryLicense } from '@/api/contract/partner-portal';
import { CopyableId } from '@/components/copyable-id';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { describeLicense } from '@/domain/licenses';
import { usePagedRows } from '@/components/use-paged-rows';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';

export const MY_INVENTORY_COLUMNS = [
  'License ID',
  'Type',
  'Devices',
  'Term',
  'Purchase order',
  'Purchase date',
] as const;

const termText = (termYears: number | null) =>
  termYears === null ? 'Perpetual' : termYears === 1 ? '1 year' : `${termYears} years`;

interface MyInventoryTableProps {
  rows: MyInventoryLicense[];
  selected: ReadonlySet<string>;
  onToggle: (licenseId: string) => void;
}

/** PP-1: licenses the partner bought and still holds, selectable for a transfer (PP-4). */
export function MyInventoryTable({ rows, selected, onToggle }: MyInventoryTableProps) {
  const { visible, pager } = usePagedRows(rows);
  return (
    <>
      <DataTable aria-label="My Inventory" keptId="second">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <span style={VISUALLY_HIDDEN}>Select</span>
            </TableCell>
            {MY_INVENTORY_COLUMNS.map((column) => (
              <TableCell key={column}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {visible.map((license) => (
            <TableRow key={license.licenseId} hover selected={selected.has(license.licenseId)}>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={selected.has(license.licenseId)}
                  onChange={() => onToggle(license.licenseId)}
                  slotProps={{ input: { 'aria-label': `Select ${license.licenseId}` } }}
                />
              </TableCell>
              <TableCell>
                <CopyableId id={license.licenseId} label="License ID" />
              </TableCell>
              <TableCell>{describeLicense(license)}</TableCell>
              <TableCell>{license.deviceCount}</TableCell>
              <TableCell>{termText(license.termYears)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{license.purchaseOrder}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{license.purchaseDate}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      {pager}
    </>
  );
}
