import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/table-skeleton';
import { buildLicenseRows, sortLicenseRows } from './license-rows';
import { PAINT_MARKS, usePaintMark } from '@/lib/paint-marks';
import { LICENSE_COLUMN_LABELS, LicensesTable } from './licenses-table';
import { LicensesToolbar } from './licenses-toolbar';
import { LicensingFindings } from './licensing-findings';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { SegmentFilter } from './segment-filter';
import { useCmsLicenseData } from '@/features/manage-licenses/status/use-cms-license-data';
import { ErrorAlert } from '@/components/error-alert';

/** SS-10: nothing activated yet, with the ways to get licenses. */
function NothingActivated() {
  const url = useManageLicensesUrl();
  return (
    <EmptyState
      icon={<WorkspacePremiumOutlined fontSize="inherit" />}
      title="No licenses activated"
    >
      <Typography variant="body2">
        Download licenses from the cloud for a saved Customer ID, or add an offline license file, to
        activate them here.
      </Typography>
      <Stack direction="row" spacing={1} sx={{ pt: 1 }}>
        <Button variant="contained" onClick={() => url.open('download')}>
          Download Licenses from the Cloud
        </Button>
        <Button onClick={() => url.open('add-license')}>Add License</Button>
        <Button onClick={() => url.open('customer-accounts')}>Manage Customer Accounts</Button>
      </Stack>
    </EmptyState>
  );
}

/** The dialog's main view: activated licenses per segment controller (SS-4 … SS-10). */
export function LicensesView() {
  const url = useManageLicensesUrl();
  const data = useCmsLicenseData();
  usePaintMark(PAINT_MARKS.manageLicensesRows, data.status === 'success');

  if (data.status === 'pending')
    return <TableSkeleton label="Activated licenses" columns={LICENSE_COLUMN_LABELS} rows={6} />;
  if (data.status === 'error') {
    return (
      <ErrorAlert
        title="Licenses could not be loaded"
        error={data.error}
        onRetry={data.retry}
        retrying={data.retrying}
      />
    );
  }

  const segment = data.controllers.find((c) => c.id === url.segmentId) ?? null;
  const visible = segment
    ? data.licenses.filter((l) => l.segmentControllerId === segment.id)
    : data.licenses;
  const rows = sortLicenseRows(
    buildLicenseRows(visible, data.controllers, data.today),
    url.sortKey,
    url.sortDirection,
  );

  return (
    <Stack spacing={2}>
      {data.refreshError && (
        <ErrorAlert lastLoaded="the licenses" error={data.refreshError} onRetry={data.retry} />
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <SegmentFilter
          controllers={data.controllers}
          value={segment?.id ?? null}
          onChange={url.setSegmentId}
        />
        <Typography variant="body2" color="text.secondary" role="status" sx={{ flexGrow: 1 }}>
          {rows.length === 1 ? '1 license' : `${rows.length} licenses`}
          {segment ? ` on ${segment.name}` : ''} · statuses as of {data.today}
        </Typography>
        <LicensesToolbar visible={visible} controllers={data.controllers} />
      </Stack>
      <LicensingFindings
        controllers={segment ? [segment] : data.controllers}
        licenses={data.licenses}
        today={data.today}
      />
      {data.licenses.length === 0 && <NothingActivated />}
      {data.licenses.length > 0 && rows.length === 0 && (
        <EmptyState
          icon={<WorkspacePremiumOutlined fontSize="inherit" />}
          title={`No licenses activated on ${segment?.name ?? 'this segment controller'}`}
        >
          <Button onClick={() => url.setSegmentId(null)}>Show all segment controllers</Button>
        </EmptyState>
      )}
      {rows.length > 0 && (
        <LicensesTable
          rows={rows}
          sortKey={url.sortKey}
          sortDirection={url.sortDirection}
          onSort={url.setSort}
        />
      )}
    </Stack>
  );
}
