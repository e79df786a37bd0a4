import type { Ref } from 'react';
import type { ActivationItem } from '@/api/contract/activations';
import { CloudLicenseRow, CLOUD_LICENSE_COLUMN_LABELS } from './cloud-license-row';
import type { Destination, DownloadRow } from './download-rows';
import { SelectionMark } from './selection-mark';
import { useText, type MessageId } from '@/lib/i18n';
import {
  DataTable,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@/components/data-table';

export const CLOUD_LICENSES_TABLE_NAME: MessageId = 'cms.download.tableLabel';
export { CLOUD_LICENSE_COLUMN_LABELS };

interface SelectAllState {
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onToggle: () => void;
}

interface CloudLicensesTableProps {
  rows: readonly DownloadRow[];
  selected: ReadonlySet<string>;
  destinationOf: (row: DownloadRow) => Destination | null;
  items: ReadonlyMap<string, ActivationItem>;
  selectAll: SelectAllState;
  /** Where focus goes when a job's result is dismissed and nothing is left to activate. */
  selectAllRef: Ref<HTMLInputElement>;
  onToggle: (key: string) => void;
  onChoose: (licenseId: string, segmentControllerId: string) => void;
}

/**
 * SS-31, SS-32, SS-76: each license once, with its check mark and where it goes. The columns stay
 * the same before, during and after a job: its progress shows where the license goes.
 */
export function CloudLicensesTable({
  rows,
  selected,
  destinationOf,
  items,
  selectAll,
  selectAllRef,
  onToggle,
  onChoose,
}: CloudLicensesTableProps) {
  const t = useText();
  return (
    <TableContainer>
      <DataTable stickyHeader aria-label={t(CLOUD_LICENSES_TABLE_NAME)}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <SelectionMark
                label={t('cms.download.selectAll')}
                inputRef={selectAllRef}
                checked={selectAll.checked}
                indeterminate={selectAll.indeterminate}
                disabled={selectAll.disabled}
                onChange={selectAll.onToggle}
              />
            </TableCell>
            {CLOUD_LICENSE_COLUMN_LABELS.map((label) => (
              <TableCell key={label}>{t(label)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <CloudLicenseRow
              key={row.key}
              row={row}
              selected={selected.has(row.key)}
              destination={destinationOf(row)}
              item={items.get(row.key)}
              onToggle={onToggle}
              onChoose={onChoose}
            />
          ))}
        </TableBody>
      </DataTable>
    </TableContainer>
  );
}
