import { useEffect, useSyncExternalStore } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { activationQueries } from '@/api/activations';
import type { ActivationJob } from '@/api/contract/activations';
import { invalidateAfterLicenseMove } from '@/api/license-moves';

interface TrackerSnapshot {
  /** Jobs this tab started or saw running: their result is worth showing. */
  followed: ReadonlySet<string>;
  /** Results the user has dismissed. */
  dismissed: ReadonlySet<string>;
}

/**
 * What this tab knows about activation jobs beyond the server's answer. One per QueryClient, so the
 * dialog's view and the dashboard's notice share it: a finished job refreshes the lists once (R5)
 * however many followers are mounted, and a result dismissed in one is gone from the other.
 */
class JobTracker {
  private snapshot: TrackerSnapshot = { followed: new Set(), dismissed: new Set() };
  private readonly settled = new Set<string>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  follow = (jobId: string) => this.update('followed', jobId);

  dismiss = (jobId: string) => this.update('dismissed', jobId);

  /** True only the first time a followed job is seen finished: the caller then refreshes. */
  settle(jobId: string): boolean {
    if (!this.snapshot.followed.has(jobId) || this.settled.has(jobId)) return false;
    this.settled.add(jobId);
    return true;
  }

  private update(set: keyof TrackerSnapshot, jobId: string) {
    if (this.snapshot[set].has(jobId)) return;
    this.snapshot = { ...this.snapshot, [set]: new Set([...this.snapshot[set], jobId]) };
    this.listeners.forEach((listener) => listener());
  }
}

const trackers = new WeakMap<QueryClient, JobTracker>();

function trackerFor(queryClient: QueryClient): JobTracker {
  let tracker = trackers.get(queryClient);
  if (!tracker) {
    tracker = new JobTracker();
    trackers.set(queryClient, tracker);
  }
  return tracker;
}

/**
 * Follows the CMS's activation jobs (SS-33, R5): polls while one runs, finds a running job again
 * after a reload, and when a job it followed finishes, invalidates the license lists once.
 *
 * `current` is the job to show: the newest that is running, or one this tab followed whose result
 * has not been dismissed.
 */
export function useActivationJobFollower({ enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  const tracker = trackerFor(queryClient);
  const { followed, dismissed } = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  const jobs = useQuery({ ...activationQueries.list(), enabled });
  const data = jobs.data;

  useEffect(() => {
    if (!data) return;
    let finished = false;
    for (const job of data) {
      if (job.status === 'running') tracker.follow(job.id);
      else if (followed.has(job.id) && tracker.settle(job.id)) finished = true;
    }
    if (finished) void invalidateAfterLicenseMove(queryClient);
  }, [data, followed, tracker, queryClient]);

  const current: ActivationJob | null =
    data?.find(
      (job) => job.status === 'running' || (followed.has(job.id) && !dismissed.has(job.id)),
    ) ?? null;

  return { jobs, current, follow: tracker.follow, dismiss: tracker.dismiss };
}
