import type { ActivatedLicense } from '@/api/contract/licenses';
import type { CloudLicense } from '@/api/contract/cloud-licenses';
import type { TransferResult } from '@/api/contract/transfers';
import { maintenanceExpiry } from '@/domain/licenses';
import { findController, offlineError } from './access';
import { relicenseDevices } from './devices';
import { CloudError } from './errors';
import { activationInProgress, isBeingActivated } from './running-jobs';
import type { CloudState, LicenseActivation, LicenseRecord } from './state';

export function expiryOf(license: LicenseRecord): string | null {
  const expires = license.kind === 'maintenance' || license.kind === 'remote-cms';
  if (!expires || license.firstActivationDate === null) return null;
  return maintenanceExpiry(license.firstActivationDate, license.termYears ?? 1);
}

function toActivatedFields(
  license: LicenseRecord,
  activation: LicenseActivation,
): ActivatedLicense {
  return {
    licenseId: license.id,
    segmentControllerId: activation.segmentControllerId,
    kind: license.kind,
    deviceCount: license.deviceCount,
    termYears: license.termYears,
    activationDate: activation.activationDate,
    expiryDate: expiryOf(license),
    note: activation.note,
    upgradeUse: license.upgradeUse,
    segmentControllerLimit: license.remoteCms?.segmentControllerLimit ?? null,
  };
}

export function listActivatedLicenses(state: CloudState): ActivatedLicense[] {
  return state.licenses.flatMap((l) => (l.activation ? [toActivatedFields(l, l.activation)] : []));
}

function findActivated(
  state: CloudState,
  licenseId: string,
): { license: LicenseRecord; activation: LicenseActivation } {
  const license = state.licenses.find((l) => l.id === licenseId);
  if (!license?.activation) {
    throw new CloudError(
      404,
      'license_not_activated',
      'This license is not activated on this CMS.',
    );
  }
  return { license, activation: license.activation };
}

/** SS-7. */
export function updateNote(state: CloudState, licenseId: string, note: string): ActivatedLicense {
  const { license, activation } = findActivated(state, licenseId);
  activation.note = note.trim();
  return toActivatedFields(license, activation);
}

/** SS-30, SS-31, SS-13, SS-76: each license waiting for a saved Customer ID, once, with the controllers that saved it. */
export function listCloudLicenses(state: CloudState): CloudLicense[] {
  return state.licenses.flatMap((l) => {
    if (l.customerId === null || l.activation !== null || l.supersededBy !== null) return [];
    const segmentControllerIds = state.segmentControllers
      .filter((controller) => controller.customerId === l.customerId)
      .map((controller) => controller.id);
    if (segmentControllerIds.length === 0) return [];
    return [
      {
        licenseId: l.id,
        segmentControllerIds,
        kind: l.kind,
        deviceCount: l.deviceCount,
        termYears: l.termYears,
        transferDate: l.transferDate ?? l.purchaseDate,
        expiryDateIfActivatedToday:
          l.kind === 'maintenance'
            ? maintenanceExpiry(l.firstActivationDate ?? state.today, l.termYears ?? 1)
            : null,
      },
    ];
  });
}

/** R7: a license another tab sent back, or one a job is activating, cannot be sent back again. */
function findTransferable(state: CloudState, licenseId: string) {
  const license = state.licenses.find((l) => l.id === licenseId);
  if (license && !license.activation) {
    if (isBeingActivated(state, license.id))
      throw activationInProgress(license.id, 'transferring it to the cloud');
    throw new CloudError(
      409,
      'already_in_cloud',
      `License ${license.id} is no longer activated on this CMS: it is already in the cloud (sent back meanwhile, perhaps from another tab). Nothing was transferred.`,
      { licenseId: license.id },
    );
  }
  return findActivated(state, licenseId);
}

/** SS-40 … SS-42: capacity and maintenance licenses go back to the cloud; their devices are relicensed. */
export function transferToCloud(state: CloudState, licenseIds: string[]): TransferResult {
  const found = licenseIds.map((id) => findTransferable(state, id));
  for (const { license } of found) {
    if (license.kind !== 'capacity' && license.kind !== 'maintenance') {
      throw new CloudError(
        422,
        'not_transferable',
        'Only capacity and maintenance licenses can be transferred to the cloud.',
      );
    }
  }
  const controllerIds = new Set(
    found.flatMap(({ activation }) => activation.segmentControllerId ?? []),
  );
  const controllers = [...controllerIds].map((id) => findController(state, id));
  const offline = controllers.find((c) => !c.online);
  if (offline) throw offlineError(offline, 'Transfer to Cloud');
  for (const { license } of found) {
    license.activation = null;
    license.transferDate = state.today;
  }
  for (const controller of controllers) relicenseDevices(state, controller.id);
  return {
    transferredLicenseIds: found.map(({ license }) => license.id),
    transferDate: state.today,
  };
}
