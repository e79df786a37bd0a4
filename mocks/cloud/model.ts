import type { ActivatedLicense } from '@/api/licenses';
import type { Clock } from '@/api/clock';
import type { SegmentController } from '@/api/segment-controllers';
import type { CmsRole, Session } from '@/api/session';
import { maintenanceExpiry } from '@/domain/licenses';
import { CloudError } from './errors';
import type { CloudState, LicenseRecord } from './state';

function expiryOf(license: LicenseRecord): string | null {
  if (license.kind !== 'maintenance' || license.firstActivationDate === null) return null;
  return maintenanceExpiry(license.firstActivationDate, license.termYears ?? 1);
}

/** The simulated licensing cloud: reads and (later) every rule of the spec, over one CloudState. */
export class CloudModel {
  readonly state: CloudState;

  constructor(state: CloudState) {
    this.state = state;
  }

  session(): Session {
    const user = this.state.users.find((u) => u.id === this.state.sessionUserId);
    if (!user) throw new CloudError(401, 'not_signed_in', 'Sign in to continue.');
    return { user };
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

  listSegmentControllers(): SegmentController[] {
    this.session();
    return this.state.segmentControllers.map((controller) => {
      const devices = { provisioned: 0, unprovisioned: 0, unlicensed: 0 };
      for (const device of this.state.devices) {
        if (device.segmentControllerId === controller.id) devices[device.state] += 1;
      }
      return { ...controller, devices };
    });
  }

  /** Licences activated on this CMS's segment controllers; every CMS user may read them (SS-1, SS-3). */
  listActivatedLicenses(): ActivatedLicense[] {
    this.session();
    return this.state.licenses.flatMap((license) =>
      license.activation
        ? [
            {
              licenseId: license.id,
              segmentControllerId: license.activation.segmentControllerId,
              kind: license.kind,
              deviceCount: license.deviceCount,
              termYears: license.termYears,
              activationDate: license.activation.activationDate,
              expiryDate: expiryOf(license),
              note: license.activation.note,
            },
          ]
        : [],
    );
  }
}
