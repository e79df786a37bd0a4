import { z } from 'zod';
import {
  FILE_TOO_LARGE_MESSAGE,
  licenseFileRoutes,
  MAX_LICENSE_FILE_BYTES,
} from '@/api/contract/license-files';
import { CloudError } from '../cloud/errors';
import { cloud as theCloud } from '../cloud/instance';
import { handle } from './handle';

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
export const licenseFileHandlers = [
  handle(
    licenseFileRoutes.preview,
    ({ cloud, body }) => cloud.previewOfflineFile(body.text, body.segmentControllerId),
    { screen: refuseLargeFile },
  ),
  handle(
    licenseFileRoutes.activate,
    ({ cloud, body, idempotencyKey }) => cloud.activateOfflineFile(body, idempotencyKey),
    { screen: refuseLargeFile },
  ),
  // Simulation only: stands in for the portals (CP-3, PP-7) for the dev toolbar, tests and stories.
  handle(licenseFileRoutes.issue, async ({ body }) => ({
    fileName: `${body.installCode}.lic`,
    text: await theCloud().issueOfflineFile(body),
  })),
];
