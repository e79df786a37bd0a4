import { http, type HttpHandler } from 'msw';
import {
  activateLicenseFileBodySchema,
  issueLicenseFileBodySchema,
  previewLicenseFileBodySchema,
} from '@/api/license-files';
import { cloud } from '../cloud/instance';
import { idempotencyKey, readBody } from './request';
import { respond } from './respond';

/** SS-50 … SS-52: offline activation files. */
export const licenseFileHandlers: HttpHandler[] = [
  http.post('*/api/cms/license-files/preview', ({ request }) =>
    respond(async () => {
      const { text, segmentControllerId } = await readBody(request, previewLicenseFileBodySchema);
      return cloud().previewOfflineFile(text, segmentControllerId);
    }),
  ),
  http.post('*/api/cms/license-files/activate', ({ request }) =>
    respond(async () => {
      const body = await readBody(request, activateLicenseFileBodySchema);
      return cloud().activateOfflineFile(body, idempotencyKey(request));
    }),
  ),
  // Simulation only: stands in for the portals (CP-3, PP-7) for the dev toolbar, tests and stories.
  http.post('*/api/dev/license-files', ({ request }) =>
    respond(async () => {
      const body = await readBody(request, issueLicenseFileBodySchema);
      const text = await cloud().issueOfflineFile(body);
      return { fileName: `${body.installCode}.lic`, text };
    }),
  ),
];
