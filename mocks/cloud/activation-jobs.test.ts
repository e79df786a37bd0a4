import { buildersFor, found } from '@tests/builders';
import { describe, expect, it } from 'vitest';
import {
  advanceJobs,
  KEPT_FINISHED_JOBS,
  listActivationJobs,
  startActivationJob,
} from './activation-jobs';
import { seedTypicalSite } from './seed';
import type { CloudState } from './state';

function setup() {
  const state = seedTypicalSite();
  const mainHall = found(
    state.segmentControllers.find((c) => c.name === 'Main Hall'),
    'Main Hall',
  );
  const active = found(
    state.licenses.find((l) => l.activation?.segmentControllerId === mainHall.id),
    'license active on Main Hall',
  );
  const campus = found(
    state.customers.find((c) => c.name === 'P2022-0208'),
    'campus',
  );
  const waiting = found(
    state.licenses.find(
      (l) =>
        l.customerId === campus.id &&
        l.kind === 'capacity' &&
        l.activation === null &&
        l.supersededBy === null,
    ),
    'capacity license waiting in the cloud',
  );
  return { state, mainHall, active, waiting };
}

/** A job that fails at once: the license is already active (SS-35). */
const failingJob = (
  state: CloudState,
  segmentControllerId: string,
  licenseId: string,
  at: number,
) => startActivationJob(state, [{ segmentControllerId, licenseId }], at);

describe('activation job identity', () => {
  it('gives 300 jobs started in the same millisecond 300 different ids', () => {
    const { state, mainHall, active } = setup();
    const ids = new Set<string>();
    for (let n = 0; n < 300; n += 1) {
      ids.add(failingJob(state, mainHall.id, active.id, 1_764_000_000_000).id);
      advanceJobs(state, 1_764_000_000_000);
    }
    expect(ids.size).toBe(300);
  });
});

describe('the activation jobs list stays small (issue 16: it grew to 40 MB)', () => {
  it(`keeps the ${KEPT_FINISHED_JOBS} newest finished jobs, newest first`, () => {
    const { state, mainHall, active } = setup();
    const ids: string[] = [];
    for (let n = 0; n < 40; n += 1) {
      ids.push(failingJob(state, mainHall.id, active.id, n).id);
      advanceJobs(state, n);
    }
    advanceJobs(state, 40);
    const listed = listActivationJobs(state);
    expect(listed.map((job) => job.id)).toEqual(ids.slice(-KEPT_FINISHED_JOBS).reverse());
    expect(state.activationJobs).toHaveLength(KEPT_FINISHED_JOBS);
  });

  it('never drops a running job, however many jobs finished after it', () => {
    const { state, mainHall, active, waiting } = setup();
    const { a, the } = buildersFor(state);
    the.cloud().activationTakes(60_000);
    // Twenty licenses (a job names each once, SS-76), one a minute: still running while fifteen
    // one-item jobs start and finish.
    const twenty = [waiting, ...Array.from({ length: 19 }, () => a.license().like(waiting).add())];
    const long = startActivationJob(
      state,
      twenty.map((license) => ({ segmentControllerId: mainHall.id, licenseId: license.id })),
      0,
    );
    for (let n = 1; n <= 15; n += 1) {
      advanceJobs(state, n * 70_000 - 69_000);
      failingJob(state, mainHall.id, active.id, n * 70_000 - 69_000);
    }
    advanceJobs(state, 15 * 70_000);
    const listed = listActivationJobs(state);
    expect(listed.filter((job) => job.status === 'finished')).toHaveLength(KEPT_FINISHED_JOBS);
    expect(listed.find((job) => job.id === long.id)?.status).toBe('running');
  });
});

describe('SS-35, R21: a partner’s unsold license is never activated', () => {
  it('fails it with its own reason, and it stays in the partner’s My Inventory', () => {
    const { state, mainHall } = setup();
    const unsold = found(
      state.licenses.find((l) => l.customerId === null && l.supersededBy === null),
      'unsold license',
    );
    startActivationJob(state, [{ segmentControllerId: mainHall.id, licenseId: unsold.id }], 0);
    advanceJobs(state, 0);
    const [job] = listActivationJobs(state);
    expect(job?.items[0]).toMatchObject({
      state: 'failed',
      error: { code: 'license_not_sold' },
    });
    expect(unsold.activation).toBeNull();
  });
});
