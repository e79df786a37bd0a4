import type { CustomerInventoryLicense } from '@/api/contract/partner-portal';
import { usePagedRows } from '@/components/use-paged-rows';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { CustomerInventoryRow } from './customer-inventory-row';

export const CUSTOMER_INVENTORY_COLUMNS = [
  'License ID',
  'Type',
  'Customer',
  'Purchase order',
  'Transfer date',
  'Where',
  'Status',
  'Expiry',
  'Actions',
] as const;

interface CustomerInventoryTableProps {
  rows: CustomerInventoryLicense[];
  onIssueFile: (license: CustomerInventoryLicense) => void;
  onShowLicense: (licenseId: string) => void;
}

/**
 * PP-1, PP-5, PP-10: licenses at customers, where each is now, its status and expiry. The type
 * names the device count ("100-device capacity"), so it has no column of its own here.
 */
export function CustomerInventoryTable({
  rows,
  onIssueFile,
  onShowLicense,
}: CustomerInventoryTableProps) {
  const { visible, pager } = usePagedRows(rows);
  return (
    <>
      <DataTable aria-label="Customer Inventory" keptId="first">
        <TableHead>
          <TableRow>
            {CUSTOMER_INVENTORY_COLUMNS.map((column) => (
              <TableCell key={column}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {visible.map((license) => (
            <CustomerInventoryRow
              key={license.licenseId}
              license={license}
              onIssueFile={onIssueFile}
              onShowLicense={onShowLicense}
            />
          ))}
        </TableBody>
      </DataTable>
      {pager}
    </>
  );
}
