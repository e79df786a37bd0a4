import { activationRoutes } from '@/api/contract/activations';
import { cloudLicenseRoutes } from '@/api/contract/cloud-licenses';
import { deviceRoutes } from '@/api/contract/devices';
import { licenseRoutes } from '@/api/contract/licenses';
import { segmentControllerRoutes } from '@/api/contract/segment-controllers';
import { transferRoutes } from '@/api/contract/transfers';
import { handle } from './handle';

/** The CMS side: segment controllers, their licenses and devices, and the Manage Licenses commands. */
export const cmsHandlers = [
  handle(segmentControllerRoutes.list, ({ cloud }) => ({ items: cloud.listSegmentControllers() })),
  handle(segmentControllerRoutes.saveCustomerId, ({ cloud, params, body }) =>
    cloud.saveCustomerId(params.id, body.customerId),
  ),
  handle(licenseRoutes.list, ({ cloud }) => ({ items: cloud.listActivatedLicenses() })),
  handle(licenseRoutes.updateNote, ({ cloud, params, body }) =>
    cloud.updateNote(params.id, body.note),
  ),
  handle(cloudLicenseRoutes.list, ({ cloud }) => ({ items: cloud.listCloudLicenses() })),
  handle(activationRoutes.list, ({ cloud }) => ({ items: cloud.listActivationJobs() })),
  handle(activationRoutes.start, ({ cloud, body, idempotencyKey }) =>
    cloud.startActivation(body.items, idempotencyKey),
  ),
  handle(transferRoutes.toCloud, ({ cloud, body, idempotencyKey }) =>
    cloud.transferToCloud(body.licenseIds, idempotencyKey),
  ),
  handle(deviceRoutes.list, ({ cloud }) => ({ items: cloud.listDevices() })),
  handle(deviceRoutes.provision, ({ cloud, body }) =>
    cloud.provisionDevices(body.segmentControllerId, body.deviceIds),
  ),
];
