import { http } from 'msw';
import { startActivationBodySchema } from '@/api/activations';
import { provisionBodySchema } from '@/api/devices';
import { updateNoteBodySchema } from '@/api/licenses';
import { saveCustomerIdBodySchema } from '@/api/segment-controllers';
import { transferToCloudBodySchema } from '@/api/transfers';
import { cloud } from '../cloud/instance';
import { idempotencyKey, readBody } from './request';
import { respond } from './respond';

/** The CMS side: segment controllers, their licences and devices, and the Manage Licenses commands. */
export const cmsHandlers = [
  http.get('*/api/cms/segment-controllers', () =>
    respond(() => ({ items: cloud().listSegmentControllers() })),
  ),
  http.put<{ id: string }>('*/api/cms/segment-controllers/:id/customer-id', ({ request, params }) =>
    respond(async () =>
      cloud().saveCustomerId(
        params.id,
        (await readBody(request, saveCustomerIdBodySchema)).customerId,
      ),
    ),
  ),
  http.get('*/api/cms/licenses', () => respond(() => ({ items: cloud().listActivatedLicenses() }))),
  http.patch<{ id: string }>('*/api/cms/licenses/:id', ({ request, params }) =>
    respond(async () =>
      cloud().updateNote(params.id, (await readBody(request, updateNoteBodySchema)).note),
    ),
  ),
  http.get('*/api/cms/cloud-licenses', () =>
    respond(() => ({ items: cloud().listCloudLicenses() })),
  ),
  http.get('*/api/cms/activation-jobs', () =>
    respond(() => ({ items: cloud().listActivationJobs() })),
  ),
  http.post('*/api/cms/activation-jobs', ({ request }) =>
    respond(async () => {
      const { items } = await readBody(request, startActivationBodySchema);
      return cloud().startActivation(items, idempotencyKey(request));
    }, 202),
  ),
  http.post('*/api/cms/license-transfers', ({ request }) =>
    respond(async () => {
      const { licenseIds } = await readBody(request, transferToCloudBodySchema);
      return cloud().transferToCloud(licenseIds, idempotencyKey(request));
    }),
  ),
  http.get('*/api/cms/devices', () => respond(() => ({ items: cloud().listDevices() }))),
  http.post('*/api/cms/devices/provision', ({ request }) =>
    respond(async () => {
      const { segmentControllerId, deviceIds } = await readBody(request, provisionBodySchema);
      return cloud().provisionDevices(segmentControllerId, deviceIds);
    }),
  ),
];
