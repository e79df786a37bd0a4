import type { ActivationItem, ActivationJob, ActivationTarget } from '@/api/contract/activations';
import type { CloudLicense } from '@/api/contract/cloud-licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { describeLicense } from '@/domain/licenses';

/** One license a segment controller could download: the same license appears once per controller. */
export interface DownloadRow {
  /** `segmentControllerId:licenseId`, the selection key. */
  key: string;
  license: CloudLicense;
  segmentControllerName: string;
  description: string;
  /** SS-31, SS-13: maintenance only. */
  expiryNote: string | null;
}

export const rowKey = (target: ActivationTarget) =>
  `${target.segmentControllerId}:${target.licenseId}`;

export function buildDownloadRows(
  licenses: readonly CloudLicense[],
  controllers: readonly SegmentController[],
): DownloadRow[] {
  const names = new Map(controllers.map((c) => [c.id, c.name]));
  return licenses.map((license) => ({
    key: rowKey(license),
    license,
    segmentControllerName: names.get(license.segmentControllerId) ?? 'Unknown segment controller',
    description: describeLicense(license),
    expiryNote: license.expiryDateIfActivatedToday
      ? `expires ${license.expiryDateIfActivatedToday} if activated today`
      : null,
  }));
}

/**
 * What each row's license is doing in the cloud: every running job, and the job the view shows
 * (its result stays next to the rows until dismissed). Newer jobs win.
 */
export function activationItemsByRow(
  jobs: readonly ActivationJob[],
  shown: ActivationJob | null,
): Map<string, ActivationItem> {
  const items = new Map<string, ActivationItem>();
  for (const job of jobs) {
    if (job.status !== 'running' && job.id !== shown?.id) continue;
    for (const item of job.items) {
      const key = rowKey(item);
      if (!items.has(key)) items.set(key, item);
    }
  }
  return items;
}

export const isInProgress = (item: ActivationItem | undefined) =>
  item?.state === 'pending' || item?.state === 'activating';

export interface JobProgress {
  total: number;
  done: number;
  activated: number;
  failed: ActivationItem[];
}

export function jobProgress(job: ActivationJob): JobProgress {
  const failed = job.items.filter((item) => item.state === 'failed');
  const activated = job.items.filter((item) => item.state === 'activated').length;
  return { total: job.items.length, done: activated + failed.length, activated, failed };
}

/** "Activating 2 of 3…" while running; SS-34 "n of m licenses activated" once finished. */
export function jobProgressText(job: ActivationJob): string {
  const { total, done, activated } = jobProgress(job);
  if (job.status === 'running') return `Activating ${Math.min(done + 1, total)} of ${total}…`;
  return `${activated} of ${total} ${total === 1 ? 'license' : 'licenses'} activated`;
}

/** Running: info; finished: all activated, some, or none. */
export function jobSeverity(job: ActivationJob): 'info' | 'success' | 'warning' | 'error' {
  if (job.status === 'running') return 'info';
  const { failed, activated } = jobProgress(job);
  if (failed.length === 0) return 'success';
  return activated > 0 ? 'warning' : 'error';
}
