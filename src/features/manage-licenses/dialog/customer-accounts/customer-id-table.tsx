import type { ReactNode } from 'react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { CopyableId } from '@/components/copyable-id';
import { CustomerIdForm } from './customer-id-form';
import { useText, type MessageId, type Translate } from '@/lib/i18n';
import {
  DataTable,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@/components/data-table';

export const CUSTOMER_ID_TABLE_LABEL: MessageId = 'cms.customerAccounts.tableLabel';

interface Column {
  /** SS-20: the exact column titles. */
  label: MessageId;
  cell: (controller: SegmentController, t: Translate) => ReactNode;
  width?: string;
}

function SegmentControllerName({ controller }: { controller: SegmentController }) {
  const t = useText();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 40 }}>
      <span>{controller.name}</span>
      {/* The Customer ID is stored on the CMS, so an offline row stays editable. */}
      {!controller.online && (
        <Chip label={t('cms.customerAccounts.offline')} size="small" variant="outlined" />
      )}
    </Stack>
  );
}

const COLUMNS: readonly Column[] = [
  {
    label: 'cms.column.segmentController',
    cell: (controller) => <SegmentControllerName controller={controller} />,
  },
  {
    label: 'cms.column.installCode',
    cell: (controller, t) => (
      <CopyableId id={controller.installCode} label={t('cms.column.installCode')} />
    ),
  },
  {
    label: 'cms.column.customerId',
    width: '60%',
    cell: (controller) => <CustomerIdForm controller={controller} />,
  },
];

export const CUSTOMER_ID_COLUMN_LABELS = COLUMNS.map((column) => column.label);

/** SS-20: one row per segment controller; only the Customer ID is editable. */
export function CustomerIdTable({ controllers }: { controllers: readonly SegmentController[] }) {
  const t = useText();
  return (
    <TableContainer>
      <DataTable aria-label={t(CUSTOMER_ID_TABLE_LABEL)}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column.label} sx={{ width: column.width }}>
                {t(column.label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {controllers.map((controller) => (
            <TableRow key={controller.id}>
              {COLUMNS.map((column) => (
                <TableCell key={column.label} sx={{ verticalAlign: 'top', py: 1.25 }}>
                  {column.cell(controller, t)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    </TableContainer>
  );
}
