import { useCallback, useMemo, useState } from 'react';
import Stack from '@mui/material/Stack';
import { toUserMessage } from '@/api/errors';
import { TableSkeleton } from '@/components/table-skeleton';
import { ActivationProgress } from './activation-progress';
import {
  CLOUD_LICENSE_COLUMN_LABELS,
  CLOUD_LICENSES_TABLE_NAME,
  CloudLicensesTable,
} from './cloud-licenses-table';
import { DownloadEmptyState, NothingForCustomerIds } from './download-empty-state';
import { activationItemsByRow, isInProgress } from './download-rows';
import { SelectionSummary } from './selection-summary';
import { selectionWarnings } from './selection-warnings';
import { useActivateLicenses } from './use-activate-licenses';
import { useActivationJobFollower } from '@/features/manage-licenses/activation/use-activation-job-follower';
import { useDownloadData, type DownloadData } from './use-download-data';
import { ErrorAlert } from '@/components/error-alert';
import { QueryView } from '@/components/query-view';

type Follower = ReturnType<typeof useActivationJobFollower>;

function toggled(selection: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(selection);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** SS-31 … SS-35 once the cloud has answered: the licenses, the selection and the running job. */
function DownloadContent({ data, follower }: { data: DownloadData; follower: Follower }) {
  const { rows, controllers } = data;
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const activation = useActivateLicenses(follower.follow);
  const job = follower.current;
  const jobs = follower.jobs.data;
  const items = useMemo(() => activationItemsByRow(jobs ?? [], job), [jobs, job]);
  const onToggle = useCallback((key: string) => setSelection((prev) => toggled(prev, key)), []);

  const selectable = rows.filter((row) => !isInProgress(items.get(row.key)));
  const selected = rows.filter((row) => selection.has(row.key));
  const activatable = selected.filter((row) => !isInProgress(items.get(row.key)));
  const allSelected = selectable.length > 0 && activatable.length === selectable.length;
  const names = new Map(controllers.map((c) => [c.id, c.name]));

  const selectAll = {
    checked: allSelected,
    indeterminate: activatable.length > 0 && !allSelected,
    disabled: selectable.length === 0,
    onToggle: () =>
      setSelection((prev) => {
        const next = new Set(prev);
        for (const row of selectable) {
          if (allSelected) next.delete(row.key);
          else next.add(row.key);
        }
        return next;
      }),
  };

  return (
    <Stack spacing={2}>
      {follower.jobs.isError && (
        <ErrorAlert
          severity="warning"
          error={`Activation progress could not be loaded. ${toUserMessage(follower.jobs.error)}`}
          onRetry={() => void follower.jobs.refetch()}
        />
      )}
      {job && (
        <ActivationProgress
          job={job}
          shownRows={new Set(rows.map((row) => row.key))}
          segmentName={(id) => names.get(id) ?? 'another segment controller'}
          onDismiss={() => follower.dismiss(job.id)}
        />
      )}
      {rows.length === 0 ? (
        <DownloadEmptyState controllers={controllers} rows={rows} />
      ) : (
        <>
          <NothingForCustomerIds controllers={controllers} rows={rows} />
          <SelectionSummary
            selectedCount={selected.length}
            activatableCount={activatable.length}
            warnings={selectionWarnings(activatable, controllers, data.coverage)}
            coverageNote={
              data.coverageError
                ? `Maintenance coverage cannot be checked right now. ${toUserMessage(data.coverageError)}`
                : null
            }
            starting={activation.starting}
            errorMessage={activation.errorMessage}
            onActivate={() =>
              void activation.activate(
                activatable.map(({ license }) => ({
                  segmentControllerId: license.segmentControllerId,
                  licenseId: license.licenseId,
                })),
              )
            }
            onClearError={activation.clearError}
          />
          <CloudLicensesTable
            rows={rows}
            selected={selection}
            items={items}
            selectAll={selectAll}
            onToggle={onToggle}
          />
        </>
      )}
    </Stack>
  );
}

/**
 * Download Licenses from the Cloud (SS-30 … SS-36): the licenses waiting for each segment
 * controller's saved Customer ID, selected with check marks and activated as a cloud job that the
 * view keeps following across a closed dialog or a reload (SS-33, R5).
 */
export function DownloadView() {
  const data = useDownloadData();
  const follower = useActivationJobFollower();
  // The running job is part of what the table shows: wait for it too.
  const query = follower.jobs.isPending ? { ...data, data: undefined } : data;
  return (
    <QueryView
      query={query}
      pending={
        <TableSkeleton
          label={CLOUD_LICENSES_TABLE_NAME}
          columns={CLOUD_LICENSE_COLUMN_LABELS}
          rows={4}
          selectable
        />
      }
      errorTitle="Licenses in the cloud could not be loaded"
      lastLoaded="the licenses"
    >
      {(loaded) => <DownloadContent data={loaded} follower={follower} />}
    </QueryView>
  );
}
