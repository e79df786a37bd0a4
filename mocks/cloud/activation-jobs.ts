import type { ActivationItem, ActivationJob, ActivationTarget } from '@/api/contract/activations';
import type { ErrorBody } from '@/api/contract/common';
import { findController } from './access';
import { auditSnapshots, recordAudit, recordRefusal } from './audit';
import type { AuditActor } from './audit-event';
import { coreLicenseRequired, lacksCoreLicense } from './core-license';
import { relicenseDevices } from './devices';
import { CloudError } from './errors';
import { unsoldProblem } from './license-holder';
import { notifyMaintenanceActivated } from './notifications';
import type { ActivationJobRecord, CloudState } from './state';

/** Why one license of a job (or of a plan, PL-1) cannot be activated (SS-35), or null when it can. */
export function activationRefusal(state: CloudState, target: ActivationTarget): ErrorBody | null {
  const controller = state.segmentControllers.find((c) => c.id === target.segmentControllerId);
  const license = state.licenses.find((l) => l.id === target.licenseId);
  if (!controller)
    return { code: 'segment_controller_not_found', message: 'No such segment controller.' };
  if (!license)
    return {
      code: 'license_not_found',
      message: 'No license with this License ID exists in the cloud.',
    };
  if (license.supersededBy) {
    return {
      code: 'license_superseded',
      message: `This License ID was replaced by ${license.supersededBy} in a partner transfer; activate the new License ID.`,
    };
  }
  if (license.activation) {
    const where = state.segmentControllers.find(
      (c) => c.id === license.activation?.segmentControllerId,
    );
    return {
      code: 'already_active',
      message: `This license is already active on ${where?.name ?? 'another segment controller'}.`,
    };
  }
  const unsold = unsoldProblem(state, license);
  if (unsold) return unsold;
  if (controller.customerId === null || license.customerId !== controller.customerId) {
    return {
      code: 'wrong_account',
      message: `This license does not belong to the Customer ID saved on ${controller.name}.`,
    };
  }
  if (!controller.online) {
    return {
      code: 'segment_offline',
      message: `${controller.name} is offline and cannot reach the cloud. Connect it, or use an offline license file.`,
    };
  }
  if (license.kind === 'core' && controller.platform !== 'SmartServer Pi') {
    return { code: 'not_for_platform', message: 'A core license is for SmartServer Pi only.' };
  }
  if (license.kind === 'capacity' && lacksCoreLicense(state, controller))
    return coreLicenseRequired(controller, 'activating a capacity license');
  return null;
}

/** Activates a license that `activationRefusal` let through, today. */
export function applyActivation(state: CloudState, target: ActivationTarget): void {
  const license = state.licenses.find((l) => l.id === target.licenseId);
  if (!license) return;
  license.activation = {
    segmentControllerId: target.segmentControllerId,
    activationDate: state.today,
    note: '',
  };
  // SS-13: the maintenance clock starts at the first activation and never restarts.
  license.firstActivationDate ??= state.today;
  relicenseDevices(state, target.segmentControllerId);
  notifyMaintenanceActivated(state, target.licenseId);
}

/** The command name the audit trail gives one license's activation by a job (AU-1). */
const JOB_ACTIVATION = 'cms.activateLicense';

function activate(
  state: CloudState,
  item: ActivationItem,
  job: ActivationJobRecord,
  atMs: number,
): void {
  const error = activationRefusal(state, item);
  const ids = [item.licenseId, item.segmentControllerId];
  if (error) {
    item.state = 'failed';
    item.error = error;
    if (job.startedBy) {
      const event = { actor: job.startedBy, command: JOB_ACTIVATION, nowMs: atMs, ids };
      recordRefusal(state, { ...event, refusal: { code: error.code, message: error.message } });
    }
    return;
  }
  const license = state.licenses.find((l) => l.id === item.licenseId);
  const before = auditSnapshots({ [item.licenseId]: license });
  applyActivation(state, item);
  item.state = 'activated';
  if (job.startedBy) {
    const after = auditSnapshots({ [item.licenseId]: license });
    recordAudit(state, {
      actor: job.startedBy,
      command: JOB_ACTIVATION,
      nowMs: atMs,
      before,
      after,
    });
  }
}

