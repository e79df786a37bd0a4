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
import { useDates, useText } from '@/lib/i18n';

/** SS-10: nothing activated yet, with the ways to get licenses. */
function NothingActivated() {
  const url = useManageLicensesUrl();
  const t = useText();
  return (
    <EmptyState
      icon={<WorkspacePremiumOutlined fontSize="inherit" />}
      title={t('cms.licenses.noneActivated')}
    >
      <Typography variant="body2">{t('cms.licenses.noneActivatedHint')}</Typography>
      <Stack direction="row" spacing={1} sx={{ pt: 1 }}>
        <Button variant="contained" onClick={() => url.open('download')}>
          {t('cms.dialog.view.download')}
        </Button>
        <Button onClick={() => url.open('add-license')}>{t('cms.dialog.view.addLicense')}</Button>
        <Button onClick={() => url.open('customer-accounts')}>
          {t('cms.dialog.view.customerAccounts')}
        </Button>
      </Stack>
    </EmptyState>
  );
}

/** The dialog's main view: activated licenses per segment controller (SS-4 … SS-10). */
export function LicensesView() {
  const query = useCmsLicenseData();
  const t = useText();
  usePaintMark(PAINT_MARKS.manageLicensesRows, query.data !== undefined);
  return (
    <QueryView
      query={query}
      pending={
        <TableSkeleton
          label={t('cms.licenses.tableLabel')}
          columns={LICENSE_COLUMN_LABELS.map((label) => t(label))}
          rows={6}
        />
      }
      errorTitle={t('cms.licenses.loadError')}
      lastLoaded={t('cms.licenses.lastLoaded')}
    >
      {(data) => <LicensesContent {...data} />}
    </QueryView>
  );
}

function LicensesContent({ licenses, controllers, today }: NonNullable<CmsLicenseData['data']>) {
  const url = useManageLicensesUrl();
  const t = useText();
  const { day } = useDates();
  const segment = controllers.find((c) => c.id === url.segmentId) ?? null;
  const visible = segment ? licenses.filter((l) => l.segmentControllerId === segment.id) : licenses;
  const rows = sortLicenseRows(
    buildLicenseRows(visible, controllers, today, t),
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
          {segment
            ? t('cms.licenses.summaryOnSegment', {
                count: rows.length,
                segment: segment.name,
                today: day(today),
              })
            : t('cms.licenses.summary', { count: rows.length, today: day(today) })}
        </Typography>
        <LicensesToolbar visible={visible} controllers={controllers} />
      </Stack>
      <LicensingFindings
        controllers={segment ? [segment] : controllers}
        licenses={licenses}
        today={today}
      />
      {licenses.length === 0 && <NothingActivated />}
      {segment && licenses.length > 0 && rows.length === 0 && (
        <EmptyState
          icon={<WorkspacePremiumOutlined fontSize="inherit" />}
          title={t('cms.licenses.noneOnSegment', { segment: segment.name })}
        >
          <Button onClick={() => url.setSegmentId(null)}>{t('cms.licenses.showAll')}</Button>
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
