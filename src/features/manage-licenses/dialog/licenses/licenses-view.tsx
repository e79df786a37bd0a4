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
import {
  useCmsLicenseData,
  type CmsLicenseData,
} from '@/features/manage-licenses/status/use-cms-license-data';
import { QueryView } from '@/components/query-view';

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
  const query = useCmsLicenseData();
  usePaintMark(PAINT_MARKS.manageLicensesRows, query.data !== undefined);
  return (
    <QueryView
      query={query}
      pending={
        <TableSkeleton label="Activated licenses" columns={LICENSE_COLUMN_LABELS} rows={6} />
      }
      errorTitle="Licenses could not be loaded"
      lastLoaded="the licenses"
    >
      {(data) => <LicensesContent {...data} />}
    </QueryView>
  );
}

function LicensesContent({ licenses, controllers, today }: NonNullable<CmsLicenseData['data']>) {
  const url = useManageLicensesUrl();
  const segment = controllers.find((c) => c.id === url.segmentId) ?? null;
  const visible = segment ? licenses.filter((l) => l.segmentControllerId === segment.id) : licenses;
  const rows = sortLicenseRows(
    buildLicenseRows(visible, controllers, today),
    url.sortKey,
    url.sortDirection,
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <SegmentFilter
          controllers={controllers}
          value={segment?.id ?? null}
          onChange={url.setSegmentId}
        />
        <Typography variant="body2" color="text.secondary" role="status" sx={{ flexGrow: 1 }}>
          {rows.length === 1 ? '1 license' : `${rows.length} licenses`}
          {segment ? ` on ${segment.name}` : ''} · statuses as of {today}
        </Typography>
        <LicensesToolbar visible={visible} controllers={controllers} />
      </Stack>
      <LicensingFindings
        controllers={segment ? [segment] : controllers}
        licenses={licenses}
        today={today}
      />
      {licenses.length === 0 && <NothingActivated />}
      {licenses.length > 0 && rows.length === 0 && (
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
