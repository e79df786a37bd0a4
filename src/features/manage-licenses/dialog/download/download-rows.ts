import type { ActivationItem, ActivationJob } from '@/api/contract/activations';
import type { CloudLicense } from '@/api/contract/cloud-licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { Translate } from '@/lib/i18n';
import { licenseDescription } from '@/lib/i18n';

/** A segment controller that saved the license's Customer ID (SS-76). */
export interface Destination {
  id: string;
  name: string;
  online: boolean;
}

/** One license waiting in the cloud, listed once with where it may go (SS-31, SS-76). */
export interface DownloadRow {
  /** The License ID: the selection key. */
  key: string;
  license: CloudLicense;
  /** Every controller that saved its Customer ID, offline ones too (they cannot be chosen). */
  destinations: Destination[];
  description: string;
  /** SS-31, SS-13: maintenance only, the day it would expire if activated today. */
  expiryIfActivatedToday: string | null;
}

/** Where ACTIVATE sends a license: the chosen controller, else the first one online. */
export function destinationOf(row: DownloadRow, chosen: string | undefined): Destination | null {
  const online = row.destinations.filter((d) => d.online);
  return online.find((d) => d.id === chosen) ?? online[0] ?? null;
}

export function buildDownloadRows(
  licenses: readonly CloudLicense[],
  controllers: readonly SegmentController[],
  t: Translate,
): DownloadRow[] {
  const byId = new Map(controllers.map((c) => [c.id, c]));
  return licenses.map((license) => ({
    key: license.licenseId,
    license,
    destinations: license.segmentControllerIds.map((id) => ({
      id,
      name: byId.get(id)?.name ?? t('cms.segmentControllers.unknown'),
      online: byId.get(id)?.online ?? false,
    })),
    description: licenseDescription(license, t),
    expiryIfActivatedToday: license.expiryDateIfActivatedToday ?? null,
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
      if (!items.has(item.licenseId)) items.set(item.licenseId, item);
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
export function jobProgressText(job: ActivationJob, t: Translate): string {
  const { total, done, activated } = jobProgress(job);
  if (job.status === 'running') {
    return t('cms.download.progress.running', { current: Math.min(done + 1, total), total });
  }
  return t('cms.download.progress.done', { activated, total });
}

/** Running: info; finished: all activated, some, or none. */
export function jobSeverity(job: ActivationJob): 'info' | 'success' | 'warning' | 'error' {
  if (job.status === 'running') return 'info';
  const { failed, activated } = jobProgress(job);
  if (failed.length === 0) return 'success';
  return activated > 0 ? 'warning' : 'error';
}
