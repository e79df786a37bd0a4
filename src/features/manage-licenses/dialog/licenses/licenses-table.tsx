import type { ReactNode } from 'react';
import { useDates, useText, type MessageId, type Translate } from '@/lib/i18n';
import { LicenseIdWithHistory } from '@/components/history';
import type { LicenseRow } from './license-rows';
import { LicenseStatusChip } from '@/features/manage-licenses/status/license-status-chip';
import { NoteCell } from './note-cell';
import type { SortDirection, SortKey } from '@/features/manage-licenses/dialog/manage-licenses-url';
import {
  DataTable,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
} from '@/components/data-table';

interface Column {
  key: SortKey;
  /** SS-4: the exact column titles. */
  label: MessageId;
  cell: (row: LicenseRow, format: CellFormat) => ReactNode;
  wrap?: boolean;
}

interface CellFormat {
  t: Translate;
  day: (iso: string) => string;
}

const COLUMNS: readonly Column[] = [
  {
    key: 'segmentController',
    label: 'cms.column.segmentController',
    cell: (row) => row.segmentControllerName,
  },
  {
    key: 'description',
    label: 'cms.column.description',
    wrap: true,
    cell: (row) => row.description,
  },
  {
    key: 'status',
    label: 'cms.column.status',
    cell: (row) => <LicenseStatusChip status={row.status} />,
  },
  {
    key: 'activationDate',
    label: 'cms.column.activationDate',
    cell: (row, { day }) => day(row.license.activationDate),
  },
  {
    key: 'licenseId',
    label: 'cms.column.licenseId',
    // Over two lines below `lg`: at 1024 px the Note column and the copy buttons stay in view.
    cell: (row, { t }) => (
      <LicenseIdWithHistory
        licenseId={row.license.licenseId}
        label={t('cms.column.licenseId')}
        wrap
      />
    ),
  },
  {
    key: 'note',
    label: 'cms.column.note',
    wrap: true,
    cell: (row) => <NoteCell license={row.license} />,
  },
];

// At 1024 px all six columns fit: tighter padding, titles that may wrap, long text that wraps.
const CELL_PX = 1.5;
const WRAP_SX = { minWidth: 120, px: CELL_PX } as const;
const NOWRAP_SX = { whiteSpace: 'nowrap', px: CELL_PX } as const;
const HEADER_SX = { px: CELL_PX, whiteSpace: 'normal' } as const;

export const LICENSE_COLUMN_LABELS = COLUMNS.map((c) => c.label);

interface LicensesTableProps {
  rows: readonly LicenseRow[];
  sortKey: SortKey;
  sortDirection: SortDirection;
  onSort: (key: SortKey, direction: SortDirection) => void;
}

export function LicensesTable({ rows, sortKey, sortDirection, onSort }: LicensesTableProps) {
  const t = useText();
  const { day } = useDates();
  return (
    <TableContainer>
      <DataTable stickyHeader aria-label={t('cms.licenses.tableLabel')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => {
              const active = column.key === sortKey;
              return (
                <TableCell
                  key={column.key}
                  sortDirection={active ? sortDirection : false}
                  sx={HEADER_SX}
                >
                  <TableSortLabel
                    active={active}
                    direction={active ? sortDirection : 'asc'}
                    onClick={() =>
                      onSort(column.key, active && sortDirection === 'asc' ? 'desc' : 'asc')
                    }
                  >
                    {t(column.label)}
                  </TableSortLabel>
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.license.licenseId} hover>
              {COLUMNS.map((column) => (
                <TableCell key={column.key} sx={column.wrap ? WRAP_SX : NOWRAP_SX}>
                  {column.cell(row, { t, day })}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    </TableContainer>
  );
}
