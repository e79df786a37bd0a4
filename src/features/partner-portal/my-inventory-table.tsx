import Checkbox from '@mui/material/Checkbox';
import type { MyInventoryLicense } from '@/api/contract/partner-portal';
import { LicenseIdWithHistory } from '@/components/history';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { usePagedRows } from '@/components/use-paged-rows';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText, type MessageId, type Translate, licenseDescription } from '@/lib/i18n';

export const MY_INVENTORY_COLUMNS = [
  'partner.myInventory.column.licenseId',
  'partner.myInventory.column.type',
  'partner.myInventory.column.devices',
  'partner.myInventory.column.term',
  'partner.myInventory.column.purchaseOrder',
  'partner.myInventory.column.purchaseDate',
] as const satisfies readonly MessageId[];

const termText = (termYears: number | null, t: Translate) =>
  termYears === null
    ? t('partner.myInventory.perpetual')
    : t('partner.myInventory.termYears', { years: termYears });

interface MyInventoryTableProps {
  rows: MyInventoryLicense[];
  selected: ReadonlySet<string>;
  onToggle: (licenseId: string) => void;
}

/** PP-1: licenses the partner bought and still holds, selectable for a transfer (PP-4). */
export function MyInventoryTable({ rows, selected, onToggle }: MyInventoryTableProps) {
  const { visible, pager } = usePagedRows(rows);
  const t = useText();
  const dates = useDates();
  return (
    <>
      <DataTable aria-label={t('partner.page.myInventoryTab')} keptId="second">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <span style={VISUALLY_HIDDEN}>{t('partner.myInventory.select')}</span>
            </TableCell>
            {MY_INVENTORY_COLUMNS.map((column) => (
              <TableCell key={column}>{t(column)}</TableCell>
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
                  slotProps={{
                    input: {
                      'aria-label': t('partner.myInventory.selectLicense', {
                        licenseId: license.licenseId,
                      }),
                    },
                  }}
                />
              </TableCell>
              <TableCell>
                <LicenseIdWithHistory
                  licenseId={license.licenseId}
                  label={t('partner.myInventory.column.licenseId')}
                />
              </TableCell>
              <TableCell>{licenseDescription(license, t)}</TableCell>
              <TableCell>{license.deviceCount}</TableCell>
              <TableCell>{termText(license.termYears, t)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{license.purchaseOrder}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{dates.day(license.purchaseDate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      {pager}
    </>
  );
}
