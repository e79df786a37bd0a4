import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CustomerInventoryLicense } from '@/api/contract/partner-portal';
import { CopyableId } from '@/components/copyable-id';
import { describeLicense } from '@/domain/licenses';
import { MONOSPACE } from '@/lib/theme';
import { usePagedRows } from '@/components/use-paged-rows';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';

export const CUSTOMER_INVENTORY_COLUMNS = [
  'License ID',
  'Type',
  'Customer',
  'Transfer date',
  'Activated on',
  'Actions',
] as const;

/** PP-7: a maintenance license of a customer that is not activated and not replaced. */
const canIssueMaintenanceFile = (license: CustomerInventoryLicense) =>
  license.kind === 'maintenance' && license.supersededBy === null && license.activatedOn === null;

interface CustomerInventoryTableProps {
  rows: CustomerInventoryLicense[];
  onIssueFile: (license: CustomerInventoryLicense) => void;
}

/** PP-1, PP-5: licenses at customers; a replaced original shows its successor (lineage). */
export function CustomerInventoryTable({ rows, onIssueFile }: CustomerInventoryTableProps) {
  const { visible, pager } = usePagedRows(rows);
  return (
    <>
      <DataTable aria-label="Customer Inventory">
        <TableHead>
          <TableRow>
            {CUSTOMER_INVENTORY_COLUMNS.map((column) => (
              <TableCell key={column}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {visible.map((license) => (
            <TableRow key={license.licenseId} hover>
              <TableCell>
                <Stack>
                  <CopyableId id={license.licenseId} label="License ID" />
                  {license.supersededBy && (
                    <Typography variant="caption" color="text.secondary">
                      Replaced by{' '}
                      <Typography component="span" variant="caption" sx={{ fontFamily: MONOSPACE }}>
                        {license.supersededBy}
                      </Typography>
                    </Typography>
                  )}
                </Stack>
              </TableCell>
              <TableCell>{describeLicense(license)}</TableCell>
              <TableCell>{license.customerName}</TableCell>
              <TableCell>{license.transferDate ?? '—'}</TableCell>
              <TableCell>{license.activatedOn ?? '—'}</TableCell>
              <TableCell>
                {canIssueMaintenanceFile(license) && (
                  <Button
                    size="small"
                    aria-label={`Issue maintenance file for ${license.licenseId}`}
                    onClick={() => onIssueFile(license)}
                  >
                    Issue maintenance file
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      {pager}
    </>
  );
}
