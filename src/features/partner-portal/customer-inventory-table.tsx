import type { CustomerInventoryLicense } from '@/api/contract/partner-portal';
import { usePagedRows } from '@/components/use-paged-rows';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useText, type MessageId } from '@/lib/i18n';
import { CustomerInventoryRow } from './customer-inventory-row';

export const CUSTOMER_INVENTORY_COLUMNS = [
  'partner.customerInventory.column.licenseId',
  'partner.customerInventory.column.type',
  'partner.customerInventory.column.customer',
  'partner.customerInventory.column.purchaseOrder',
  'partner.customerInventory.column.transferDate',
  'partner.customerInventory.column.where',
  'partner.customerInventory.column.status',
  'partner.customerInventory.column.expiry',
  'partner.customerInventory.column.actions',
] as const satisfies readonly MessageId[];

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
  const t = useText();
  return (
    <>
      <DataTable aria-label={t('partner.page.customerInventoryTab')} keptId="first">
        <TableHead>
          <TableRow>
            {CUSTOMER_INVENTORY_COLUMNS.map((column) => (
              <TableCell key={column}>{t(column)}</TableCell>
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