/** Moves every running job forward to where its pace says it should be at `nowMs`. */
export function advanceJobs(state: CloudState, nowMs: number): void {
  const pace = state.settings.activationMsPerLicense;
  for (const job of state.activationJobs) {
    if (job.status !== 'running') continue;
    const due = pace === 0 ? job.items.length : Math.floor((nowMs - job.startedAtMs) / pace);
    job.items.forEach((item, index) => {
      // When this license's turn ended, not when a request happened to notice it.
      const doneAtMs = Math.min(nowMs, job.startedAtMs + (index + 1) * pace);
      if (index < due && (item.state === 'pending' || item.state === 'activating'))
        activate(state, item, job, doneAtMs);
      else if (index === due && item.state === 'pending') item.state = 'activating';
    });
    if (job.items.every((item) => item.state === 'activated' || item.state === 'failed'))
      job.status = 'finished';
  }
  forgetOldJobs(state);
}

/** How many finished jobs the cloud remembers (and lists): enough to show the latest results. */
export const KEPT_FINISHED_JOBS = 10;

/**
 * Keeps every running job and the newest finished ones, so the list a page polls every second
 * stays small however many jobs were ever started.
 */
function forgetOldJobs(state: CloudState): void {
  const finished = state.activationJobs.filter((job) => job.status === 'finished');
  if (finished.length <= KEPT_FINISHED_JOBS) return;
  const forgotten = new Set(finished.slice(KEPT_FINISHED_JOBS));
  state.activationJobs = state.activationJobs.filter((job) => !forgotten.has(job));
}

const toJob = ({ startedAtMs: _startedAtMs, ...job }: ActivationJobRecord): ActivationJob =>
  structuredClone(job);

const isCore = (state: CloudState, target: ActivationTarget) =>
  state.licenses.find((l) => l.id === target.licenseId)?.kind === 'core';

/** SS-33: starts a job; a license already in a running job makes the request a conflict (R7). */
export function startActivationJob(
  state: CloudState,
  targets: ActivationTarget[],
  nowMs: number,
  startedBy?: AuditActor,
): ActivationJob {
  for (const target of targets) findController(state, target.segmentControllerId);
  // SS-76: one license goes to one segment controller; a second target could only fail.
  const licenseIds = targets.map((t) => t.licenseId);
  const twice = licenseIds.find((id, index) => licenseIds.indexOf(id) !== index);
  if (twice) {
    throw new CloudError(
      422,
      'license_listed_twice',
      `License ${twice} is listed more than once: choose one segment controller for it.`,
      { licenseId: twice },
    );
  }
  const running = state.activationJobs
    .filter((j) => j.status === 'running')
    .flatMap((j) => j.items);
  if (targets.some((t) => running.some((item) => item.licenseId === t.licenseId))) {
    throw new CloudError(
      409,
      'activation_in_progress',
      'These licenses are already being activated.',
    );
  }
  const job: ActivationJobRecord = {
    // Never derived from the time: two jobs started in the same millisecond must differ.
    id: crypto.randomUUID(),
    status: 'running',
    createdAt: new Date(nowMs).toISOString(),
    startedAtMs: nowMs,
    ...(startedBy ? { startedBy } : {}),
    // SS-73: core licenses first, so a Pi's capacity in the same job finds its core active.
    items: [...targets]
      .sort((a, b) => Number(isCore(state, b)) - Number(isCore(state, a)))
      .map((t) => ({ ...t, state: 'pending', error: null })),
  };
  state.activationJobs.unshift(job);
  forgetOldJobs(state);
  return toJob(job);
}

/** Every running job and the newest finished ones (KEPT_FINISHED_JOBS), newest first. */
export function listActivationJobs(state: CloudState): ActivationJob[] {
  return state.activationJobs.map(toJob);
}
