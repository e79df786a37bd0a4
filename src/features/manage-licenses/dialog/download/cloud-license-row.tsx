import { memo, useId, type ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import type { ActivationItem } from '@/api/contract/activations';
import { TableCell, TableRow } from '@/components/data-table';
import { LicenseIdWithHistory } from '@/components/history';
import { DestinationCell, offlineReason } from './destination-cell';
import { isInProgress, type Destination, type DownloadRow } from './download-rows';
import { SelectionMark } from './selection-mark';
import { useDates, useText, type MessageId, type Translate } from '@/lib/i18n';

interface Column {
  key: string;
  /** SS-31: the exact column titles. */
  label: MessageId;
  cell: (row: DownloadRow, format: CellFormat) => ReactNode;
  /** Long text wraps, so a failure's reason still fits beside it. */
  wrap?: boolean;
}

interface CellFormat {
  t: Translate;
  day: (iso: string) => string;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The columns after Segment Controller, which the row renders itself (it holds the choice). */
const DETAIL_COLUMNS: readonly Column[] = [
  {
    key: 'licenseId',
    label: 'cms.column.licenseId',
    cell: (row, { t }) => (
      <LicenseIdWithHistory licenseId={row.license.licenseId} label={t('cms.column.licenseId')} />
    ),
  },
  {
    key: 'transferDate',
    label: 'cms.column.transferDate',
    cell: (row, { day }) => day(row.license.transferDate),
  },
  {
    key: 'description',
    label: 'cms.column.description',
    wrap: true,
    cell: (row, { t, day }) => (
      // Either part wraps as a whole: the line breaks at the separator, never inside a date.
      <>
        <span style={NOWRAP}>{row.description}</span>
        {row.expiryIfActivatedToday && (
          <>
            {' · '}
            <Typography component="span" variant="body2" color="text.secondary" sx={NOWRAP}>
              {t('cms.download.expiresIfActivatedToday', {
                day: day(row.expiryIfActivatedToday),
              })}
            </Typography>
          </>
        )}
      </>
    ),
  },
];

export const CLOUD_LICENSE_COLUMN_LABELS: readonly MessageId[] = [
  'cms.column.segmentController',
  ...DETAIL_COLUMNS.map((c) => c.label),
];

/** Selected rows: a yellow tint to match the mark; the text keeps its contrast. */
const SELECTED_ROW_SX = {
  '&.Mui-selected, &.Mui-selected:hover': { bgcolor: 'rgba(255, 193, 7, 0.14)' },
} as const;

const WRAP_SX = { minWidth: 240 } as const;
/** Wide enough for a choice or a job's result from the start: no column jumps mid-job. */
const DESTINATION_SX = { minWidth: 200, maxWidth: 320 } as const;

interface RowProps {
  row: DownloadRow;
  selected: boolean;
  destination: Destination | null;
  item: ActivationItem | undefined;
  onToggle: (key: string) => void;
  onChoose: (licenseId: string, segmentControllerId: string) => void;
}

/** Memoized: a poll or a click re-renders only the rows whose selection or job state changed. */
export const CloudLicenseRow = memo(function CloudLicenseRow({
  row,
  selected,
  destination,
  item,
  onToggle,
  onChoose,
}: RowProps) {
  const reasonId = useId();
  const t = useText();
  const { day } = useDates();
  const busy = isInProgress(item);
  const where = item
    ? (row.destinations.find((d) => d.id === item.segmentControllerId) ?? destination)
    : destination;
  const licenseId = row.license.licenseId;
  const label = where
    ? t('cms.download.selectFor', { licenseId, segment: where.name })
    : t('cms.download.select', { licenseId });
  return (
    <TableRow hover selected={selected} aria-selected={selected} sx={SELECTED_ROW_SX}>
      <TableCell padding="checkbox">
        <SelectionMark
          label={label}
          checked={selected}
          disabled={busy || destination === null}
          describedBy={offlineReason(row, t) && !item ? reasonId : undefined}
          onChange={() => onToggle(row.key)}
        />
      </TableCell>
      <TableCell sx={DESTINATION_SX}>
        <DestinationCell
          row={row}
          destination={where}
          item={item}
          reasonId={reasonId}
          disabled={busy}
          onChoose={onChoose}
        />
      </TableCell>
      {DETAIL_COLUMNS.map((column) => (
        <TableCell key={column.key} sx={column.wrap ? WRAP_SX : NOWRAP}>
          {column.cell(row, { t, day })}
        </TableCell>
      ))}
    </TableRow>
  );
});
