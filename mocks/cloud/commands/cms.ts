import { activationRoutes } from '@/api/contract/activations';
import { cloudLicenseRoutes } from '@/api/contract/cloud-licenses';
import { deviceRoutes } from '@/api/contract/devices';
import { licenseRoutes } from '@/api/contract/licenses';
import { planRoutes, type PlanBody } from '@/api/contract/plans';
import { segmentControllerRoutes } from '@/api/contract/segment-controllers';
import { transferRoutes } from '@/api/contract/transfers';
import { listActivationJobs, startActivationJob } from '../activation-jobs';
import {
  listActivatedLicenses,
  listCloudLicenses,
  transferToCloud,
  updateNote,
} from '../cms-licenses';
import { command } from '../command';
import { licensesReturnedFor } from '../customer-success';
import { saveCustomerId } from '../customer-accounts';
import { listDevices, provisionDevices } from '../devices';
import { CloudError } from '../errors';
import { carryOutPlan } from '../plan';
import { clearDevices, reimage } from '../segment-lifecycle';
import type { CloudState } from '../state';

/** SS-1, SS-3: the CMS's Manage Licenses operations; reads open to every user, writes Owner only. */

const byIds = <T extends { id: string }>(records: readonly T[], ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, records.find((r) => r.id === id)]));

function controllersWithDevices(state: CloudState) {
  return state.segmentControllers.map((controller) => {
    const devices = { provisioned: 0, unprovisioned: 0, unlicensed: 0 };
    for (const device of state.devices) {
      if (device.segmentControllerId === controller.id) devices[device.state] += 1;
    }
    return { ...controller, devices, licensesReturned: licensesReturnedFor(state, controller.id) };
  });
}

/** What the License Status display shows (SS-1, SS-3). */
export const listSegmentControllers = command({
  name: 'cms.listSegmentControllers',
  access: 'cms',
  run: ({ state }) => ({ items: controllersWithDevices(state) }),
  http: { route: segmentControllerRoutes.list, input: () => undefined },
});

export const listLicenses = command({
  name: 'cms.listActivatedLicenses',
  access: 'cms',
  run: ({ state }) => ({ items: listActivatedLicenses(state) }),
  http: { route: licenseRoutes.list, input: () => undefined },
});

export const listControllerDevices = command({
  name: 'cms.listDevices',
  access: 'cms',
  run: ({ state }) => ({ items: listDevices(state) }),
  http: { route: deviceRoutes.list, input: () => undefined },
});

export const setNote = command({
  name: 'cms.updateNote',
  access: 'owner',
  run: ({ state }, { licenseId, note }: { licenseId: string; note: string }) =>
    updateNote(state, licenseId, note),
  write: { touches: (state, { licenseId }) => byIds(state.licenses, [licenseId]) },
  http: {
    route: licenseRoutes.updateNote,
    input: ({ params, body }) => ({ licenseId: params.id, note: body.note }),
  },
});

function withDevicesOf(state: CloudState, controllerId: string) {
  const found = controllersWithDevices(state).find((c) => c.id === controllerId);
  if (!found)
    throw new CloudError(404, 'segment_controller_not_found', 'No such segment controller.');
  return found;
}

/** A lifecycle action changes the controller, its devices and, for an upgrade, its licenses. */
const controllerAndItsRecords = (state: CloudState, controllerId: string) => ({
  ...byIds(state.segmentControllers, [controllerId]),
  ...byIds(
    state.devices,
    state.devices.filter((d) => d.segmentControllerId === controllerId).map((d) => d.id),
  ),
  ...byIds(
    state.licenses,
    state.licenses
      .filter((l) => l.activation?.segmentControllerId === controllerId)
      .map((l) => l.id),
  ),
});

/** SS-70, SS-71, SS-72 */
export const reimageController = command({
  name: 'cms.reimage',
  access: 'owner',
  run: ({ state }, input: { controllerId: string; softwareVersion: string }) => {
    const { controller, usedUpgradeLicenseId } = reimage(
      state,
      input.controllerId,
      input.softwareVersion,
    );
    return { segmentController: withDevicesOf(state, controller.id), usedUpgradeLicenseId };
  },
  write: { touches: (state, { controllerId }) => controllerAndItsRecords(state, controllerId) },
  http: {
    route: segmentControllerRoutes.reimage,
    input: ({ params, body }) => ({
      controllerId: params.id,
      softwareVersion: body.softwareVersion,
    }),
  },
});

