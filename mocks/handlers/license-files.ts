import { http, type HttpHandler } from 'msw';
import { z } from 'zod';
import {
  activateLicenseFileBodySchema,
  FILE_TOO_LARGE_MESSAGE,
  issueLicenseFileBodySchema,
  MAX_LICENSE_FILE_BYTES,
  previewLicenseFileBodySchema,
} from '@/api/contract/license-files';
import { CloudError } from '../cloud/errors';
import { cloud } from '../cloud/instance';
import { cloudFor } from './caller';
import { idempotencyKey, readBody } from './request';
import { respond } from './respond';

const fileTextSchema = z.object({ text: z.string() });

/** SS-51: a file over 1 MiB is 413 with the file's message, before the body's limits say 400. */
async function refuseLargeFile(request: Request): Promise<void> {
  const body = fileTextSchema.safeParse(
    await request
      .clone()
      .json()
      .catch(() => null),
  );
  if (body.success && new TextEncoder().encode(body.data.text).length > MAX_LICENSE_FILE_BYTES)
    throw new CloudError(413, 'file_too_large', FILE_TOO_LARGE_MESSAGE);
}

/** SS-50 … SS-52: offline activation files. */
export const licenseFileHandlers: HttpHandler[] = [
  http.post('*/api/cms/license-files/preview', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'cms');
      await refuseLargeFile(request);
      const { text, segmentControllerId } = await readBody(request, previewLicenseFileBodySchema);
      return model.previewOfflineFile(text, segmentControllerId);
    }),
  ),
  http.post('*/api/cms/license-files/activate', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'cms');
      await refuseLargeFile(request);
      const body = await readBody(request, activateLicenseFileBodySchema);
      return model.activateOfflineFile(body, idempotencyKey(request));
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
