import { memo, type ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import type { ActivationItem } from '@/api/contract/activations';
import { CopyableId } from '@/components/copyable-id';
import { ActivationStatus } from './activation-status';
import { isInProgress, type DownloadRow } from './download-rows';
import { SelectionMark } from './selection-mark';
import {
  DataTable,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@/components/data-table';

export const CLOUD_LICENSES_TABLE_NAME = 'Licenses available in the cloud';

interface Column {
  key: string;
  /** SS-31: the exact column titles. */
  label: string;
  cell: (row: DownloadRow) => ReactNode;
  /** Long text wraps, so a failure's reason still fits beside it. */
  wrap?: boolean;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const COLUMNS: readonly Column[] = [
  {
    key: 'segmentController',
    label: 'Segment Controller',
    cell: (row) => row.segmentControllerName,
  },
  {
    key: 'licenseId',
    label: 'License ID',
    cell: (row) => <CopyableId id={row.license.licenseId} label="License ID" />,
  },
  { key: 'transferDate', label: 'Transfer Date', cell: (row) => row.license.transferDate },
  {
    key: 'description',
    label: 'Description',
    wrap: true,
    cell: (row) => (
      // Either part wraps as a whole: the line breaks at the separator, never inside a date.
      <>
        <span style={NOWRAP}>{row.description}</span>
        {row.expiryNote && (
          <>
            {' · '}
            <Typography component="span" variant="body2" color="text.secondary" sx={NOWRAP}>
              {row.expiryNote}
            </Typography>
          </>
        )}
      </>
    ),
  },
];

export const CLOUD_LICENSE_COLUMN_LABELS = COLUMNS.map((c) => c.label);
const ACTIVATION_COLUMN_LABEL = 'Activation';

/** Selected rows: a yellow tint to match the mark; the text keeps its contrast. */
const SELECTED_ROW_SX = {
  '&.Mui-selected, &.Mui-selected:hover': { bgcolor: 'rgba(255, 193, 7, 0.14)' },
} as const;

const WRAP_SX = { minWidth: 240 } as const;

interface RowProps {
  row: DownloadRow;
  selected: boolean;
  item: ActivationItem | undefined;
  showStatus: boolean;
  onToggle: (key: string) => void;
}

/** Memoised: a poll or a click re-renders only the rows whose selection or job state changed. */
const CloudLicenseRow = memo(function CloudLicenseRow({
  row,
  selected,
  item,
  showStatus,
  onToggle,
}: RowProps) {
  return (
    <TableRow hover selected={selected} aria-selected={selected} sx={SELECTED_ROW_SX}>
      <TableCell padding="checkbox">
        <SelectionMark
          label={`Select ${row.license.licenseId} for ${row.segmentControllerName}`}
          checked={selected}
          disabled={isInProgress(item)}
          onChange={() => onToggle(row.key)}
        />
      </TableCell>
      {COLUMNS.map((column) => (
        <TableCell key={column.key} sx={column.wrap ? WRAP_SX : NOWRAP}>
          {column.cell(row)}
        </TableCell>
      ))}
      {showStatus && <TableCell>{item && <ActivationStatus item={item} />}</TableCell>}
    </TableRow>
  );
});

interface SelectAllState {
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onToggle: () => void;
}

interface CloudLicensesTableProps {
  rows: readonly DownloadRow[];
  selected: ReadonlySet<string>;
  items: ReadonlyMap<string, ActivationItem>;
  selectAll: SelectAllState;
  onToggle: (key: string) => void;
}

/** SS-31, SS-32: the licenses each segment controller can download, each with its check mark. */
export function CloudLicensesTable({
  rows,
  selected,
  items,
  selectAll,
  onToggle,
}: CloudLicensesTableProps) {
  const showStatus = rows.some((row) => items.has(row.key));
  return (
    <TableContainer>
      <DataTable stickyHeader aria-label={CLOUD_LICENSES_TABLE_NAME}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <SelectionMark
                label="Select all licenses"
                checked={selectAll.checked}
                indeterminate={selectAll.indeterminate}
                disabled={selectAll.disabled}
                onChange={selectAll.onToggle}
              />
            </TableCell>
            {COLUMNS.map((column) => (
              <TableCell key={column.key}>{column.label}</TableCell>
            ))}
            {showStatus && <TableCell>{ACTIVATION_COLUMN_LABEL}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <CloudLicenseRow
              key={row.key}
              row={row}
              selected={selected.has(row.key)}
              item={items.get(row.key)}
              showStatus={showStatus}
              onToggle={onToggle}
            />
          ))}
        </TableBody>
      </DataTable>
    </TableContainer>
  );
}
