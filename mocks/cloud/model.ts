import type { ActivationJob, ActivationTarget } from '@/api/activations';
import type { AdvanceClockBody, Clock } from '@/api/clock';
import type { CloudLicense } from '@/api/cloud-licenses';
import type { Device } from '@/api/devices';
import type { ActivatedLicense } from '@/api/licenses';
import type { SegmentController } from '@/api/segment-controllers';
import type { CmsRole, Session } from '@/api/session';
import type { TransferResult } from '@/api/transfers';
import { currentUser, requireOwner } from './access';
import { advanceJobs, listActivationJobs, startActivationJob } from './activation-jobs';
import { advanceClock } from './clock';
import {
  listActivatedLicenses,
  listCloudLicenses,
  transferToCloud,
  updateNote,
} from './cms-licenses';
import { saveCustomerId } from './customer-accounts';
import { listDevices, provisionDevices } from './devices';
import { CloudError } from './errors';
import { idempotent } from './idempotency';
import type { CloudState } from './state';

/**
 * The simulated licensing cloud: one CloudState and every rule of the spec. Handlers call these
 * methods; each checks who may call it, enforces the rules and throws a CloudError when it refuses.
 */
export class CloudModel {
  readonly state: CloudState;
  private readonly now: () => number;

  constructor(state: CloudState, now: () => number = Date.now) {
    this.state = state;
    this.now = now;
  }

  session(): Session {
    return { user: currentUser(this.state) };
  }

  /** Simulated sign-in: the session becomes the seed's first user of that CMS user type. */
  signInAs(role: CmsRole): Session {
    const user = this.state.users.find((u) => u.role === role);
    if (!user) throw new CloudError(404, 'user_not_found', `No ${role} user in this CMS.`);
    this.state.sessionUserId = user.id;
    return { user };
  }

  clock(): Clock {
    return { today: this.state.today, timeZone: 'UTC' };
  }

  /** MC-2: a simulation control, open to every signed-in user. */
  advanceClock(body: AdvanceClockBody): Clock {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    advanceClock(this.state, body);
    return this.clock();
  }

  /** Every CMS user may read what the License Status display shows (SS-1, SS-3). */
  listSegmentControllers(): SegmentController[] {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    return this.state.segmentControllers.map((controller) => {
      const devices = { provisioned: 0, unprovisioned: 0, unlicensed: 0 };
      for (const device of this.state.devices) {
        if (device.segmentControllerId === controller.id) devices[device.state] += 1;
      }
      return { ...controller, devices };
    });
  }

  listActivatedLicenses(): ActivatedLicense[] {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    return listActivatedLicenses(this.state);
  }

  listDevices(): Device[] {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    return listDevices(this.state);
  }

  updateNote(licenseId: string, note: string): ActivatedLicense {
    requireOwner(this.state);
    return updateNote(this.state, licenseId, note);
  }

  saveCustomerId(segmentControllerId: string, customerId: string | null): SegmentController {
    requireOwner(this.state);
    const saved = saveCustomerId(this.state, segmentControllerId, customerId);
    const withDevices = this.listSegmentControllers().find((c) => c.id === saved.id);
    if (!withDevices)
      throw new CloudError(404, 'segment_controller_not_found', 'No such segment controller.');
    return withDevices;
  }

  listCloudLicenses(): CloudLicense[] {
    requireOwner(this.state);
    advanceJobs(this.state, this.now());
    return listCloudLicenses(this.state);
  }

  startActivation(items: ActivationTarget[], idempotencyKey: string | null): ActivationJob {
    requireOwner(this.state);
    return idempotent(this.state, 'activation', idempotencyKey, items, () =>
      startActivationJob(this.state, items, this.now()),
    );
  }

  listActivationJobs(): ActivationJob[] {
    requireOwner(this.state);
    return listActivationJobs(this.state, this.now());
  }

  transferToCloud(licenseIds: string[], idempotencyKey: string | null): TransferResult {
    requireOwner(this.state);
    return idempotent(this.state, 'transfer', idempotencyKey, licenseIds, () =>
      transferToCloud(this.state, licenseIds),
    );
  }

  provisionDevices(
    segmentControllerId: string,
    deviceIds: string[] | null,
  ): { provisioned: number } {
    requireOwner(this.state);
    return { provisioned: provisionDevices(this.state, segmentControllerId, deviceIds) };
  }
}