/** SS-70 */
export const resetDatabases = command({
  name: 'cms.resetDatabases',
  access: 'owner',
  run: ({ state }, controllerId: string) =>
    withDevicesOf(state, clearDevices(state, controllerId).id),
  write: { touches: (state, controllerId) => controllerAndItsRecords(state, controllerId) },
  http: { route: segmentControllerRoutes.resetDatabases, input: ({ params }) => params.id },
});

/** SS-70 */
export const restoreFactorySettings = command({
  name: 'cms.restoreFactorySettings',
  access: 'owner',
  run: ({ state }, controllerId: string) =>
    withDevicesOf(state, clearDevices(state, controllerId).id),
  write: { touches: (state, controllerId) => controllerAndItsRecords(state, controllerId) },
  http: {
    route: segmentControllerRoutes.restoreFactorySettings,
    input: ({ params }) => params.id,
  },
});

export const setCustomerId = command({
  name: 'cms.saveCustomerId',
  access: 'owner',
  run: ({ state }, input: { controllerId: string; customerId: string | null }) => {
    const saved = saveCustomerId(state, input.controllerId, input.customerId);
    return withDevicesOf(state, saved.id);
  },
  write: { touches: (state, { controllerId }) => byIds(state.segmentControllers, [controllerId]) },
  http: {
    route: segmentControllerRoutes.saveCustomerId,
    input: ({ params, body }) => ({ controllerId: params.id, customerId: body.customerId }),
  },
});

export const listLicensesInCloud = command({
  name: 'cms.listCloudLicenses',
  access: 'owner',
  run: ({ state }) => ({ items: listCloudLicenses(state) }),
  http: { route: cloudLicenseRoutes.list, input: () => undefined },
});

type Targets = Parameters<typeof startActivationJob>[1];

/** SS-33 */
export const startActivation = command({
  name: 'cms.startActivation',
  access: 'owner',
  run: ({ state, nowMs, actor }, items: Targets) =>
    startActivationJob(state, items, nowMs, {
      app: 'cms',
      id: actor.id,
      name: actor.name,
      role: actor.role,
    }),
  write: {
    idempotency: { route: 'activation', fingerprint: (items: Targets) => items },
    touches: (state, items, job) => ({
      ...byIds(
        state.licenses,
        items.map((item) => item.licenseId),
      ),
      ...(job ? byIds(state.activationJobs, [job.id]) : {}),
    }),
  },
  http: { route: activationRoutes.start, input: ({ body }) => body.items },
});

export const listJobs = command({
  name: 'cms.listActivationJobs',
  access: 'owner',
  run: ({ state }) => ({ items: listActivationJobs(state) }),
  http: { route: activationRoutes.list, input: () => undefined },
});

/** SS-40: a job that has finished by now counts: its licenses are activated, not "being activated". */
export const returnToCloud = command({
  name: 'cms.transferToCloud',
  access: 'owner',
  run: ({ state }, licenseIds: string[]) => transferToCloud(state, licenseIds),
  write: {
    idempotency: { route: 'transfer', fingerprint: (licenseIds: string[]) => licenseIds },
    touches: (state, licenseIds) => byIds(state.licenses, licenseIds),
  },
  http: { route: transferRoutes.toCloud, input: ({ body }) => body.licenseIds },
});

export const provision = command({
  name: 'cms.provisionDevices',
  access: 'owner',
  run: ({ state }, input: { controllerId: string; deviceIds: string[] | null }) => ({
    provisioned: provisionDevices(state, input.controllerId, input.deviceIds),
  }),
  write: {
    touches: (state, { controllerId, deviceIds }) =>
      byIds(
        state.devices,
        state.devices
          .filter((d) => d.segmentControllerId === controllerId)
          .filter((d) => deviceIds === null || deviceIds.includes(d.id))
          .map((d) => d.id),
      ),
  },
  http: {
    route: deviceRoutes.provision,
    input: ({ body }) => ({
      controllerId: body.segmentControllerId,
      deviceIds: body.deviceIds,
    }),
  },
});

/** PL-1: the planner's what-if in one step; the audit event holds every license it touched. */
export const carryOutCoveragePlan = command({
  name: 'cms.carryOutPlan',
  access: 'owner',
  run: ({ state }, plan: PlanBody) => carryOutPlan(state, plan),
  write: {
    idempotency: { route: 'plan', fingerprint: (plan: PlanBody) => plan },
    touches: (state, plan) => ({
      ...byIds(state.licenses, [
        ...plan.activate.map((a) => a.licenseId),
        ...plan.transfer,
        ...plan.letExpire,
      ]),
      ...byIds(
        state.segmentControllers,
        plan.activate.map((a) => a.segmentControllerId),
      ),
    }),
  },
  http: { route: planRoutes.carryOut, input: ({ body }) => body },
});
