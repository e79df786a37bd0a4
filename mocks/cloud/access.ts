import { CloudError } from './errors';
import type { CloudState, CmsUser, SegmentControllerRecord } from './state';

/** SS-1: only the Owner user type may call the Manage Licenses operations. */
export function requireOwner(user: CmsUser): CmsUser {
  if (user.role !== 'Owner') {
    throw new CloudError(
      403,
      'owner_only',
      `Only the Owner can manage licenses; you are signed in as ${user.role}.`,
    );
  }
  return user;
}

export function findController(state: CloudState, id: string): SegmentControllerRecord {
  const controller = state.segmentControllers.find((c) => c.id === id);
  if (!controller)
    throw new CloudError(404, 'segment_controller_not_found', 'No such segment controller.');
  return controller;
}

/** SS-35, SS-41: an offline segment controller cannot reach the cloud. */
export function offlineError(controller: SegmentControllerRecord, action: string): CloudError {
  return new CloudError(
    503,
    'segment_offline',
    `${controller.name} is offline and cannot reach the cloud, so ${action} is not possible. ` +
      `For a segment controller without Internet access, contact Customer Success with its install code ${controller.installCode}.`,
    { segmentControllerId: controller.id, installCode: controller.installCode },
  );
}
