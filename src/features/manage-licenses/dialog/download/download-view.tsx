import { useMemo, useRef, useState } from 'react';
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
import { activationItemsByRow } from './download-rows';
import { SelectionSummary } from './selection-summary';
import { selectionWarnings } from './selection-warnings';
import { useActivateLicenses } from './use-activate-licenses';
import { useDownloadSelection } from './use-download-selection';
import { useActivationJobFollower } from '@/features/manage-licenses/activation/use-activation-job-follower';
import { useDownloadData, type DownloadData } from './use-download-data';
import { ErrorAlert } from '@/components/error-alert';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

type Follower = ReturnType<typeof useActivationJobFollower>;

/** SS-31 … SS-35, SS-76 once the cloud has answered: the licenses, the selection and the running job. */
function DownloadContent({ data, follower }: { data: DownloadData; follower: Follower }) {
  const t = useText();
  const { rows, controllers } = data;
  const [startedHere, setStartedHere] = useState<string | null>(null);
  const activation = useActivateLicenses((jobId) => {
    setStartedHere(jobId);
    follower.follow(jobId);
  });
  const job = follower.current;
  const jobs = follower.jobs.data;
  const items = useMemo(() => activationItemsByRow(jobs ?? [], job), [jobs, job]);
  const selection = useDownloadSelection(rows, items);
  const activateRef = useRef<HTMLButtonElement>(null);
  const selectAllRef = useRef<HTMLInputElement>(null);
  const names = new Map(controllers.map((c) => [c.id, c.name]));

  const dismiss = (jobId: string) => {
    follower.dismiss(jobId);
    // The next step: ACTIVATE again for what failed, else choosing licenses.
    if (activateRef.current && !activateRef.current.disabled) activateRef.current.focus();
    else selectAllRef.current?.focus();
  };

  return (
    <Stack spacing={2}>
      {follower.jobs.isError && (
        <ErrorAlert
          severity="warning"
          error={t('cms.download.progressLoadError', {
            reason: toUserMessage(follower.jobs.error, t),
          })}
          onRetry={() => void follower.jobs.refetch()}
        />
      )}
      {job && (
        <ActivationProgress
          job={job}
          focusOnShow={job.id === startedHere}
          shownRows={new Set(rows.map((row) => row.key))}
          segmentName={(id) => names.get(id) ?? t('cms.download.anotherSegmentController')}
          onDismiss={() => dismiss(job.id)}
        />
      )}
      {rows.length === 0 ? (
        <DownloadEmptyState controllers={controllers} rows={rows} />
      ) : (
        <>
          <NothingForCustomerIds controllers={controllers} rows={rows} />
          <SelectionSummary
            activateRef={activateRef}
            selectedCount={selection.selectedCount}
            activatableCount={selection.planned.length}
            warnings={selectionWarnings(selection.planned, controllers, data.coverage, t)}
            coverageNote={
              data.coverageError
                ? t('cms.download.coverageUnchecked', {
                    reason: toUserMessage(data.coverageError, t),
                  })
                : null
            }
            starting={activation.starting}
            errorMessage={activation.errorMessage}
            onActivate={() =>
              void activation.activate(
                selection.planned.map(({ row, destination }) => ({
                  segmentControllerId: destination.id,
                  licenseId: row.key,
                })),
              )
            }
            onClearError={activation.clearError}
          />
          <CloudLicensesTable
            rows={rows}
            selected={selection.selection}
            destinationOf={selection.destination}
            items={items}
            selectAll={selection.selectAll}
            selectAllRef={selectAllRef}
            onToggle={selection.onToggle}
            onChoose={selection.onChoose}
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
  const t = useText();
  // The running job is part of what the table shows: wait for it too.
  const query = follower.jobs.isPending ? { ...data, data: undefined } : data;
  return (
    <QueryView
      query={query}
      pending={
        <TableSkeleton
          label={t(CLOUD_LICENSES_TABLE_NAME)}
          columns={CLOUD_LICENSE_COLUMN_LABELS.map((label) => t(label))}
          rows={4}
          selectable
        />
      }
      errorTitle={t('cms.download.loadError')}
      lastLoaded={t('cms.download.lastLoaded')}
    >
      {(loaded) => <DownloadContent data={loaded} follower={follower} />}
    </QueryView>
  );
}
