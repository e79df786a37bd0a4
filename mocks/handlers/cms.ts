import { http } from 'msw';
import { startActivationBodySchema } from '@/api/contract/activations';
import { provisionBodySchema } from '@/api/contract/devices';
import { updateNoteBodySchema } from '@/api/contract/licenses';
import { saveCustomerIdBodySchema } from '@/api/contract/segment-controllers';
import { transferToCloudBodySchema } from '@/api/contract/transfers';
import { cloudFor } from './caller';
import { idempotencyKey, readBody } from './request';
import { respond } from './respond';

/** The CMS side: segment controllers, their licenses and devices, and the Manage Licenses commands. */
export const cmsHandlers = [
  http.get('*/api/cms/segment-controllers', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'cms').listSegmentControllers() })),
  ),
  http.put<{ id: string }>('*/api/cms/segment-controllers/:id/customer-id', ({ request, params }) =>
    respond(async () =>
      cloudFor(request, 'cms').saveCustomerId(
        params.id,
        (await readBody(request, saveCustomerIdBodySchema)).customerId,
      ),
    ),
  ),
  http.get('*/api/cms/licenses', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'cms').listActivatedLicenses() })),
  ),
  http.patch<{ id: string }>('*/api/cms/licenses/:id', ({ request, params }) =>
    respond(async () =>
      cloudFor(request, 'cms').updateNote(
        params.id,
        (await readBody(request, updateNoteBodySchema)).note,
      ),
    ),
  ),
  http.get('*/api/cms/cloud-licenses', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'cms').listCloudLicenses() })),
  ),
  http.get('*/api/cms/activation-jobs', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'cms').listActivationJobs() })),
  ),
  http.post('*/api/cms/activation-jobs', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'cms');
      const { items } = await readBody(request, startActivationBodySchema);
      return model.startActivation(items, idempotencyKey(request));
    }, 202),
  ),
  http.post('*/api/cms/license-transfers', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'cms');
      const { licenseIds } = await readBody(request, transferToCloudBodySchema);
      return model.transferToCloud(licenseIds, idempotencyKey(request));
    }),
  ),
  http.get('*/api/cms/devices', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'cms').listDevices() })),
  ),
  http.post('*/api/cms/devices/provision', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'cms');
      const { segmentControllerId, deviceIds } = await readBody(request, provisionBodySchema);
      return model.provisionDevices(segmentControllerId, deviceIds);
    }),
  ),
];
