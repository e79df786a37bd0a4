import {
  isSoftwareRelease,
  SOFTWARE_RELEASES,
  upgradeEntitlement,
  upgradeNeedsLicense,
} from '@/domain/software-releases';
import { findController } from './access';
import { expiryOf } from './cms-licenses';
import { relicenseDevices } from './devices';
import { CloudError, shownInput } from './errors';
import type { CloudState, SegmentControllerRecord } from './state';

/** The licenses activated on one segment controller, with what SS-71 reads of them. */
function licensesOn(state: CloudState, controller: SegmentControllerRecord) {
  return state.licenses.flatMap((license) =>
    license.activation?.segmentControllerId === controller.id
      ? [{ ...license, expiryDate: expiryOf(license), record: license }]
      : [],
  );
}

/**
 * SS-70, SS-71, SS-72: re-imaging keeps every license and the device list. A newer feature release
 * needs maintenance in force that day, or uses up an unused one-time upgrade license.
 */
export function reimage(
  state: CloudState,
  controllerId: string,
  softwareVersion: string,
): { controller: SegmentControllerRecord; usedUpgradeLicenseId: string | null } {
  const controller = findController(state, controllerId);
  const version = softwareVersion.trim();
  if (!isSoftwareRelease(version)) {
    const shown = shownInput(version) ?? 'of that name';
    const releases = SOFTWARE_RELEASES.join(', ');
    const message = `There is no SmartServer release ${shown}: choose one of ${releases}.`;
    throw new CloudError(422, 'unknown_software_version', message, {
      version: shown,
      releases,
      fields: { softwareVersion: message },
    });
  }
  let usedUpgradeLicenseId: string | null = null;
  if (upgradeNeedsLicense(controller.softwareVersion, version)) {
    const entitlement = upgradeEntitlement(licensesOn(state, controller), state.today);
    if (entitlement.kind === 'none') throw maintenanceRequired(state, controller, version);
    if (entitlement.kind === 'upgrade-license') {
      entitlement.license.record.upgradeUse = { date: state.today, toVersion: version };
      usedUpgradeLicenseId = entitlement.license.id;
    }
  }
  controller.softwareVersion = version;
  relicenseDevices(state, controller.id);
  return { controller, usedUpgradeLicenseId };
}

function maintenanceRequired(
  state: CloudState,
  controller: SegmentControllerRecord,
  version: string,
): CloudError {
  const details = {
    controller: controller.name,
    fromVersion: controller.softwareVersion,
    toVersion: version,
    day: state.today,
  };
  const message =
    `Re-imaging ${controller.name} from ${controller.softwareVersion} to ${version} needs maintenance that has not ` +
    `expired on ${state.today}, or an unused one-time upgrade license, on ${controller.name}; it has neither. ` +
    `Buy a 1- or 3-year maintenance license or a one-time upgrade license from your partner and activate it on ${controller.name}.`;
  return new CloudError(409, 'maintenance_required', message, {
    ...details,
    fields: { softwareVersion: message },
  });
}

/** SS-70 (decided): Reset Databases and Restore Factory Settings empty the device list; licenses stay. */
export function clearDevices(state: CloudState, controllerId: string): SegmentControllerRecord {
  const controller = findController(state, controllerId);
  state.devices = state.devices.filter((d) => d.segmentControllerId !== controller.id);
  return controller;
}
